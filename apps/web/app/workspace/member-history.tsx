import { useCallback, useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../graphql-workspace';
import type { MemberModerationQuery } from '../graphql-workspace/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { describeWorkspaceError } from '../lib/workspace-errors';
import { pageOf, usePagedList } from '../lib/show-more';
import { AuditEntries, type AuditEntry } from './audit-log';
import { WorkspaceShowMore } from './workspace-show-more';
import { useWorkspaceCommunity, WorkspaceShell, type WorkspaceCommunity } from './workspace-nav';

const MemberModeration = /* @__PURE__ */ graphql(`
  query MemberModeration($communityId: ID!, $memberId: ID!, $after: String) {
    memberModerationHistory(communityId: $communityId, memberId: $memberId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          actorKind
          at
          reason
          target
          targetType
          actor {
            id
            handle
          }
        }
      }
    }
    moderatorNotes(communityId: $communityId, memberId: $memberId) {
      id
      note
      createdAt
      author {
        handle
      }
    }
    node(id: $memberId) {
      ... on Member {
        handle
      }
    }
  }
`);

const AddNote = /* @__PURE__ */ graphql(`
  mutation AddModeratorNote($input: AddModeratorNoteInput!) {
    addModeratorNote(input: $input) {
      id
    }
  }
`);

type Data = MemberModerationQuery;

export const meta = () => [{ name: 'robots', content: 'noindex' }];

/** One member's moderation history here, and the moderators' notes about them (which the member reads in their data export). */
export default function MemberHistoryPage() {
  const t = useWorkspaceT();
  const { dateTime } = useI18n();
  const ids = useId();
  const { member: memberId = '' } = useParams();
  const [data, setData] = useState<Data | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<WorkspaceKey | null>(null);
  const [pending, setPending] = useState(false);

  const history = usePagedList<AuditEntry>();
  const { reset } = history;
  const load = useCallback(
    async (community: WorkspaceCommunity) => {
      const result = await graphqlRequest(MemberModeration, { communityId: community.id, memberId });
      setData(result);
      reset(pageOf(result.memberModerationHistory));
    },
    [memberId, reset],
  );
  const state = useWorkspaceCommunity(load);
  // The next page of the history only (the same query: its notes and handle are small and read again).
  const more = async (after: string) => history.append(graphqlRequest(MemberModeration, { communityId: state.community!.id, memberId, after }).then((data) => pageOf(data.memberModerationHistory)));
  const handle = (data?.node as { handle?: string } | null)?.handle;

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!state.community) return;
    setPending(true);
    try {
      await graphqlRequest(AddNote, { input: { communityId: state.community.id, memberId, note } });
      setNote('');
      setError(null);
      await load(state.community);
    } catch (failure) {
      // What was typed stays; the message sits under the field.
      const { key } = describeWorkspaceError(failure);
      setError(key === 'workspace.error.badInput' || key === 'workspace.error.reasonShort' ? 'workspace.notes.invalid' : key);
      document.getElementById(`${ids}-note`)?.focus();
    } finally {
      setPending(false);
    }
  }

  return (
    <WorkspaceShell title="workspace.history.title" intro="workspace.history.intro" state={state} path={`members/${encodeURIComponent(memberId)}`}>
      {data && (
        <>
          {handle && <h2>{t('workspace.history.member', { handle })}</h2>}
          <h2>{t('workspace.history.actions', { count: data.memberModerationHistory.totalCount })}</h2>
          <AuditEntries entries={history.page?.items ?? []} slug={state.slug} />
          <WorkspaceShowMore key={history.generation} next={history.page?.next ?? null} fetchMore={more} label="workspace.more.entries" />
          <section aria-labelledby={`${ids}-notes`}>
            <h2 id={`${ids}-notes`}>{t('workspace.notes.title')}</h2>
            <p className="hint">{t('workspace.notes.hint')}</p>
            {data.moderatorNotes.length === 0 ? (
              <p>{t('workspace.notes.none')}</p>
            ) : (
              <ul className="cards">
                {data.moderatorNotes.map((entry) => (
                  <li key={entry.id} className="card">
                    <p className="meta">
                      {entry.author?.handle ?? t('workspace.audit.byFormer')} · <time dateTime={entry.createdAt}>{dateTime(entry.createdAt)}</time>
                    </p>
                    <p>{entry.note}</p>
                  </li>
                ))}
              </ul>
            )}
            <form onSubmit={(event) => void add(event)} noValidate className="account-form">
              <label htmlFor={`${ids}-note`}>{t('workspace.notes.field')}</label>
              <textarea
                id={`${ids}-note`}
                rows={3}
                value={note}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${ids}-error` : undefined}
                onChange={(event) => setNote(event.target.value)}
              />
              {error && (
                <p id={`${ids}-error`} role="alert" className="form-error">
                  {t(error)}
                </p>
              )}
              <button type="submit" disabled={pending}>
                {t('workspace.notes.add')}
              </button>
            </form>
          </section>
        </>
      )}
    </WorkspaceShell>
  );
}
