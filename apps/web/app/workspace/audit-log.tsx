import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql-workspace';
import type { AuditAction, AuditLogFilter, AuditLogQuery } from '../graphql-workspace/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { describeWorkspaceError } from '../lib/workspace-errors';
import { pageOf, usePagedList } from '../lib/show-more';
import { memberIdOf } from './suspensions';
import { useWorkspaceCommunity, WorkspaceShell, type WorkspaceCommunity } from './workspace-nav';
import { WorkspaceShowMore } from './workspace-show-more';

const AuditLog = /* @__PURE__ */ graphql(`
  query AuditLog($communityId: ID!, $filter: AuditLogFilter, $after: String) {
    auditLog(communityId: $communityId, filter: $filter, first: 50, after: $after) {
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
  }
`);

export const ACTIONS: AuditAction[] = ['HIDE', 'REMOVE', 'RESTORE', 'LOCK', 'UNLOCK', 'AUTO_HIDE', 'DISMISS_REPORTS', 'SUSPEND', 'LIFT_SUSPENSION', 'APPEAL_UPHELD', 'APPEAL_REVERSED', 'PIN', 'UNPIN', 'FEATURE', 'UNFEATURE', 'MOVE', 'CLOSE_AS_DUPLICATE', 'RENAME_TAG', 'MERGE_TAGS', 'SET_AUTO_HIDE_THRESHOLD'];

export type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

export const meta = () => [{ name: 'robots', content: 'noindex' }];

/** The append-only log, newest first, narrowed by who acted (a person or the automation), action, member concerned and period. */
export default function AuditLogPage() {
  const t = useWorkspaceT();
  const ids = useId();
  const { page, generation, reset, append } = usePagedList<AuditEntry>();
  const [actorKind, setActorKind] = useState('');
  const [action, setAction] = useState('');
  const [handle, setHandle] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<{ key: WorkspaceKey; field: 'handle' | null } | null>(null);
  const filter = useRef<AuditLogFilter | null>(null);

  const fetchPage = useCallback(async (communityId: string, after: string | null) => pageOf((await graphqlRequest(AuditLog, { communityId, filter: filter.current, after })).auditLog), []);
  const load = useCallback(async (community: WorkspaceCommunity) => reset(await fetchPage(community.id, null)), [fetchPage, reset]);
  const state = useWorkspaceCommunity(load);

  async function apply(event: FormEvent) {
    event.preventDefault();
    if (!state.community) return;
    try {
      let memberId: string | undefined;
      if (handle.trim()) {
        memberId = (await memberIdOf(state.community.id, handle)) ?? undefined;
        if (!memberId) {
          setError({ key: 'workspace.suspend.unknownMember', field: 'handle' });
          return;
        }
      }
      filter.current = {
        actorKind: actorKind ? (actorKind as AuditLogFilter['actorKind']) : undefined,
        actions: action ? [action as AuditAction] : undefined,
        memberId,
        // Whole days in the moderator's time zone: "to" includes the day chosen.
        from: from ? new Date(`${from}T00:00`).toISOString() : undefined,
        to: to ? new Date(new Date(`${to}T00:00`).getTime() + 86_400_000).toISOString() : undefined,
      };
      await load(state.community);
      setError(null);
    } catch (failure) {
      setError({ key: describeWorkspaceError(failure).key, field: null });
    }
  }

  return (
    <WorkspaceShell title="workspace.audit.title" intro="workspace.audit.intro" state={state} path="audit">
      <form onSubmit={(event) => void apply(event)} noValidate className="account-form" aria-labelledby={`${ids}-filters`}>
        <h2 id={`${ids}-filters`}>{t('workspace.audit.filters')}</h2>
        <label htmlFor={`${ids}-kind`}>{t('workspace.audit.actorKind')}</label>
        <select id={`${ids}-kind`} value={actorKind} onChange={(event) => setActorKind(event.target.value)}>
          <option value="">{t('workspace.audit.any')}</option>
          <option value="HUMAN">{t('workspace.audit.HUMAN')}</option>
          <option value="AUTOMATION">{t('workspace.audit.AUTOMATION')}</option>
        </select>
        <label htmlFor={`${ids}-action`}>{t('workspace.audit.action')}</label>
        <select id={`${ids}-action`} value={action} onChange={(event) => setAction(event.target.value)}>
          <option value="">{t('workspace.audit.any')}</option>
          {ACTIONS.map((entry) => (
            <option key={entry} value={entry}>
              {t(`workspace.audit.action.${entry}` as WorkspaceKey)}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-member`}>{t('workspace.audit.member')}</label>
        <input
          id={`${ids}-member`}
          value={handle}
          autoComplete="off"
          aria-invalid={error?.field === 'handle' ? true : undefined}
          aria-describedby={error?.field === 'handle' ? `${ids}-error` : undefined}
          onChange={(event) => setHandle(event.target.value)}
        />
        {error?.field === 'handle' && (
          <p id={`${ids}-error`} role="alert" className="form-error">
            {t(error.key)}
          </p>
        )}
        <label htmlFor={`${ids}-from`}>{t('workspace.audit.from')}</label>
        <input id={`${ids}-from`} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        <label htmlFor={`${ids}-to`}>{t('workspace.audit.to')}</label>
        <input id={`${ids}-to`} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        {error && error.field === null && (
          <p role="alert" className="form-error">
            {t(error.key)}
          </p>
        )}
        <button type="submit">{t('workspace.audit.apply')}</button>
      </form>
      {page && state.community && (
        <>
          <p aria-live="polite">{t('workspace.audit.count', { count: page.total })}</p>
          <AuditEntries entries={page.items} slug={state.slug} />
          <WorkspaceShowMore key={generation} next={page.next} fetchMore={(after) => append(fetchPage(state.community!.id, after))} label="workspace.more.entries" />
        </>
      )}
    </WorkspaceShell>
  );
}

/** Entries of the log; the member concerned or the moderator who acted opens their moderation history. */
export function AuditEntries({ entries, slug }: { entries: AuditEntry[]; slug: string }) {
  const t = useWorkspaceT();
  const { dateTime } = useI18n();
  if (entries.length === 0) return <p>{t('workspace.audit.empty')}</p>;
  return (
    <ul className="cards audit-log">
      {entries.map((entry) => (
        <li key={entry.id} className="card">
          <p>
            <strong>{t(`workspace.audit.action.${entry.action}` as WorkspaceKey)}</strong> · <time dateTime={entry.at}>{dateTime(entry.at)}</time>
          </p>
          <p className="meta">
            {entry.actorKind === 'AUTOMATION' ? (
              t('workspace.audit.byAutomation')
            ) : entry.actor ? (
              <>
                {t('workspace.audit.by')} <Link to={`/c/${slug}/workspace/members/${encodeURIComponent(entry.actor.id)}`}>{entry.actor.handle}</Link>
              </>
            ) : (
              t('workspace.audit.byFormer')
            )}
            {entry.targetType === 'Member' && (
              <>
                {' · '}
                <Link to={`/c/${slug}/workspace/members/${encodeURIComponent(entry.target)}`}>{t('workspace.audit.memberHistory')}</Link>
              </>
            )}
          </p>
          <p>{entry.reason}</p>
        </li>
      ))}
    </ul>
  );
}
