import { useState, type FormEvent } from 'react';
import { useMemberT } from '../lib/i18n/member-i18n';
import type { MemberKey } from '../lib/i18n/member-en';
import { MarkdownComposer } from './markdown-composer';
import { describeMemberError, type MemberErrorMessage } from './member-errors';
import { FormError } from './member-field';
import { useAction } from './use-action';

/**
 * "Delete", then "Confirm deletion" or "Cancel": the buttons for an action row, and the API's refusal to show
 * under that row (role=alert). Shared by the thread's own controls and those of replies and comments.
 */
export function useDeleteAfterConfirm(action: () => Promise<unknown>) {
  const t = useMemberT();
  const [confirming, setConfirming] = useState(false);
  const remove = useAction();
  const buttons = confirming ? (
    <>
      <button type="button" className="danger" disabled={remove.pending} onClick={() => void remove.run(action)}>
        {t('delete.confirm')}
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        {t('cancel')}
      </button>
    </>
  ) : (
    <button type="button" onClick={() => setConfirming(true)}>
      {t('delete.button')}
    </button>
  );
  const error = remove.error ? (
    <p className="form-error" role="alert">
      {remove.error}
    </p>
  ) : null;
  return { buttons, error };
}

interface OwnPost {
  id: string;
  body: string;
  /** As the API says (viewerCanEdit, viewerCanDelete): the interface never decides who may. */
  canEdit: boolean;
  canDelete: boolean;
}

/**
 * The author's controls on their own reply or comment: edit in the Markdown composer (the text stays when the API
 * refuses it, the message next to it) and delete after a confirmation. Nothing shows for what the API refuses.
 */
export function OwnPostControls(props: {
  post: OwnPost;
  communityId: string;
  /** The composer's label and the form's name. */
  label: MemberKey;
  heading: MemberKey;
  save: (body: string) => Promise<unknown>;
  remove: () => Promise<unknown>;
}) {
  const t = useMemberT();
  const [editing, setEditing] = useState(false);
  const deletion = useDeleteAfterConfirm(props.remove);
  const { post } = props;
  if (!post.canEdit && !post.canDelete) return null;
  return (
    <>
      <div className="action-row">
        {post.canEdit && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            {t('edit.button')}
          </button>
        ) : null}
        {post.canDelete ? deletion.buttons : null}
      </div>
      {deletion.error}
      {editing && post.canEdit ? <EditOwnPostForm {...props} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

function EditOwnPostForm(props: { post: OwnPost; communityId: string; label: MemberKey; heading: MemberKey; save: (body: string) => Promise<unknown>; onClose: () => void }) {
  const t = useMemberT();
  const [body, setBody] = useState(props.post.body);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<MemberErrorMessage | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await props.save(body);
      props.onClose();
    } catch (caught) {
      setError(describeMemberError(caught, ['body'], 'body'));
    } finally {
      setPending(false);
    }
  }
  return (
    <form className="member-form panel" aria-label={t(props.heading)} onSubmit={(event) => void submit(event)} noValidate>
      {/* Its own field id: the page's answer or comment box is also a "body". */}
      <MarkdownComposer name={`edit-${props.post.id}`} label={props.label} value={body} onChange={setBody} communityId={props.communityId} error={error?.field === 'body' ? t(error.key) : undefined} rows={5} />
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
