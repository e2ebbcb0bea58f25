import { useState, type FormEvent, type ReactNode } from 'react';
import { FormFrame, useFormError } from '../lib/form-frame';
import type { BrandKey } from '../lib/i18n/brand-en';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { setSession } from '../lib/session';
import { describeBrandError } from './brand-errors';

/**
 * A workspace form: uncontrolled inputs never reset on an error (nothing typed is lost); the API's refusal goes
 * next to the field it concerns (aria-describedby, role=alert) and focuses it, or under the form.
 */
export function BrandForm<T>(props: {
  id: string;
  fields: readonly string[];
  submit: (values: Record<string, string>, form: FormData) => Promise<T>;
  onDone: (result: T, form: HTMLFormElement) => void;
  submitLabel: BrandKey;
  className?: string;
  children: (errorFor: (field: string) => string | undefined) => ReactNode;
}) {
  const t = useBrandT();
  const [pending, setPending] = useState(false);
  const { setError, form, errorFor, formError } = useFormError(t);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const values = Object.fromEntries([...data].map(([name, value]) => [name, String(value)]));
    setError(null);
    setPending(true);
    try {
      props.onDone(await props.submit(values, data), element);
    } catch (caught) {
      const described = describeBrandError(caught, props.fields);
      if (described.key === 'brand.error.signedOut') setSession(null);
      setError(described);
    } finally {
      setPending(false);
    }
  }

  return (
    <FormFrame
      id={props.id}
      className={props.className ?? 'account-form'}
      form={form}
      onSubmit={onSubmit}
      formError={formError}
      pending={pending}
      pendingText={t('brand.pending')}
      submitText={t(props.submitLabel)}
    >
      {props.children(errorFor)}
    </FormFrame>
  );
}

/** A labelled input (or textarea) with its hint and error, linked by aria-describedby. */
export function BrandField(props: {
  form: string;
  name: string;
  label: BrandKey;
  type?: string;
  multiline?: boolean;
  hint?: BrandKey;
  error?: string;
  defaultValue?: string;
  inputMode?: 'numeric' | 'text';
}) {
  const t = useBrandT();
  const id = `${props.form}-${props.name}`;
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = { id, name: props.name, defaultValue: props.defaultValue, 'aria-invalid': props.error ? true : undefined, 'aria-describedby': described };
  return (
    <>
      <label htmlFor={id}>{t(props.label)}</label>
      {props.hint && (
        <p id={`${id}-hint`} className="meta">
          {t(props.hint)}
        </p>
      )}
      {props.multiline ? <textarea rows={3} {...common} /> : <input type={props.type ?? 'text'} autoComplete="off" inputMode={props.inputMode} {...common} />}
      {props.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </>
  );
}
