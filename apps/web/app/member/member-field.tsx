import type { ReactNode } from 'react';
import { useMemberT } from '../lib/i18n/member-i18n';
import type { MemberKey } from '../lib/i18n/member-en';

/** A labelled, controlled text input with its hint and its error, both linked by aria-describedby. */
export function TextField(props: {
  name: string;
  label: MemberKey;
  value: string;
  onChange: (value: string) => void;
  hint?: MemberKey;
  error?: string;
  required?: boolean;
  after?: ReactNode;
}) {
  const t = useMemberT();
  const id = `field-${props.name}`;
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{t(props.label)}</label>
      {props.hint ? (
        <p id={`${id}-hint`} className="meta">
          {t(props.hint)}
        </p>
      ) : null}
      <input
        id={id}
        name={props.name}
        type="text"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        required={props.required}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {props.error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.after}
    </div>
  );
}

/** A message for the form as a whole (an error not about one field), announced when it appears. */
export function FormError({ text }: { text?: string }) {
  return text ? (
    <p className="form-error" role="alert">
      {text}
    </p>
  ) : null;
}
