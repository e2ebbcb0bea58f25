import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../graphql-workspace';
import { ApiError, graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import { describeWorkspaceError } from '../lib/workspace-errors';
import { RunningSuspensions } from './running-suspensions';

const MemberByHandle = /* @__PURE__ */ graphql(`
  query MemberByHandle($communityId: ID!, $prefix: String!) {
    handleSuggestions(communityId: $communityId, prefix: $prefix) {
      id
      handle
    }
  }
`);

const SuspendMember = /* @__PURE__ */ graphql(`
  mutation SuspendMember($input: SuspendMemberInput!) {
    suspendMember(input: $input) {
      id
      until
    }
  }
`);

/** A member's id from their exact handle (the API offers handle suggestions to members of the community). */
export async function memberIdOf(communityId: string, handle: string): Promise<string | null> {
  const clean = handle.trim().replace(/^@/, '');
  if (!clean) return null;
  const result = await graphqlRequest(MemberByHandle, { communityId, prefix: clean });
  return result.handleSuggestions.find((member) => member.handle.toLowerCase() === clean.toLowerCase())?.id ?? null;
}

type Field = 'handle' | 'until' | 'reason' | null;

function fieldOf(error: unknown): { key: WorkspaceKey; field: Field } {
  const described = describeWorkspaceError(error);
  if (!(error instanceof ApiError)) return { key: described.key, field: null };
  const fields = error.fields.map((field) => field.replace(/^input\./, ''));
  if (error.code === 'BAD_USER_INPUT' && fields.includes('until')) return { key: 'workspace.suspend.untilFuture', field: 'until' };
  if (error.code === 'BAD_USER_INPUT' && fields.includes('memberId')) return { key: 'workspace.suspend.notYourself', field: 'handle' };
  if (error.code === 'FORBIDDEN') return { key: 'workspace.suspend.forbidden', field: 'handle' };
  if (error.code === 'NOT_FOUND') return { key: 'workspace.suspend.noneRunning', field: 'handle' };
  return { key: described.key, field: described.field === 'reason' ? 'reason' : null };
}

/** The running suspensions, each of which can be lifted early, and a form to set one (the member keeps reading but cannot write until the date), always with a reason. */
export function Suspensions({ communityId }: { communityId: string }) {
  const t = useWorkspaceT();
  const { dateTime } = useI18n();
  const ids = useId();
  const [handle, setHandle] = useState('');
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ key: WorkspaceKey; field: Field } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [version, setVersion] = useState(0);

  function lifted(who: string) {
    setDone(t('workspace.suspend.lifted', { handle: who }));
    setVersion((value) => value + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setDone(null);
    try {
      const memberId = await memberIdOf(communityId, handle);
      if (!memberId) {
        setError({ key: 'workspace.suspend.unknownMember', field: 'handle' });
        return;
      }
      if (!until) {
        setError({ key: 'workspace.suspend.untilFuture', field: 'until' });
        return;
      }
      const result = await graphqlRequest(SuspendMember, { input: { communityId, memberId, reason, until: new Date(until).toISOString() } });
      setDone(t('workspace.suspend.done', { handle, date: dateTime(result.suspendMember.until) }));
      setVersion((value) => value + 1);
      setError(null);
    } catch (failure) {
      setError(fieldOf(failure));
    } finally {
      setPending(false);
    }
  }

  const invalid = (field: Field) => (error?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${ids}-error` } : {});
  const message = (field: Field) =>
    error?.field === field && (
      <p id={`${ids}-error`} role="alert" className="form-error">
        {t(error.key)}
      </p>
    );

  return (
    <section aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('workspace.suspend.title')}</h2>
      <div aria-live="polite" className="live-region">
        {done && <p className="badge ok">{done}</p>}
      </div>
      <RunningSuspensions communityId={communityId} version={version} onLifted={lifted} />
      <form onSubmit={(event) => void submit(event)} noValidate className="account-form" aria-labelledby={`${ids}-set`}>
        <h3 id={`${ids}-set`}>{t('workspace.suspend.set')}</h3>
        <label htmlFor={`${ids}-handle`}>{t('workspace.suspend.handle')}</label>
        <input id={`${ids}-handle`} value={handle} autoComplete="off" onChange={(event) => setHandle(event.target.value)} {...invalid('handle')} />
        {message('handle')}
        <label htmlFor={`${ids}-until`}>{t('workspace.suspend.until')}</label>
        <input id={`${ids}-until`} type="datetime-local" value={until} onChange={(event) => setUntil(event.target.value)} {...invalid('until')} />
        {message('until')}
        <label htmlFor={`${ids}-reason`}>{t('workspace.suspend.reason')}</label>
        <textarea id={`${ids}-reason`} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} {...invalid('reason')} />
        {message('reason')}
        {error?.field === null && (
          <p role="alert" className="form-error">
            {t(error.key)}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={pending}>
            {t('workspace.suspend.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
