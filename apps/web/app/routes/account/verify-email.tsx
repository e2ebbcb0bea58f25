import { useNavigate } from 'react-router';
import { TokenLink } from '../../components/token-link';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';
import { signedIn } from '../../lib/session-bootstrap';

const VerifyEmail = /* @__PURE__ */ graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token, session: COOKIE) {
      accessToken
      member {
        handle
      }
    }
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

const send = (token: string) => graphqlRequest(VerifyEmail, { token });

/** The link from the sign-up email proves the address and signs in: one click from the mailbox to the communities. */
export default function VerifyEmailPage() {
  const navigate = useNavigate();
  return (
    <TokenLink
      title="account.verify.title"
      done="account.verify.done"
      send={send}
      onDone={(data) => {
        signedIn(data.verifyEmail);
        void navigate('/', { replace: true });
      }}
    />
  );
}
