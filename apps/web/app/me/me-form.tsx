import { useState, type FormEvent, type ReactNode } from 'react';
import { FormFrame, useFormError } from '../lib/form-frame';
import type { MeKey } from '../lib/i18n/me-en';
import { useMeT } from '../lib/i18n/me-i18n';
import { setSession } from '../lib/session';
import { describeMeError, type MeErrorMessage } from './me-errors';

/**
 * A member form: uncontrolled inputs that are never reset on an error (nothing typed is lost), sent through the
 * API on submit; an error goes next to the field it concerns (aria-describedby, role=alert) and focuses it.
 * `check` refuses obviously wrong input before it is sent, with the same kind of message.
 */
export function MeForm<T>(props: {
  id: string;
  fields: readonly string[];
  submit: (values: Record<string, string>, form: FormData) => Promise<T>;
  onDone: (result: T, values: Record<string, string>) => void;
  check?: (values: Record<string, string>) => MeErrorMessage | null;
  submitLabel: MeKey;
  children: (errorFor: (field: string) => string | undefined) => ReactNode;
}) {
  const t = useMeT();
  const [pending, setPending] = useState(false);
  const { setError, form, errorFor, formError } = useFormError(t);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = Object.fromEntries([...data].map(([name, value]) => [name, String(value)]));
    const refused = props.check?.(values) ?? null;
    setError(refused);
    if (refused) return;
    setPending(true);
    try {
      props.onDone(await props.submit(values, data), values);
    } catch (caught) {
      const described = describeMeError(caught, props.fields);
      if (described.key === 'me.error.signedOut') setSession(null);
      setError(described);
    } finally {
      setPending(false);
    }
  }

  return (
    <FormFrame id={props.id} className="account-form" form={form} onSubmit={onSubmit} formError={formError} pending={pending} pendingText={t('me.pending')} submitText={t(props.submitLabel)}>
      {props.children(errorFor)}
    </FormFrame>
  );
}

/** A labelled input with its hint and its error, both linked by aria-describedby. */
export function MeField(props: {
  name: string;
  label: MeKey;
  type?: string;
  autoComplete?: string;
  hint?: MeKey;
  error?: string;
  defaultValue?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text';
}) {
  const t = useMeT();
  const id = `field-${props.name}`;
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <>
      <label htmlFor={id}>{t(props.label)}</label>
      {props.hint && (
        <p id={`${id}-hint`} className="meta">
          {t(props.hint)}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
      />
      <FieldError id={`${id}-error`} error={props.error} />
    </>
  );
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="field-error" role="alert">
      {error}
    </p>
  ) : null;
}
