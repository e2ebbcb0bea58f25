import { TokenLink } from '../../components/token-link';
import { graphql } from '../../graphql-account';
import { graphqlRequest } from '../../lib/graphql-client';

const ConfirmEmailChange = /* @__PURE__ */ graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token)
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

const send = (token: string) => graphqlRequest(ConfirmEmailChange, { token });

export default function ConfirmEmailPage() {
  return <TokenLink title="account.confirm.title" done="account.confirm.done" send={send} />;
}
