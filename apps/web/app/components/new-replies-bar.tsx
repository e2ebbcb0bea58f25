import { useEffect, useState } from 'react';
import { useRevalidator } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';
import { followThread } from '../lib/live-thread';
import { getAccessToken, onAccessTokenChange } from '../lib/session';

/**
 * "N new replies: show them": replies that arrive live are announced politely (aria-live) and shown only when
 * the reader asks, so the page never jumps under their eyes. Needs a session (the gateway takes members only):
 * signed-out readers get the server-rendered page, which is complete.
 */
export function NewRepliesBar({ threadId }: { threadId: string }) {
  const { t, number } = useI18n();
  const revalidator = useRevalidator();
  const [token, setToken] = useState<string | null>(null);
  const [fresh, setFresh] = useState(0);

  useEffect(() => {
    setToken(getAccessToken());
    return onAccessTokenChange(setToken);
  }, []);

  useEffect(() => {
    if (!token) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void followThread(threadId, token, {
      onNewReply: () => setFresh((count) => count + 1),
      onResync: () => setFresh((count) => Math.max(count, 1)),
    }).then((stopper) => {
      if (cancelled) stopper();
      else stop = stopper;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [threadId, token]);

  const show = async () => {
    await revalidator.revalidate();
    setFresh(0);
  };

  return (
    <div aria-live="polite" className="live-region">
      {fresh > 0 ? (
        <button type="button" className="new-replies" onClick={show}>
          {t('thread.newReplies', { count: number(fresh) })}
        </button>
      ) : null}
    </div>
  );
}
