import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { describeError } from '../lib/account-errors';
import { FormFrame, useFormError } from '../lib/form-frame';
import { useAccountT } from '../lib/i18n/account-i18n';
import type { AccountKey } from '../lib/i18n/account-en';

/**
 * An account form: a real <form> with labelled inputs, sent through the API on submit. The inputs are
 * uncontrolled and never reset on an error, so nothing typed is lost; the API's error is shown next to the
 * field it concerns (aria-describedby, role=alert) and that field takes the focus.
 */
export function AccountForm<T>(props: {
  id: string;
  fields: readonly string[];
  fallbackField?: string;
  submit: (values: Record<string, string>) => Promise<T>;
  onDone: (result: T, values: Record<string, string>) => void;
  submitLabel: AccountKey;
  children: (errorFor: (field: string) => string | undefined) => ReactNode;
}) {
  const t = useAccountT();
  const [pending, setPending] = useState(false);
  const { setError, form, errorFor, formError } = useFormError(t);
  // The form is sent by script (the API sets the cookie); until the page is hydrated the button waits, so a
  // quick submit never falls back to a plain GET that would put the password in the address.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries([...new FormData(event.currentTarget)].map(([name, value]) => [name, String(value)]));
    setPending(true);
    setError(null);
    try {
      props.onDone(await props.submit(values), values);
    } catch (caught) {
      setError(describeError(caught, props.fields, props.fallbackField));
    } finally {
      setPending(false);
    }
  }

  return (
    <FormFrame
      id={props.id}
      className="account-form"
      form={form}
      onSubmit={onSubmit}
      formError={formError}
      pending={pending}
      disabled={!hydrated}
      pendingText={t('account.pending')}
      submitText={t(props.submitLabel)}
    >
      {props.children(errorFor)}
    </FormFrame>
  );
}

/** A labelled input with its hint and its error, both linked by aria-describedby. */
export function Field(props: { name: string; label: AccountKey; type?: string; autoComplete: string; hint?: AccountKey; error?: string; defaultValue?: string }) {
  const t = useAccountT();
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
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        required
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {props.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </>
  );
}
