import { useState } from 'react';
import { AccountForm, Field } from '../../components/account-form';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';
import { useAccountT } from '../../lib/i18n/account-i18n';

const RequestPasswordReset = /* @__PURE__ */ graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(input: { email: $email })
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

export default function ForgotPasswordPage() {
  const t = useAccountT();
  const [sent, setSent] = useState(false);
  return (
    <section>
      <title>{`${t('account.forgot.title')} · Palabre`}</title>
      <h1>{t('account.forgot.title')}</h1>
      {sent ? (
        <p role="status">{t('account.forgot.done')}</p>
      ) : (
        <>
          <p id="forgot-intro">{t('account.forgot.intro')}</p>
          <AccountForm
            id="forgot-password"
            fields={['email']}
            submitLabel="account.forgot.submit"
            submit={(values) => graphqlRequest(RequestPasswordReset, { email: values.email })}
            onDone={() => setSent(true)}
          >
            {(errorFor) => <Field name="email" type="email" label="account.email" autoComplete="email" error={errorFor('email')} />}
          </AccountForm>
        </>
      )}
    </section>
  );
}
