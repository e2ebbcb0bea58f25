import { useState, type ReactNode } from 'react';
import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { useMemberT } from '../lib/i18n/member-i18n';
import { reloadThreadViewer, useThreadViewer } from './thread-viewer';
import { useAction } from './use-action';

const MuteMember = /* @__PURE__ */ graphql(`
  mutation MuteMember($memberId: ID!) {
    muteMember(memberId: $memberId) {
      id
    }
  }
`);
const UnmuteMember = /* @__PURE__ */ graphql(`
  mutation UnmuteMember($memberId: ID!) {
    unmuteMember(memberId: $memberId)
  }
`);

/** "Mute this member" on someone else's post, when the API allows it (private: they are not told); undone from here or the settings. */
export function MuteButton({ threadId, postId }: { threadId: string; postId: string }) {
  const t = useMemberT();
  const viewer = useThreadViewer(threadId);
  const { pending, error, run } = useAction();
  const author = viewer?.authors.get(postId);
  if (!author?.canMute) return null;
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => void run(async () => {
          await (author.muted ? graphqlRequest(UnmuteMember, { memberId: author.id }) : graphqlRequest(MuteMember, { memberId: author.id }));
          await reloadThreadViewer(threadId);
        })}
      >
        {author.muted ? t('mute.off') : t('mute.on')}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * A post's body, folded away when its author is muted by the viewer, with a button to show it anyway (and fold it
 * again). The public page renders the body; this only wraps it once the member's state is known.
 */
export function MutedGate({ threadId, postId, children }: { threadId: string; postId: string; children: ReactNode }) {
  const viewer = useThreadViewer(threadId);
  const author = viewer?.authors.get(postId);
  if (!author?.muted) return <>{children}</>;
  return <FoldedPost postId={postId}>{children}</FoldedPost>;
}

/** A muted author's post: a line saying so, and a button that shows it (and folds it again). */
export function FoldedPost({ postId, children }: { postId: string; children: ReactNode }) {
  const t = useMemberT();
  const [shown, setShown] = useState(false);
  const id = `muted-${postId}`;
  return (
    <div className="muted-post">
      <p className="muted">{t('mute.collapsed')}</p>
      <button type="button" aria-expanded={shown} aria-controls={id} onClick={() => setShown(!shown)}>
        {shown ? t('mute.hide') : t('mute.show')}
      </button>
      <div id={id} hidden={!shown}>
        {children}
      </div>
    </div>
  );
}
