import { useCallback } from 'react';
import { graphqlRequest } from '../lib/graphql-client';
import { graphql } from '../graphql-me';
import { useMeT } from '../lib/i18n/me-i18n';
import { MeField, MeForm } from './me-form';
import { MeScreen, meMeta, useMeData } from './me-screen';

const ChangePassword = /* @__PURE__ */ graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const meta = meMeta;

/** Change the password (the current one is required); the API ends every other session and keeps this one. */
export default function PasswordPage() {
  const t = useMeT();
  // Nothing to read first: the screen only needs to know the session.
  const load = useCallback(() => Promise.resolve(true), []);
  const { data, notice, setNotice } = useMeData(load);
  return (
    <MeScreen title="me.password.title" notice={notice} loaded={Boolean(data)}>
      {() => (
        <MeForm
          id="change-password"
          fields={['currentPassword', 'newPassword']}
          submitLabel="me.password.submit"
          submit={(values) => graphqlRequest(ChangePassword, { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } })}
          onDone={() => setNotice({ text: t('me.password.done'), ok: true })}
        >
          {(errorFor) => (
            <>
              <MeField name="currentPassword" type="password" label="me.password.current" autoComplete="current-password" required error={errorFor('currentPassword')} />
              <MeField name="newPassword" type="password" label="me.password.new" hint="me.password.hint" autoComplete="new-password" required error={errorFor('newPassword')} />
            </>
          )}
        </MeForm>
      )}
    </MeScreen>
  );
}
