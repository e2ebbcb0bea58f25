import { useCallback } from 'react';
import { graphql } from '../graphql-me';
import { graphqlRequest } from '../lib/graphql-client';
import { useMeT } from '../lib/i18n/me-i18n';
import { MeField, MeForm } from './me-form';
import { MeScreen, meMeta, useMeData } from './me-screen';

const MyEmail = /* @__PURE__ */ graphql(`
  query MyEmail {
    me {
      id
      email
    }
  }
`);

const ChangeEmail = /* @__PURE__ */ graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input)
  }
`);

export const meta = meMeta;

/** Change the email: it replaces the current one once confirmed through the link sent to it (/account/confirm-email). */
export default function EmailPage() {
  const t = useMeT();
  const load = useCallback(() => graphqlRequest(MyEmail, {}).then((data) => data.me), []);
  const { data, notice, setNotice } = useMeData(load);
  return (
    <MeScreen title="me.email.title" notice={notice} loaded={Boolean(data)}>
      {() => (
        <>
          <p>{t('me.email.current', { email: data!.email ?? '' })}</p>
          <MeForm
            id="change-email"
            fields={['newEmail', 'currentPassword']}
            submitLabel="me.email.submit"
            submit={(values) => graphqlRequest(ChangeEmail, { input: { newEmail: values.newEmail.trim(), currentPassword: values.currentPassword } })}
            onDone={(_result, values) => setNotice({ text: t('me.email.done', { email: values.newEmail.trim() }), ok: true })}
          >
            {(errorFor) => (
              <>
                <MeField name="newEmail" type="email" label="me.email.new" autoComplete="email" required error={errorFor('newEmail')} />
                <MeField name="currentPassword" type="password" label="me.email.currentPassword" autoComplete="current-password" required error={errorFor('currentPassword')} />
              </>
            )}
          </MeForm>
        </>
      )}
    </MeScreen>
  );
}
