import { useCallback, useId, useState, type FormEvent } from 'react';
import { graphql } from '../graphql-workspace';
import type { AppealsQueueQuery } from '../graphql-workspace/graphql';
import { ApiError, graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { describeWorkspaceError } from '../lib/workspace-errors';
import { pageOf, usePagedList } from '../lib/show-more';
import { Suspensions } from './suspensions';
import { useWorkspaceCommunity, WorkspaceShell, type WorkspaceCommunity } from './workspace-nav';
import { WorkspaceShowMore } from './workspace-show-more';

const AppealsQueue = /* @__PURE__ */ graphql(`
  query AppealsQueue($communityId: ID!, $after: String) {
    appealsQueue(communityId: $communityId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          note
          createdAt
          dueAt
          appellant {
            id
            handle
          }
          action {
            id
            action
            reason
            at
            actor {
              handle
            }
          }
        }
      }
    }
  }
`);

const ResolveAppeal = /* @__PURE__ */ graphql(`
  mutation ResolveAppeal($input: ResolveAppealInput!) {
    resolveAppeal(input: $input) {
      id
      status
    }
  }
`);

type Appeal = AppealsQueueQuery['appealsQueue']['edges'][number]['node'];

export const meta = () => [{ name: 'robots', content: 'noindex' }];

/** Appeals to decide (the API never lists, and refuses, an appeal against one's own action) and suspensions. */
export default function AppealsPage() {
  const t = useWorkspaceT();
  const { page, generation, reset, append } = usePagedList<Appeal>();
  const fetchPage = useCallback(async (communityId: string, after: string | null) => pageOf((await graphqlRequest(AppealsQueue, { communityId, after })).appealsQueue), []);
  const load = useCallback(async (community: WorkspaceCommunity) => reset(await fetchPage(community.id, null)), [fetchPage, reset]);
  const state = useWorkspaceCommunity(load);
  const appeals = page?.items ?? [];
  return (
    <WorkspaceShell title="workspace.appeals.title" intro="workspace.appeals.intro" state={state} path="appeals">
      <h2>{t('workspace.appeals.open')}</h2>
      {appeals.length === 0 ? (
        <p>{t('workspace.appeals.empty')}</p>
      ) : (
        <ul className="cards">
          {appeals.map((appeal) => (
            <li key={appeal.id}>
              <AppealCard appeal={appeal} onDecided={state.reload} />
            </li>
          ))}
        </ul>
      )}
      {state.community && page && <WorkspaceShowMore key={generation} next={page.next} fetchMore={(after) => append(fetchPage(state.community!.id, after))} label="workspace.more.appeals" />}
      {state.community && <Suspensions communityId={state.community.id} />}
    </WorkspaceShell>
  );
}

function AppealCard({ appeal, onDecided }: { appeal: Appeal; onDecided: () => Promise<void> }) {
  const t = useWorkspaceT();
  const { dateTime } = useI18n();
  const ids = useId();
  const [outcome, setOutcome] = useState<'UPHELD' | 'REVERSED'>('UPHELD');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ key: WorkspaceKey; field: string | null; message: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function decide(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    try {
      await graphqlRequest(ResolveAppeal, { input: { appealId: appeal.id, outcome, reason } });
      setError(null);
      await onDecided();
    } catch (failure) {
      const described = describeWorkspaceError(failure);
      // The API's own words for a refusal (an appeal against one's own action, one already decided), translated when known.
      const key: WorkspaceKey = failure instanceof ApiError && failure.code === 'FORBIDDEN' ? 'workspace.appeals.ownAction' : failure instanceof ApiError && failure.code === 'CONFLICT' ? 'workspace.appeals.decided' : described.key;
      setError({ key, field: described.field, message: failure instanceof Error ? failure.message : '' });
      if (described.field === 'reason') document.getElementById(`${ids}-reason`)?.focus();
    } finally {
      setPending(false);
    }
  }

  const reasonError = error?.field === 'reason';
  return (
    <article className="card" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('workspace.appeals.heading', { handle: appeal.appellant?.handle ?? '?', action: t(`workspace.audit.action.${appeal.action.action}` as WorkspaceKey) })}</h3>
      <p className="meta">{t('workspace.appeals.due', { date: dateTime(appeal.dueAt) })}</p>
      <p>{t('workspace.appeals.original', { handle: appeal.action.actor?.handle ?? t('workspace.audit.automation'), reason: appeal.action.reason })}</p>
      <blockquote>
        <p>{appeal.note}</p>
      </blockquote>
      <form onSubmit={(event) => void decide(event)} noValidate className="account-form">
        <label htmlFor={`${ids}-outcome`}>{t('workspace.appeals.outcome')}</label>
        <select id={`${ids}-outcome`} value={outcome} onChange={(event) => setOutcome(event.target.value as 'UPHELD' | 'REVERSED')}>
          <option value="UPHELD">{t('workspace.appeals.UPHELD')}</option>
          <option value="REVERSED">{t('workspace.appeals.REVERSED')}</option>
        </select>
        <label htmlFor={`${ids}-reason`}>{t('workspace.appeals.reason')}</label>
        <textarea
          id={`${ids}-reason`}
          rows={3}
          value={reason}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${ids}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {error && (
          <p id={`${ids}-error`} role="alert" className="form-error">
            {t(error.key)}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {t('workspace.appeals.submit')}
        </button>
      </form>
    </article>
  );
}
