import { useState } from 'react';
import { Link } from 'react-router';
import { AccountForm, Field } from '../../components/account-form';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';
import { describeError } from '../../lib/account-errors';
import { useAccountT } from '../../lib/i18n/account-i18n';
import type { AccountKey } from '../../lib/i18n/account-en';

const SignUp = /* @__PURE__ */ graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

const ResendVerification = /* @__PURE__ */ graphql(`
  mutation ResendVerification($input: ResendVerificationInput!) {
    resendVerification(input: $input)
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

/**
 * signUp answers the same whether or not the email is registered, and opens no session: the link mailed to
 * a new address signs in, and a registered address's holder is told someone tried. So the page says only
 * to check the mailbox, as it would for anyone, and can ask for the email again.
 */
export default function SignUpPage() {
  const t = useAccountT();
  const [email, setEmail] = useState<string | null>(null);
  return (
    <section>
      <title>{`${t('account.signUp.title')} · Palabre`}</title>
      <h1>{t('account.signUp.title')}</h1>
      {email ? (
        <CheckMailbox email={email} />
      ) : (
        <>
          <AccountForm
            id="sign-up"
            fields={['handle', 'email', 'password']}
            submitLabel="account.signUp.submit"
            submit={(values) => graphqlRequest(SignUp, { input: { handle: values.handle, email: values.email, password: values.password } })}
            onDone={(_answer, values) => setEmail(values.email)}
          >
            {(errorFor) => (
              <>
                <Field name="handle" label="account.handle" autoComplete="username" hint="account.handleHint" error={errorFor('handle')} />
                <Field name="email" type="email" label="account.email" autoComplete="email" error={errorFor('email')} />
                <Field name="password" type="password" label="account.password" autoComplete="new-password" hint="account.passwordHint" error={errorFor('password')} />
              </>
            )}
          </AccountForm>
          <p>
            <Link to="/account/sign-in">{t('account.signUp.haveAccount')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/** After signing up: where the link went, and a button to send it again (the answer never says more). */
function CheckMailbox({ email }: { email: string }) {
  const t = useAccountT();
  const [pending, setPending] = useState(false);
  const [resent, setResent] = useState<{ key: AccountKey; ok: boolean } | null>(null);
  async function resend() {
    setPending(true);
    try {
      await graphqlRequest(ResendVerification, { input: { email } });
      setResent({ key: 'account.signUp.resent', ok: true });
    } catch (error) {
      setResent({ key: describeError(error, []).key, ok: false });
    } finally {
      setPending(false);
    }
  }
  return (
    <>
      <p role="status">{t('account.signUp.checkEmail', { email })}</p>
      <p>
        <button type="button" onClick={() => void resend()} disabled={pending}>
          {t('account.signUp.resend')}
        </button>
      </p>
      <div aria-live="polite">{resent && <p role={resent.ok ? 'status' : 'alert'}>{t(resent.key)}</p>}</div>
    </>
  );
}
