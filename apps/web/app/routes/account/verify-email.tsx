import { TokenLink } from '../../components/token-link';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';

const VerifyEmail = /* @__PURE__ */ graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

const send = (token: string) => graphqlRequest(VerifyEmail, { token });

export default function VerifyEmailPage() {
  return <TokenLink title="account.verify.title" done="account.verify.done" send={send} />;
}
