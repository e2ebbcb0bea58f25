import type { LoaderFunctionArgs } from 'react-router';
import { graphql } from '../graphql';
import { atomFeed, xmlResponse } from '../lib/atom';
import { graphqlRequest } from '../lib/graphql-client';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';

const SpaceFeedQuery = /* @__PURE__ */ graphql(`
  query SpaceFeed($id: ID!) {
    node(id: $id) {
      ... on Space {
        __typename
        id
        name
        community {
          slug
          name
        }
        threads(first: 30, orderBy: NEWEST) {
          edges {
            node {
              id
              title
              body
              createdAt
              updatedAt
              author {
                handle
              }
            }
          }
        }
      }
    }
  }
`);

/** Atom feed of a space's newest threads. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { node: found } = await orThrowResponse(graphqlRequest(SpaceFeedQuery, { id: params.space! }, { request }));
  const node = expectNode(found, 'Space');
  if (node.community.slug !== params.community) notFound();
  const page = new URL(`/c/${node.community.slug}/s/${node.id}`, request.url).toString();
  return xmlResponse(
    atomFeed({
      id: page,
      title: `${node.name} · ${node.community.name}`,
      url: page,
      selfUrl: `${page}/feed.xml`,
      entries: node.threads.edges.map(({ node: thread }) => {
        const url = new URL(`/c/${node.community.slug}/t/${thread.id}`, request.url).toString();
        return { id: url, title: thread.title, url, updated: thread.updatedAt, author: thread.author?.handle, summary: thread.body.slice(0, 500) };
      }),
    }),
  );
}
