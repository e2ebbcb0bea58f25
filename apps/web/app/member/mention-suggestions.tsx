import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { useMemberT } from '../lib/i18n/member-i18n';
import { mentionAt } from './mention-at';

const HandleSuggestions = /* @__PURE__ */ graphql(`
  query HandleSuggestions($communityId: ID!, $prefix: String!) {
    handleSuggestions(communityId: $communityId, prefix: $prefix) {
      id
      handle
    }
  }
`);

/** Waits this long after the last key before asking the API (a handle is typed fast). */
const DEBOUNCE_MS = 200;

/**
 * @mention suggestions for a text area: handles of the community by prefix (debounced), in a listbox the text
 * area controls (aria-autocomplete=list, aria-activedescendant), ↑/↓ to move, Enter or Tab to choose, Escape to
 * close. The text area keeps the focus throughout, so typing never stops.
 */
export function useMentionSuggestions(options: { communityId?: string; listId: string; value: string; onChange: (value: string) => void; textarea: RefObject<HTMLTextAreaElement | null> }) {
  const { communityId, listId, value, onChange, textarea } = options;
  const [token, setToken] = useState<{ start: number; prefix: string } | null>(null);
  const [handles, setHandles] = useState<string[]>([]);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const latest = useRef(0);

  // Re-read the token at the cursor whenever the text changes (typing, pasting, inserting a photo).
  useEffect(() => {
    const area = textarea.current;
    setToken(communityId && area && document.activeElement === area ? mentionAt(value, area.selectionStart) : null);
  }, [communityId, value, textarea]);

  const start = token?.start;
  const prefix = token?.prefix;
  useEffect(() => {
    latest.current += 1;
    if (!communityId || start === undefined || !prefix || dismissed === `${start}:${prefix}`) {
      setHandles([]);
      return;
    }
    const request = latest.current;
    const timer = setTimeout(() => {
      graphqlRequest(HandleSuggestions, { communityId, prefix }).then(
        (data) => {
          if (request !== latest.current) return;
          setHandles(data.handleSuggestions.map((member) => member.handle));
          setActive(0);
        },
        () => {
          if (request === latest.current) setHandles([]);
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [communityId, start, prefix, dismissed]);

  const open = handles.length > 0 && token !== null;

  function choose(handle: string) {
    if (!token) return;
    const end = token.start + 1 + token.prefix.length;
    const next = `${value.slice(0, token.start)}@${handle} ${value.slice(end)}`;
    onChange(next);
    setHandles([]);
    setToken(null);
    const cursor = token.start + handle.length + 2;
    requestAnimationFrame(() => textarea.current?.setSelectionRange(cursor, cursor));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + handles.length) % handles.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(handles[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(`${token.start}:${token.prefix}`);
    }
  }

  const optionId = (index: number) => `${listId}-${index}`;
  const textareaProps = {
    'aria-autocomplete': communityId ? ('list' as const) : undefined,
    'aria-controls': open ? listId : undefined,
    'aria-activedescendant': open ? optionId(active) : undefined,
    onKeyDown,
    onSelect: () => {
      const area = textarea.current;
      if (communityId && area) setToken(mentionAt(area.value, area.selectionStart));
    },
    onBlur: () => setHandles([]),
  };
  return { open, handles, active, choose, optionId, textareaProps };
}

/** The suggestion list under the text area, and a polite count for screen readers. */
export function MentionList(props: { listId: string; mentions: ReturnType<typeof useMentionSuggestions> }) {
  const t = useMemberT();
  const { open, handles, active, choose, optionId } = props.mentions;
  return (
    <>
      {open ? (
        <ul id={props.listId} role="listbox" className="mention-list" aria-label={t('mention.list')}>
          {handles.map((handle, index) => (
            <li
              key={handle}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the text area keeps the focus (and the cursor).
              onMouseDown={(event) => {
                event.preventDefault();
                choose(handle);
              }}
            >
              @{handle}
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="visually-hidden">
        {open ? t('mention.count', { count: handles.length }) : ''}
      </p>
    </>
  );
}
