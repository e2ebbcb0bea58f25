import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { nodeOf } from './node-of';

const ThreadReplyCount = /* @__PURE__ */ graphql(`
  query ThreadReplyCount($id: ID!) {
    node(id: $id) {
      ... on Thread {
        __typename
        replyCount
      }
    }
  }
`);

/** The thread's reply count as the API knows it now (null when the thread is no longer visible). */
export async function fetchReplyCount(threadId: string): Promise<number | null> {
  const { node } = await graphqlRequest(ThreadReplyCount, { id: threadId });
  return nodeOf(node, 'Thread')?.replyCount ?? null;
}
