import { useState } from 'react';
import { Link } from 'react-router';
import { AccountForm, Field } from '../../components/account-form';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';
import { useAccountT } from '../../lib/i18n/account-i18n';
import { signedIn } from '../../lib/session-bootstrap';

const SignUp = /* @__PURE__ */ graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

const SignInAfterSignUp = /* @__PURE__ */ graphql(`
  mutation SignInAfterSignUp($input: SignInInput!) {
    signIn(input: $input, session: COOKIE) {
      accessToken
      member {
        handle
      }
    }
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

/**
 * signUp answers the same whether or not the email is registered (it opens no session), so the page signs
 * in next with what was typed. When that fails the email belonged to an account already: its holder was
 * mailed, and the page says only to check the mailbox, as it would for anyone.
 */
async function signUpThenSignIn(values: Record<string, string>) {
  await graphqlRequest(SignUp, { input: { handle: values.handle, email: values.email, password: values.password } });
  return graphqlRequest(SignInAfterSignUp, { input: { email: values.email, password: values.password } }).then(
    (data) => data.signIn,
    () => null,
  );
}

export default function SignUpPage() {
  const t = useAccountT();
  const [done, setDone] = useState<{ handle: string | null; email: string } | null>(null);
  return (
    <section>
      <title>{`${t('account.signUp.title')} · Palabre`}</title>
      <h1>{t('account.signUp.title')}</h1>
      {done ? (
        <p role="status">{done.handle ? t('account.signUp.done', { handle: done.handle, email: done.email }) : t('account.signUp.checkEmail', { email: done.email })}</p>
      ) : (
        <>
          <AccountForm
            id="sign-up"
            fields={['handle', 'email', 'password']}
            submitLabel="account.signUp.submit"
            submit={signUpThenSignIn}
            onDone={(session, values) => {
              if (session) signedIn(session);
              setDone({ handle: session?.member.handle ?? null, email: values.email });
            }}
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
