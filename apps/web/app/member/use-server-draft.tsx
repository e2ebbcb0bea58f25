import { useEffect, useRef, useState } from 'react';
import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { useMemberT } from '../lib/i18n/member-i18n';

const DraftOf = /* @__PURE__ */ graphql(`
  query DraftOf($placeId: ID!) {
    draft(placeId: $placeId) {
      title
      body
    }
  }
`);
const SaveDraft = /* @__PURE__ */ graphql(`
  mutation SaveDraft($input: SaveDraftInput!) {
    saveDraft(input: $input) {
      updatedAt
    }
  }
`);
const DeleteDraft = /* @__PURE__ */ graphql(`
  mutation DeleteDraft($placeId: ID!) {
    deleteDraft(placeId: $placeId)
  }
`);

/** Saved this long after the last key: often enough to lose nothing, rarely enough not to write on each letter. */
export const DRAFT_DEBOUNCE_MS = 1000;

export type DraftStatusKey = 'restored' | 'saved' | 'failed' | null;

interface Fields {
  title: string;
  body: string;
}

/**
 * A server draft of what is being written at one place (a space for a new thread or idea, a thread for a reply, an
 * idea for a comment): restored when the form opens empty (on this device or another), saved as one types, emptied
 * when the text is. Posting deletes it on the server; `discard` stops any save still on its way.
 */
export function useServerDraft(options: { placeId: string; enabled: boolean; title?: string; body: string; restore: (draft: Fields) => void }) {
  const { placeId, enabled, body } = options;
  const title = options.title ?? '';
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<DraftStatusKey>(null);
  const saved = useRef<Fields>({ title: '', body: '' });
  const inflight = useRef<Promise<unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const restore = useRef(options.restore);
  restore.current = options.restore;
  const typed = useRef<Fields>({ title, body });
  typed.current = { title, body };

  useEffect(() => {
    if (!enabled || ready) return;
    let current = true;
    graphqlRequest(DraftOf, { placeId }).then(
      ({ draft }) => {
        if (!current) return;
        // Only into an empty form: what was typed meanwhile wins.
        if (draft && !typed.current.title && !typed.current.body) {
          const found = { title: draft.title ?? '', body: draft.body };
          saved.current = found;
          restore.current(found);
          setStatus('restored');
        }
        setReady(true);
      },
      () => current && setReady(true),
    );
    return () => {
      current = false;
    };
  }, [enabled, ready, placeId]);

  useEffect(() => {
    if (!enabled || !ready) return;
    if (title === saved.current.title && body === saved.current.body) return;
    timer.current = setTimeout(() => {
      const fields = { title, body };
      const empty = !title.trim() && !body.trim();
      const request = empty ? graphqlRequest(DeleteDraft, { placeId }) : graphqlRequest(SaveDraft, { input: { placeId, body, title: options.title === undefined ? null : title } });
      inflight.current = request;
      request.then(
        () => {
          saved.current = fields;
          setStatus(empty ? null : 'saved');
        },
        () => setStatus('failed'),
      ).finally(() => {
        if (inflight.current === request) inflight.current = null;
      });
    }, DRAFT_DEBOUNCE_MS);
    return () => clearTimeout(timer.current);
  }, [enabled, ready, placeId, title, body, options.title]);

  /** After posting (the server deleted the draft): no save may bring it back, and the emptied form is no change. */
  function discard() {
    clearTimeout(timer.current);
    saved.current = { title: '', body: '' };
    setStatus(null);
    const pending = inflight.current;
    if (pending) void pending.finally(() => graphqlRequest(DeleteDraft, { placeId }).catch(() => undefined));
  }

  return { status, discard };
}

/** "Draft saved", said politely (screen readers hear it without losing their place). */
export function DraftStatus({ status }: { status: DraftStatusKey }) {
  const t = useMemberT();
  return (
    <p role="status" className="meta draft-status">
      {status ? t(`draft.${status}`) : ''}
    </p>
  );
}
