import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../graphql-workspace';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { describeWorkspaceError } from '../lib/workspace-errors';
import type { ModerationQueueItemsNode, QueueData } from './workspace-types';

const Claim = /* @__PURE__ */ graphql(`
  mutation ClaimModerationCase($id: ID!) {
    claimModerationCase(caseId: $id) {
      id
    }
  }
`);

const Release = /* @__PURE__ */ graphql(`
  mutation ReleaseModerationCase($id: ID!) {
    releaseModerationCase(caseId: $id) {
      id
    }
  }
`);

const Moderate = /* @__PURE__ */ graphql(`
  mutation ModerateContent($input: ModerateInput!) {
    moderate(input: $input) {
      id
    }
  }
`);

const ACTIONS = ['HIDE', 'REMOVE', 'RESTORE', 'LOCK', 'DISMISS_REPORTS'] as const;
type Action = (typeof ACTIONS)[number];
const LOCKABLE = new Set(['Thread', 'Idea']);

interface Props {
  item: ModerationQueueItemsNode;
  templates: QueueData['templates'];
  onChanged: () => Promise<void>;
}

/** One reported piece of content: its score, reasons and text in context; claim it, then decide with a reason. */
export function ModerationItem({ item, templates, onChanged }: Props) {
  const t = useWorkspaceT();
  const { dateTime } = useI18n();
  const ids = useId();
  const { community: slug = '' } = useParams();
  const [action, setAction] = useState<Action>('HIDE');
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<{ key: WorkspaceKey; ok: boolean; field: string | null } | null>(null);
  const [pending, setPending] = useState(false);

  const content = item.content as { title?: string; body?: string } | null;
  const context = item.context as { title?: string } | null;
  const kind = t(`workspace.item.kind.${item.contentType}` as WorkspaceKey);
  // The API says whether the viewer holds the claim (and so may release it).
  const mine = item.claim?.viewerCanRelease ?? false;
  const headingId = `${ids}-heading`;
  const reasonError = notice && !notice.ok && notice.field === 'reason';

  async function run(call: () => Promise<unknown>, done: WorkspaceKey) {
    setPending(true);
    try {
      await call();
      setNotice({ key: done, ok: true, field: null });
      await onChanged();
    } catch (error) {
      const { key, field } = describeWorkspaceError(error);
      // Typed text stays: only the message changes.
      setNotice({ key, ok: false, field });
      if (field === 'reason') document.getElementById(`${ids}-reason`)?.focus();
    } finally {
      setPending(false);
    }
  }

  function decide(event: FormEvent) {
    event.preventDefault();
    void run(() => graphqlRequest(Moderate, { input: { contentId: item.contentId, action, reason } }), 'workspace.act.done');
  }

  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('workspace.item.heading', { kind, count: item.openReports })}</h2>
      <p className="meta">
        {t('workspace.item.score', { score: item.openWeight })}
        {item.author && (
          <>
            {' · '}
            <Link to={`/c/${slug}/workspace/members/${encodeURIComponent(item.author.id)}`}>
              {t('workspace.item.author', { handle: item.author.handle })}
            </Link>
          </>
        )}
      </p>
      {item.autoHiddenAt && <p className="badge warn">{t('workspace.item.hidden', { date: dateTime(item.autoHiddenAt) })}</p>}
      <h3>{t('workspace.item.reasons')}</h3>
      <ul>
        {item.reasons.map((entry) => (
          <li key={entry.reason}>{t('workspace.item.reason', { reason: t(`workspace.reason.${entry.reason}` as WorkspaceKey), count: entry.count, weight: entry.weight })}</li>
        ))}
      </ul>
      <h3>{t('workspace.item.content')}</h3>
      {context?.title && <p className="meta">{t('workspace.item.context', { title: context.title })}</p>}
      {content ? (
        <blockquote>
          {content.title && (
            <p>
              <strong>{content.title}</strong>
            </p>
          )}
          <p>{content.body}</p>
        </blockquote>
      ) : (
        <p>{t('workspace.item.unavailable')}</p>
      )}
      <p>
        {item.claim
          ? mine
            ? t('workspace.claim.mine', { date: dateTime(item.claim.expiresAt) })
            : t('workspace.claim.other', { handle: item.claim.moderator?.handle ?? '?', date: dateTime(item.claim.expiresAt) })
          : t('workspace.claim.none')}
      </p>
      {mine ? (
        <button type="button" disabled={pending} onClick={() => void run(() => graphqlRequest(Release, { id: item.id }), 'workspace.claim.released')}>
          {t('workspace.claim.release')}
        </button>
      ) : (
        <button type="button" disabled={pending} onClick={() => void run(() => graphqlRequest(Claim, { id: item.id }), 'workspace.claim.taken')}>
          {t('workspace.claim.take')}
        </button>
      )}
      <div aria-live="polite" className="live-region">
        {notice && !reasonError && <p className={notice.ok ? 'badge ok' : 'form-error'}>{t(notice.key)}</p>}
      </div>
      <form onSubmit={decide} noValidate>
        <fieldset>
          <legend>{t('workspace.act.legend')}</legend>
          <div className="account-form">
            <label htmlFor={`${ids}-action`}>{t('workspace.act.action')}</label>
            <select id={`${ids}-action`} value={action} onChange={(event) => setAction(event.target.value as Action)}>
              {ACTIONS.filter((entry) => entry !== 'LOCK' || LOCKABLE.has(item.contentType)).map((entry) => (
                <option key={entry} value={entry}>
                  {t(`workspace.act.${entry}` as WorkspaceKey)}
                </option>
              ))}
            </select>
            {templates.length > 0 && (
              <>
                <label htmlFor={`${ids}-template`}>{t('workspace.act.template')}</label>
                <select id={`${ids}-template`} defaultValue="" onChange={(event) => setReason(templates.find((entry) => entry.id === event.target.value)?.reason ?? reason)}>
                  <option value="">{t('workspace.act.noTemplate')}</option>
                  {templates.map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {entry.title}
                    </option>
                  ))}
                </select>
              </>
            )}
            <label htmlFor={`${ids}-reason`}>{t('workspace.act.reason')}</label>
            <textarea
              id={`${ids}-reason`}
              value={reason}
              rows={3}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={`${ids}-reason-hint${reasonError ? ` ${ids}-reason-error` : ''}`}
              onChange={(event) => setReason(event.target.value)}
            />
            <p id={`${ids}-reason-hint`} className="hint">
              {t('workspace.act.reasonHint')}
            </p>
            {reasonError && (
              <p id={`${ids}-reason-error`} role="alert" className="form-error">
                {t(notice.key)}
              </p>
            )}
            <button type="submit" disabled={pending}>
              {t('workspace.act.submit')}
            </button>
          </div>
        </fieldset>
      </form>
    </article>
  );
}
