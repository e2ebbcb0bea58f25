import { useState } from 'react';
import { graphql } from '../graphql-workspace';
import { graphqlRequest } from '../lib/graphql-client';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import { useCuration } from './curation-action';
import type { CurationThread } from './workspace-types';

const Move = /* @__PURE__ */ graphql(`
  mutation MoveThread($input: MoveThreadInput!) {
    moveThread(input: $input)
  }
`);
const CloseAsDuplicate = /* @__PURE__ */ graphql(`
  mutation CloseAsDuplicate($input: CloseAsDuplicateInput!) {
    closeAsDuplicate(input: $input)
  }
`);
const RenameTag = /* @__PURE__ */ graphql(`
  mutation RenameTag($input: RenameTagInput!) {
    renameTag(input: $input)
  }
`);
const MergeTags = /* @__PURE__ */ graphql(`
  mutation MergeTags($input: MergeTagsInput!) {
    mergeTags(input: $input)
  }
`);

interface Props {
  thread: CurationThread;
  onChanged: () => Promise<unknown>;
}

/** Move the thread to another discussion space of the community; its links and followers stay. */
export function MoveThreadForm({ thread, onChanged }: Props) {
  const t = useWorkspaceT();
  const action = useCuration(onChanged);
  const spaces = thread.space.community.spaces.filter((space) => space.kind === 'DISCUSSION' && space.id !== thread.space.id);
  const [toSpaceId, setToSpaceId] = useState(spaces[0]?.id ?? '');
  const [reason, setReason] = useState('');
  if (spaces.length === 0) return null;
  return (
    <section>
      <h3>{t('workspace.curate.move')}</h3>
      <form className="account-form" noValidate onSubmit={action.submit(() => void action.run(() => graphqlRequest(Move, { input: { threadId: thread.id, toSpaceId, reason } }), t('workspace.curate.moved')))}>
        <label htmlFor={action.field('toSpaceId').id}>{t('workspace.curate.toSpace')}</label>
        <select value={toSpaceId} onChange={(event) => setToSpaceId(event.target.value)} {...action.field('toSpaceId')}>
          {spaces.map((space) => (
            <option key={space.id} value={space.id}>
              {space.name}
            </option>
          ))}
        </select>
        {action.fieldError('toSpaceId')}
        <label htmlFor={action.field('reason').id}>{t('workspace.act.reason')}</label>
        <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} {...action.field('reason')} />
        {action.fieldError('reason')}
        <button type="submit" disabled={action.pending}>
          {t('workspace.curate.moveSubmit')}
        </button>
      </form>
      {action.status(['toSpaceId', 'reason'])}
    </section>
  );
}

/** The original's link or id: a pasted thread address works as well. */
function threadIdOf(text: string): string {
  const match = /\/t\/([^/?#]+)/.exec(text);
  return decodeURIComponent(match ? match[1] : text.trim());
}

/** Lock the thread as a duplicate of another of the community. */
export function CloseAsDuplicateForm({ thread, onChanged }: Props) {
  const t = useWorkspaceT();
  const action = useCuration(onChanged);
  const [original, setOriginal] = useState('');
  const [reason, setReason] = useState('');
  return (
    <section>
      <h3>{t('workspace.curate.duplicate')}</h3>
      <form className="account-form" noValidate onSubmit={action.submit(() => void action.run(() => graphqlRequest(CloseAsDuplicate, { input: { threadId: thread.id, ofThreadId: threadIdOf(original), reason } }), t('workspace.curate.closed')))}>
        <label htmlFor={action.field('ofThreadId').id}>{t('workspace.curate.original')}</label>
        <input value={original} onChange={(event) => setOriginal(event.target.value)} {...action.field('ofThreadId')} />
        {action.fieldError('ofThreadId')}
        <label htmlFor={action.field('reason').id}>{t('workspace.act.reason')}</label>
        <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} {...action.field('reason')} />
        {action.fieldError('reason')}
        <button type="submit" disabled={action.pending}>
          {t('workspace.curate.duplicateSubmit')}
        </button>
      </form>
      {action.status(['ofThreadId', 'reason'])}
    </section>
  );
}

/** Rename a tag of this thread, or merge tags into one, across the whole space. */
export function TagsForm({ thread, onChanged }: Props) {
  const t = useWorkspaceT();
  const rename = useCuration(onChanged);
  const merge = useCuration(onChanged);
  const [from, setFrom] = useState(thread.tags[0] ?? '');
  const [to, setTo] = useState('');
  const [mergeFrom, setMergeFrom] = useState('');
  const [into, setInto] = useState('');
  const spaceId = thread.space.id;
  return (
    <section>
      <h3>{t('workspace.curate.tags')}</h3>
      <form className="account-form" noValidate onSubmit={rename.submit(() => void rename.run(() => graphqlRequest(RenameTag, { input: { spaceId, from, to } }), t('workspace.curate.renamed')))}>
        <label htmlFor={rename.field('from').id}>{t('workspace.curate.renameFrom')}</label>
        <input value={from} onChange={(event) => setFrom(event.target.value)} {...rename.field('from')} />
        {rename.fieldError('from')}
        <label htmlFor={rename.field('to').id}>{t('workspace.curate.renameTo')}</label>
        <input value={to} onChange={(event) => setTo(event.target.value)} {...rename.field('to')} />
        {rename.fieldError('to')}
        <button type="submit" disabled={rename.pending}>
          {t('workspace.curate.renameSubmit')}
        </button>
      </form>
      {rename.status(['from', 'to'])}
      <form className="account-form" noValidate onSubmit={merge.submit(() => void merge.run(() => graphqlRequest(MergeTags, { input: { spaceId, from: mergeFrom.split(',').map((tag) => tag.trim()).filter(Boolean), into } }), t('workspace.curate.merged')))}>
        <label htmlFor={merge.field('from').id}>{t('workspace.curate.mergeFrom')}</label>
        <input value={mergeFrom} onChange={(event) => setMergeFrom(event.target.value)} {...merge.field('from')} />
        {merge.fieldError('from')}
        <label htmlFor={merge.field('into').id}>{t('workspace.curate.mergeInto')}</label>
        <input value={into} onChange={(event) => setInto(event.target.value)} {...merge.field('into')} />
        {merge.fieldError('into')}
        <button type="submit" disabled={merge.pending}>
          {t('workspace.curate.mergeSubmit')}
        </button>
      </form>
      {merge.status(['from', 'into'])}
    </section>
  );
}
