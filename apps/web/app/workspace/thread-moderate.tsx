import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../graphql-workspace';
import type { CurationThread } from './workspace-types';
import { graphqlRequest } from '../lib/graphql-client';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import { useCuration } from './curation-action';
import { CloseAsDuplicateForm, MoveThreadForm, TagsForm } from './thread-curation-forms';

const ThreadCuration = /* @__PURE__ */ graphql(`
  query ThreadCuration($id: ID!) {
    node(id: $id) {
      ... on Thread {
        id
        tags
        space {
          id
          pinnedThreadIds
          community {
            spaces {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
`);

const Pin = /* @__PURE__ */ graphql(`
  mutation PinThread($id: ID!) {
    pinThread(threadId: $id) {
      id
    }
  }
`);
const Unpin = /* @__PURE__ */ graphql(`
  mutation UnpinThread($id: ID!) {
    unpinThread(threadId: $id) {
      id
    }
  }
`);
const Feature = /* @__PURE__ */ graphql(`
  mutation FeatureThread($input: FeatureContentInput!) {
    featureContent(input: $input) {
      featuredAt
    }
  }
`);
const Unfeature = /* @__PURE__ */ graphql(`
  mutation UnfeatureThread($id: ID!) {
    unfeatureContent(contentId: $id)
  }
`);
const Hide = /* @__PURE__ */ graphql(`
  mutation HideThread($input: ModerateInput!) {
    moderate(input: $input) {
      id
    }
  }
`);


/**
 * The moderators' tools on the thread itself, loaded (a chunk of its own) only when the API says the viewer
 * moderates this community. The API decides each operation: a refusal shows next to its field.
 */
export default function ThreadModeratePanel({ threadId, onChanged }: { threadId: string; onChanged: () => Promise<unknown> }) {
  const t = useWorkspaceT();
  const [thread, setThread] = useState<CurationThread | null>(null);
  const load = useCallback(async () => {
    const data = await graphqlRequest(ThreadCuration, { id: threadId });
    setThread(data.node && 'tags' in data.node ? (data.node as CurationThread) : null);
  }, [threadId]);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);
  const changed = useCallback(() => Promise.all([load(), onChanged()]), [load, onChanged]);
  if (!thread) return null;
  return (
    <details className="panel moderate-panel">
      <summary>{t('workspace.curate.title')}</summary>
      <PinAndFeature thread={thread} onChanged={changed} />
      <HideThread threadId={thread.id} onChanged={changed} />
      <MoveThreadForm thread={thread} onChanged={changed} />
      <CloseAsDuplicateForm thread={thread} onChanged={changed} />
      <TagsForm thread={thread} onChanged={changed} />
    </details>
  );
}

function PinAndFeature({ thread, onChanged }: { thread: CurationThread; onChanged: () => Promise<unknown> }) {
  const t = useWorkspaceT();
  const action = useCuration(onChanged);
  const [note, setNote] = useState('');
  const pinned = thread.space.pinnedThreadIds.includes(thread.id);
  return (
    <section>
      <h3>{t('workspace.curate.pinFeature')}</h3>
      <p>
        {pinned ? (
          <button type="button" disabled={action.pending} onClick={() => void action.run(() => graphqlRequest(Unpin, { id: thread.id }), t('workspace.curate.unpinned'))}>
            {t('workspace.curate.unpin')}
          </button>
        ) : (
          <button type="button" disabled={action.pending} onClick={() => void action.run(() => graphqlRequest(Pin, { id: thread.id }), t('workspace.curate.pinned'))}>
            {t('workspace.curate.pin')}
          </button>
        )}
      </p>
      <form className="account-form" noValidate onSubmit={action.submit(() => void action.run(() => graphqlRequest(Feature, { input: { contentId: thread.id, note } }), t('workspace.curate.featured'), () => setNote('')))}>
        <label htmlFor={action.field('note').id}>{t('workspace.curate.note')}</label>
        <textarea rows={2} value={note} onChange={(event) => setNote(event.target.value)} {...action.field('note')} />
        {action.fieldError('note')}
        <div>
          <button type="submit" disabled={action.pending}>
            {t('workspace.curate.feature')}
          </button>{' '}
          <button type="button" disabled={action.pending} onClick={() => void action.run(() => graphqlRequest(Unfeature, { id: thread.id }), t('workspace.curate.unfeatured'))}>
            {t('workspace.curate.unfeature')}
          </button>
        </div>
      </form>
      {action.status(['note'])}
    </section>
  );
}

function HideThread({ threadId, onChanged }: { threadId: string; onChanged: () => Promise<unknown> }) {
  const t = useWorkspaceT();
  const action = useCuration(onChanged);
  const [reason, setReason] = useState('');
  return (
    <section>
      <h3>{t('workspace.curate.hide')}</h3>
      <form className="account-form" noValidate onSubmit={action.submit(() => void action.run(() => graphqlRequest(Hide, { input: { contentId: threadId, action: 'HIDE', reason } }), t('workspace.curate.hidden')))}>
        <label htmlFor={action.field('reason').id}>{t('workspace.act.reason')}</label>
        <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} {...action.field('reason')} />
        {action.fieldError('reason')}
        <button type="submit" disabled={action.pending}>
          {t('workspace.curate.hideSubmit')}
        </button>
      </form>
      {action.status(['reason'])}
    </section>
  );
}
