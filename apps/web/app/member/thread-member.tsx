import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useNavigate, useRevalidator } from 'react-router';
import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useMemberT } from '../lib/i18n/member-i18n';
import { JoinCommunityButton } from './join-community';
import { MarkdownComposer } from './markdown-composer';
import { DraftStatus, useServerDraft } from './use-server-draft';
import { describeMemberError, type MemberErrorMessage } from './member-errors';
import { FormError, TextField } from './member-field';
import { reloadThreadViewer, useKnownReply, useThreadViewer } from './thread-viewer';
import { useAction } from './use-action';
import { FollowButton, KudosButton } from './shared-actions';
import { MuteButton } from './muting';
import { OwnPostControls, useDeleteAfterConfirm } from './own-post-controls';
import { SuspendedNotice } from './suspended-notice';

export { MutedGate } from './muting';

const EditPost = /* @__PURE__ */ graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      __typename
    }
  }
`);
const DeletePost = /* @__PURE__ */ graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);
const AcceptAnswer = /* @__PURE__ */ graphql(`
  mutation AcceptAnswer($replyId: ID!) {
    acceptAnswer(replyId: $replyId) {
      id
    }
  }
`);
const UnacceptAnswer = /* @__PURE__ */ graphql(`
  mutation UnacceptAnswer($threadId: ID!) {
    unacceptAnswer(threadId: $threadId) {
      id
    }
  }
`);
const PostReply = /* @__PURE__ */ graphql(`
  mutation PostReply($input: ReplyInput!) {
    reply(input: $input) {
      id
    }
  }
`);

// The moderators' panel: its own chunk, fetched only when the API says the viewer moderates this community.
const ThreadModeratePanel = lazy(() => import('../workspace/thread-moderate'));

/** After a change: the public page's data again (server render) and the viewer's state. */
function useRefresh(threadId: string) {
  const revalidator = useRevalidator();
  return () => Promise.all([revalidator.revalidate(), reloadThreadViewer(threadId)]);
}

/** The thread's own controls for a signed-in member: follow, kudos, and edit (with revisions), delete, moderate when the API allows them. */
export default function ThreadActions({ threadId, spaceHref }: { threadId: string; spaceHref: string }) {
  const t = useMemberT();
  const { dateTime } = useI18n();
  const viewer = useThreadViewer(threadId);
  const refresh = useRefresh(threadId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const deletion = useDeleteAfterConfirm(async () => {
    await graphqlRequest(DeletePost, { id: threadId });
    void navigate(spaceHref);
  });
  if (!viewer) return null;
  const { thread } = viewer;
  return (
    <div className="member-actions">
      <div className="action-row">
        <FollowButton targetId={threadId} following={viewer.following} onDone={() => reloadThreadViewer(threadId)} label="thread" />
        {viewer.canGiveKudos ? <KudosButton contentId={threadId} given={thread.viewerGaveKudos} onDone={refresh} /> : null}
        <MuteButton threadId={threadId} postId={threadId} />
        {viewer.canEdit && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            {t('edit.button')}
          </button>
        ) : null}
        {viewer.canDelete ? deletion.buttons : null}
      </div>
      {deletion.error}
      {editing && viewer.canEdit ? <EditThreadForm threadId={threadId} communityId={thread.space.community.id} title={thread.title} body={thread.body} onClose={() => setEditing(false)} onSaved={refresh} /> : null}
      {thread.revisions.length > 0 ? (
        <details className="revisions">
          <summary>{t('revisions.summary', { count: thread.revisions.length })}</summary>
          <ol>
            {thread.revisions.map((revision) => (
              <li key={revision.editedAt}>
                <p className="meta">
                  <time dateTime={revision.editedAt}>{dateTime(revision.editedAt)}</time>
                  {revision.title ? ` · ${revision.title}` : ''}
                </p>
                <pre className="revision-body">{revision.body}</pre>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {viewer.canModerate ? (
        <Suspense fallback={null}>
          <ThreadModeratePanel threadId={threadId} onChanged={refresh} />
        </Suspense>
      ) : null}
    </div>
  );
}

const EDIT_FIELDS = ['title', 'body'] as const;

function EditThreadForm(props: { threadId: string; communityId: string; title: string; body: string; onClose: () => void; onSaved: () => Promise<unknown> }) {
  const t = useMemberT();
  const [title, setTitle] = useState(props.title);
  const [body, setBody] = useState(props.body);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MemberErrorMessage | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await graphqlRequest(EditPost, { input: { id: props.threadId, title, body } });
      await props.onSaved();
      props.onClose();
    } catch (caught) {
      setError(describeMemberError(caught, EDIT_FIELDS, 'body'));
    } finally {
      setPending(false);
    }
  }
  const errorFor = (field: string) => (error?.field === field ? t(error.key) : undefined);
  return (
    <form className="member-form panel" aria-label={t('edit.heading')} onSubmit={(event) => void submit(event)} noValidate>
      <TextField name="title" label="ask.title" value={title} onChange={setTitle} error={errorFor('title')} required />
      <MarkdownComposer name="body" label="ask.body" value={body} onChange={setBody} error={errorFor('body')} communityId={props.communityId} />
      <FormError text={error && !error.field ? t(error.key) : undefined} />
      <button type="submit" disabled={pending}>
        {pending ? t('pending') : t('edit.save')}
      </button>
      <button type="button" onClick={props.onClose}>
        {t('cancel')}
      </button>
    </form>
  );
}

/** A reply's controls, as the API allows: accept it as the answer (or take that back); others give kudos; its author edits or deletes it. */
export function ReplyActions({ threadId, replyId, accepted }: { threadId: string; replyId: string; accepted: boolean }) {
  const t = useMemberT();
  const viewer = useThreadViewer(threadId);
  const refresh = useRefresh(threadId);
  const accept = useAction();
  useKnownReply(threadId, replyId, viewer);
  if (!viewer) return null;
  const reply = viewer.replies.get(replyId);
  const canAccept = reply?.canAccept ?? false;
  return (
    <div>
      <div className="action-row">
        {canAccept ? (
          <button
            type="button"
            disabled={accept.pending}
            onClick={() => void accept.run(async () => {
              await (accepted ? graphqlRequest(UnacceptAnswer, { threadId }) : graphqlRequest(AcceptAnswer, { replyId }));
              await refresh();
            })}
          >
            {accepted ? t('accept.undo') : t('accept.button')}
          </button>
        ) : null}
        {reply?.canGiveKudos ? <KudosButton contentId={replyId} given={reply.viewerGaveKudos} onDone={refresh} /> : null}
        <MuteButton threadId={threadId} postId={replyId} />
      </div>
      {accept.error ? (
        <p className="form-error" role="alert">
          {accept.error}
        </p>
      ) : null}
      {reply ? (
        <OwnPostControls
          post={{ id: replyId, body: reply.body, canEdit: reply.canEdit, canDelete: reply.canDelete }}
          communityId={viewer.thread.space.community.id}
          label="own.reply.body"
          heading="own.reply.edit"
          save={async (body) => {
            await graphqlRequest(EditPost, { input: { id: replyId, body } });
            await refresh();
          }}
          remove={async () => {
            await graphqlRequest(DeletePost, { id: replyId });
            await refresh();
          }}
        />
      ) : null}
    </div>
  );
}

/** The answer box under the replies; the draft stays when the API refuses it. */
export function ReplyComposer({ threadId }: { threadId: string }) {
  const t = useMemberT();
  const viewer = useThreadViewer(threadId);
  const refresh = useRefresh(threadId);
  const [body, setBody] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MemberErrorMessage | null>(null);
  const [posted, setPosted] = useState(false);
  const draft = useServerDraft({ placeId: threadId, enabled: Boolean(viewer && !viewer.thread.deleted && viewer.canReply), body, restore: (found) => setBody(found.body) });
  if (!viewer || viewer.thread.deleted) return null;
  const community = viewer.thread.space.community;
  if (!community.viewerRole) return <JoinCommunityButton communityId={community.id} name={community.name} onJoined={() => void reloadThreadViewer(threadId)} />;
  // The API refuses a suspended member's reply (SUSPENDED): say why there is no answer box instead of offering one.
  if (viewer.suspendedUntil) return <SuspendedNotice until={viewer.suspendedUntil} />;
  // A locked thread takes no reply (its badge says so above): no answer box the API would refuse.
  if (!viewer.canReply) return null;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setPosted(false);
    try {
      await graphqlRequest(PostReply, { input: { threadId, body } });
      draft.discard();
      setBody('');
      setPosted(true);
      await refresh();
    } catch (caught) {
      setError(describeMemberError(caught, ['body'], 'body'));
    } finally {
      setPending(false);
    }
  }
  return (
    <form className="member-form" aria-labelledby="reply-heading" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="reply-heading">{t('reply.heading')}</h2>
      <MarkdownComposer name="body" label="reply.body" value={body} onChange={setBody} communityId={community.id} error={error?.field === 'body' ? t(error.key) : undefined} rows={5} />
      <DraftStatus status={draft.status} />
      <FormError text={error && !error.field ? t(error.key) : undefined} />
      <button type="submit" disabled={pending}>
        {pending ? t('pending') : t('reply.submit')}
      </button>
      <div aria-live="polite" className="live-region">
        {posted ? <p className="badge ok">{t('reply.posted')}</p> : null}
      </div>
    </form>
  );
}
