import type { LoaderFunctionArgs } from 'react-router';
import { graphql } from '../graphql';
import { atomFeed, xmlResponse } from '../lib/atom';
import { graphqlRequest } from '../lib/graphql-client';
import { formatters } from '../lib/i18n/i18n';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';

const IdeaStatusFeedQuery = /* @__PURE__ */ graphql(`
  query IdeaStatusFeed($spaceId: ID!) {
    node(id: $spaceId) {
      ... on Space {
        __typename
        id
        name
        community {
          slug
          name
          locale
        }
      }
    }
    ideas(spaceId: $spaceId, first: 40, orderBy: NEWEST, filter: { includeClosed: true }) {
      edges {
        node {
          id
          title
          statusHistory {
            at
            to
            rationale
            changedBy {
              handle
            }
          }
        }
      }
    }
  }
`);

/** Atom feed of the status changes of a space's ideas, newest first, each with its public rationale. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const data = await orThrowResponse(graphqlRequest(IdeaStatusFeedQuery, { spaceId: params.space! }, { request }));
  const space = expectNode(data.node, 'Space');
  if (space.community.slug !== params.community) notFound();
  const { t } = formatters(space.community.locale === 'FR' ? 'fr' : 'en');
  const page = new URL(`/c/${space.community.slug}/ideas/${space.id}`, request.url).toString();
  const entries = data.ideas.edges
    .flatMap(({ node: idea }) =>
      idea.statusHistory.map((change) => {
        const url = new URL(`/c/${space.community.slug}/i/${idea.id}`, request.url).toString();
        return { id: `${url}#${change.at}`, title: `${idea.title}: ${t(`status.${change.to}`)}`, url, updated: change.at, author: change.changedBy?.handle, summary: change.rationale };
      }),
    )
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .slice(0, 50);
  return xmlResponse(atomFeed({ id: `${page}#status`, title: `${t('ideas.feed')} · ${space.name}`, url: page, selfUrl: `${page}/feed.xml`, entries }));
}
