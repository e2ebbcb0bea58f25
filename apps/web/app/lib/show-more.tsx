import { useCallback, useEffect, useRef, useState } from 'react';

/** One stretch of a list the API pages by cursor: the items so far, the total, and the cursor of the next page (null at the end). */
export interface ListPage<T> {
  items: T[];
  total: number;
  next: string | null;
}

interface ConnectionLike<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: T }>;
}

export function pageOf<T>(connection: ConnectionLike<T>): ListPage<T> {
  return {
    items: connection.edges.map((edge) => edge.node),
    total: connection.totalCount,
    next: connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
  };
}

/**
 * A paged list: `reset` replaces it (first page, new filter, after a change), `append` adds the next page and says
 * how many items came. `generation` changes with each reset: a ShowMore keyed on it starts afresh (no stale message).
 * `append` takes the page still on its way: if a reset comes first (a new filter), the late page belonged to the old
 * list and is dropped.
 */
export function usePagedList<T>() {
  const [page, setPage] = useState<ListPage<T> | null>(null);
  const [generation, setGeneration] = useState(0);
  const current = useRef(0);
  const reset = useCallback((first: ListPage<T>) => {
    current.current += 1;
    setPage(first);
    setGeneration(current.current);
  }, []);
  const append = useCallback(async (pending: Promise<ListPage<T>>) => {
    const startedIn = current.current;
    const more = await pending;
    if (startedIn !== current.current) return 0;
    setPage((previous) => ({ items: [...(previous?.items ?? []), ...more.items], total: more.total, next: more.next }));
    return more.items.length;
  }, []);
  return { page, generation, reset, append };
}

/**
 * "Show more": a real button that fetches the next page by its cursor. A polite live region says how many
 * items arrived; focus stays on the button, or moves to that message when the last page has come.
 */
export function ShowMore({ next, fetchMore, label, arrived, failed }: { next: string | null; fetchMore: (after: string) => Promise<number>; label: string; arrived: (count: number) => string; failed: string }) {
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState('');
  const [loadedLast, setLoadedLast] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // The button is gone with the last page: its message takes the focus rather than the page's top.
    if (!loadedLast) return;
    if (!next) status.current?.focus();
    setLoadedLast(false);
  }, [loadedLast, next]);

  async function more() {
    // aria-disabled rather than disabled while loading, so the button keeps the keyboard focus.
    if (!next || pending) return;
    setPending(true);
    try {
      const count = await fetchMore(next);
      setMessage(arrived(count));
      setLoadedLast(true);
    } catch {
      setMessage(failed);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="show-more">
      {next && (
        <button type="button" aria-disabled={pending || undefined} onClick={() => void more()}>
          {label}
        </button>
      )}
      <p ref={status} tabIndex={-1} aria-live="polite" className="meta">
        {message}
      </p>
    </div>
  );
}
