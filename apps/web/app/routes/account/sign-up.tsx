import { useState } from 'react';
import { Link } from 'react-router';
import { AccountForm, Field } from '../../components/account-form';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';
import { useAccountT } from '../../lib/i18n/account-i18n';
import { signedIn } from '../../lib/session-bootstrap';

const SignUp = /* @__PURE__ */ graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input, session: COOKIE) {
      accessToken
      member {
        handle
      }
    }
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

export default function SignUpPage() {
  const t = useAccountT();
  const [done, setDone] = useState<{ handle: string; email: string } | null>(null);
  return (
    <section>
      <title>{`${t('account.signUp.title')} · Palabre`}</title>
      <h1>{t('account.signUp.title')}</h1>
      {done ? (
        <p role="status">{t('account.signUp.done', done)}</p>
      ) : (
        <>
          <AccountForm
            id="sign-up"
            fields={['handle', 'email', 'password']}
            submitLabel="account.signUp.submit"
            submit={(values) => graphqlRequest(SignUp, { input: { handle: values.handle, email: values.email, password: values.password } })}
            onDone={(data, values) => {
              signedIn(data.signUp);
              setDone({ handle: data.signUp.member.handle, email: values.email });
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
