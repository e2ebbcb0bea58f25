import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../graphql-workspace';
import type { RunningSuspensionsQuery } from '../graphql-workspace/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { pageOf, usePagedList } from '../lib/show-more';
import { describeWorkspaceError } from '../lib/workspace-errors';
import { WorkspaceShowMore } from './workspace-show-more';

const RunningSuspensionsList = /* @__PURE__ */ graphql(`
  query RunningSuspensions($communityId: ID!, $after: String) {
    runningSuspensions(communityId: $communityId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reason
          until
          member {
            id
            handle
          }
          setBy {
            handle
            affiliation
          }
        }
      }
    }
  }
`);

const LiftOne = /* @__PURE__ */ graphql(`
  mutation LiftRunningSuspension($input: LiftSuspensionInput!) {
    liftSuspension(input: $input) {
      id
      liftedAt
    }
  }
`);

type Running = RunningSuspensionsQuery['runningSuspensions']['edges'][number]['node'];

/** The suspensions running now, soonest to end first, 20 at a time; each can be lifted with a reason. `version` changes to read them again. */
export function RunningSuspensions({ communityId, version, onLifted }: { communityId: string; version: number; onLifted: (handle: string) => void }) {
  const t = useWorkspaceT();
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { page, generation, reset, append } = usePagedList<Running>();
  const [failed, setFailed] = useState(false);
  const fetchPage = useCallback(async (after: string | null) => pageOf((await graphqlRequest(RunningSuspensionsList, { communityId, after })).runningSuspensions), [communityId]);

  useEffect(() => {
    fetchPage(null).then(
      (first) => {
        reset(first);
        setFailed(false);
      },
      () => setFailed(true),
    );
  }, [fetchPage, reset, version]);

  function lifted(handle: string) {
    onLifted(handle);
    // The lifted row is gone: the list's heading keeps the keyboard's place.
    heading.current?.focus();
  }

  return (
    <section aria-labelledby={`${ids}-running`}>
      <h3 id={`${ids}-running`} ref={heading} tabIndex={-1}>
        {t('workspace.suspend.running')}
      </h3>
      {failed && <p className="form-error">{t('workspace.more.failed')}</p>}
      {page && page.items.length === 0 && <p>{t('workspace.suspend.none')}</p>}
      {page && page.items.length > 0 && (
        <>
          <p>{t('workspace.suspend.runningCount', { count: page.total })}</p>
          <ul className="cards">
            {page.items.map((suspension) => (
              <li key={suspension.id}>
                <RunningSuspension communityId={communityId} suspension={suspension} onLifted={lifted} />
              </li>
            ))}
          </ul>
          <WorkspaceShowMore key={generation} next={page.next} fetchMore={(after) => append(fetchPage(after))} label="workspace.more.suspensions" />
        </>
      )}
    </section>
  );
}

function RunningSuspension({ communityId, suspension, onLifted }: { communityId: string; suspension: Running; onLifted: (handle: string) => void }) {
  const t = useWorkspaceT();
  const { dateTime, t: common } = useI18n();
  const ids = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<WorkspaceKey | null>(null);
  const [pending, setPending] = useState(false);
  const handle = suspension.member?.handle ?? '—';
  const by = suspension.setBy ? `${suspension.setBy.handle}${suspension.setBy.affiliation ? ` (${common(`role.${suspension.setBy.affiliation}`)})` : ''}` : '—';

  async function lift(event: FormEvent) {
    event.preventDefault();
    if (!suspension.member) return;
    setPending(true);
    try {
      await graphqlRequest(LiftOne, { input: { communityId, memberId: suspension.member.id, reason } });
      setError(null);
      onLifted(handle);
    } catch (failure) {
      setError(describeWorkspaceError(failure).key);
      document.getElementById(`${ids}-reason`)?.focus();
    } finally {
      setPending(false);
    }
  }

  return (
    <article className="card" aria-labelledby={`${ids}-who`}>
      <p id={`${ids}-who`}>
        <strong>{handle}</strong>
      </p>
      <p className="meta">{t('workspace.suspend.row', { date: dateTime(suspension.until), by })}</p>
      <p>{suspension.reason}</p>
      <form onSubmit={(event) => void lift(event)} noValidate className="account-form">
        <label htmlFor={`${ids}-reason`}>{t('workspace.suspend.liftReason')}</label>
        <textarea
          id={`${ids}-reason`}
          rows={2}
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids}-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {error && (
          <p id={`${ids}-error`} role="alert" className="form-error">
            {t(error)}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {t('workspace.suspend.liftOne', { handle })}
        </button>
      </form>
    </article>
  );
}
