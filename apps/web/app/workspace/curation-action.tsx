import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../lib/graphql-client';
import { useWorkspaceT, type WorkspaceTranslate } from '../lib/i18n/workspace-i18n';
import { describeWorkspaceError } from '../lib/workspace-errors';

/** A refusal as the moderator reads it: known codes in their language, anything else in the API's own words. */
function refusal(error: unknown, t: WorkspaceTranslate): { text: string; field: string | null } {
  if (!(error instanceof ApiError)) return { text: t('workspace.error.generic'), field: null };
  const field = error.fields.map((name) => name.replace(/^input\./, ''))[0] ?? null;
  if (error.code === 'PIN_LIMIT') return { text: t('workspace.curate.pinLimit'), field: null };
  const described = describeWorkspaceError(error);
  if (described.field === 'reason') return { text: t(described.key), field: 'reason' };
  if (error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT') return { text: error.message, field };
  return { text: t(described.key), field: null };
}

/** Runs one curation call; the refusal goes next to the field the API named, and what was typed stays. */
export function useCuration(onChanged: () => Promise<unknown>) {
  const t = useWorkspaceT();
  const ids = useId();
  const [error, setError] = useState<{ text: string; field: string | null } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function run(call: () => Promise<unknown>, doneText: string, after?: () => void) {
    setPending(true);
    setDone(null);
    try {
      await call();
      setError(null);
      setDone(doneText);
      after?.();
      await onChanged();
    } catch (failure) {
      const found = refusal(failure, t);
      setError(found);
      if (found.field) document.getElementById(`${ids}-${found.field}`)?.focus();
    } finally {
      setPending(false);
    }
  }
  /** Props of an input for `field`: its id, and its error wiring when the API named it. */
  const field = (name: string) => ({
    id: `${ids}-${name}`,
    'aria-invalid': error?.field === name ? true : undefined,
    'aria-describedby': error?.field === name ? `${ids}-${name}-error` : undefined,
  });
  const fieldError = (name: string) =>
    error?.field === name ? (
      <p id={`${ids}-${name}-error`} role="alert" className="form-error">
        {error.text}
      </p>
    ) : null;
  // A refusal about no particular field (or a field this form does not show), and the confirmation.
  const status = (fields: string[]): ReactNode => (
    <>
      {error && (!error.field || !fields.includes(error.field)) && (
        <p role="alert" className="form-error">
          {error.text}
        </p>
      )}
      <div aria-live="polite" className="live-region">
        {done && <p className="badge ok">{done}</p>}
      </div>
    </>
  );
  const submit = (handler: () => void) => (event: FormEvent) => {
    event.preventDefault();
    handler();
  };
  return { run, field, fieldError, status, submit, pending };
}
