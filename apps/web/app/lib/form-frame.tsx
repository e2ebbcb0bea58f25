import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';

/** An error message from one of the catalogues: next to `field`, or for the form as a whole when it is null. */
export interface FieldErrorMessage<K extends string> {
  field: string | null;
  key: K;
}

/**
 * The error state the account, member and workspace forms share: the field an error concerns takes the focus,
 * `errorFor` gives its text (aria-describedby, role=alert in the fields) and `formError` the text for the form.
 */
export function useFormError<K extends string>(t: (key: K) => string) {
  const [error, setError] = useState<FieldErrorMessage<K> | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (error?.field) (form.current?.elements.namedItem(error.field) as HTMLInputElement | null)?.focus();
  }, [error]);
  const errorFor = (field: string) => (error?.field === field ? t(error.key) : undefined);
  const formError = error && !error.field ? t(error.key) : undefined;
  return { setError, form, errorFor, formError };
}

/** The <form> around uncontrolled inputs (never reset on an error: nothing typed is lost), its error and its button. */
export function FormFrame(props: {
  id: string;
  className: string;
  form: RefObject<HTMLFormElement | null>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  formError: string | undefined;
  pending: boolean;
  /** Kept disabled while true (besides while pending). */
  disabled?: boolean;
  pendingText: string;
  submitText: string;
  children: ReactNode;
}) {
  return (
    <form ref={props.form} className={props.className} id={props.id} method="post" onSubmit={(event) => void props.onSubmit(event)} noValidate>
      {props.children}
      {props.formError !== undefined && (
        <p className="form-error" role="alert">
          {props.formError}
        </p>
      )}
      <button type="submit" disabled={props.pending || props.disabled}>
        {props.pending ? props.pendingText : props.submitText}
      </button>
    </form>
  );
}
