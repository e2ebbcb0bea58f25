import { Link, useNavigate, useSearchParams } from 'react-router';
import { AccountForm, Field } from '../../components/account-form';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';
import { useAccountT } from '../../lib/i18n/account-i18n';
import { signedIn } from '../../lib/session-bootstrap';

const SignIn = /* @__PURE__ */ graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input, session: COOKIE) {
      accessToken
      member {
        handle
      }
    }
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

export default function SignInPage() {
  const t = useAccountT();
  const navigate = useNavigate();
  // Back to where the member was asked to sign in; only a path of this site (never `//host`).
  const next = useSearchParams()[0].get('next') ?? '';
  const target = /^\/(?![/\\])/.test(next) ? next : '/';
  return (
    <section>
      <title>{`${t('account.signIn.title')} · Palabre`}</title>
      <h1>{t('account.signIn.title')}</h1>
      <AccountForm
        id="sign-in"
        fields={['email', 'password']}
        fallbackField="password"
        submitLabel="account.signIn.submit"
        submit={(values) => graphqlRequest(SignIn, { input: { email: values.email, password: values.password } })}
        onDone={(data) => {
          signedIn(data.signIn);
          void navigate(target);
        }}
      >
        {(errorFor) => (
          <>
            <Field name="email" type="email" label="account.email" autoComplete="email" error={errorFor('email')} />
            <Field name="password" type="password" label="account.password" autoComplete="current-password" error={errorFor('password')} />
          </>
        )}
      </AccountForm>
      <p>
        <Link to="/account/forgot-password">{t('account.signIn.forgot')}</Link>
      </p>
      <p>
        <Link to="/account/sign-up">{t('account.signIn.noAccount')}</Link>
      </p>
    </section>
  );
}
