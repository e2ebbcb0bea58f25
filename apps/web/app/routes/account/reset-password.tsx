import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AccountForm, Field } from '../../components/account-form';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';
import { useAccountT } from '../../lib/i18n/account-i18n';
import { setSession } from '../../lib/session';

const ResetPassword = /* @__PURE__ */ graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(input: { token: $token, newPassword: $newPassword })
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

export default function ResetPasswordPage() {
  const t = useAccountT();
  const token = useSearchParams()[0].get('token') ?? '';
  const [done, setDone] = useState(false);
  return (
    <section>
      <title>{`${t('account.reset.title')} · Palabre`}</title>
      <h1>{t('account.reset.title')}</h1>
      {!token ? (
        <p role="alert">{t('account.missingToken')}</p>
      ) : done ? (
        <>
          <p role="status">{t('account.reset.done')}</p>
          <p>
            <Link to="/account/sign-in">{t('account.toSignIn')}</Link>
          </p>
        </>
      ) : (
        <AccountForm
          id="reset-password"
          fields={['newPassword']}
          // A refused token is about the link, not the password typed: shown for the whole form.
          submitLabel="account.reset.submit"
          submit={(values) => graphqlRequest(ResetPassword, { token, newPassword: values.newPassword })}
          onDone={() => {
            // Every session of the account ended, this browser's too.
            setSession(null);
            setDone(true);
          }}
        >
          {(errorFor) => (
            <Field name="newPassword" type="password" label="account.newPassword" autoComplete="new-password" hint="account.passwordHint" error={errorFor('newPassword')} />
          )}
        </AccountForm>
      )}
    </section>
  );
}
