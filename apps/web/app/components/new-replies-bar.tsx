import { useEffect, useState } from 'react';
import { useRevalidator } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { getAccessToken, onAccessTokenChange } from '../lib/session';

// Loaded once a member is signed in: socket.io-client and the member documents stay out of the first load.
const live = () => Promise.all([import('../member/live-room'), import('../member/thread-reply-count')]);

/**
 * "N new replies: show them": replies that arrive live are announced politely (aria-live) and shown only when
 * the reader asks, so the page never jumps under their eyes. The count is the API's reply count minus the one
 * the page shows, asked again at each reply event and after each (re)subscription: a reply posted between the
 * render and the subscription, or while the connection was down beyond the replay, is counted too, and the
 * reader's own reply (shown at once) never is. Needs a session (the gateway takes members only).
 */
export function NewRepliesBar({ threadId, renderedCount }: { threadId: string; renderedCount: number }) {
  const { t, number } = useI18n();
  const revalidator = useRevalidator();
  const [token, setToken] = useState<string | null>(null);
  const [apiCount, setApiCount] = useState<number | null>(null);
  const [subscribed, setSubscribed] = useState(false);

  useEffect(() => {
    setToken(getAccessToken());
    return onAccessTokenChange(setToken);
  }, []);

  useEffect(() => {
    if (!token) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void live().then(([{ followRoom }, { fetchReplyCount }]) => {
      const check = () =>
        void fetchReplyCount(threadId).then(
          (count) => !cancelled && count !== null && setApiCount(count),
          () => undefined,
        );
      return followRoom('thread', threadId, token, {
        onEvent: (event) => {
          if (event.type === 'reply.created' || event.type === 'post.deleted') check();
        },
        onResync: check,
        onSubscribed: () => {
          setSubscribed(true);
          check();
        },
      }).then((stopper) => {
        if (cancelled) stopper();
        else stop = stopper;
      });
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [threadId, token]);

  const fresh = apiCount === null ? 0 : Math.max(0, apiCount - renderedCount);
  const show = () => void revalidator.revalidate();

  return (
    <div aria-live="polite" className="live-region" data-live={subscribed ? 'on' : undefined}>
      {fresh > 0 ? (
        <button type="button" className="new-replies" onClick={show}>
          {t('thread.newReplies', { count: number(fresh) })}
        </button>
      ) : null}
    </div>
  );
}
