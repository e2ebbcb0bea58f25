import type { LoaderFunctionArgs } from 'react-router';
import { graphql } from '../graphql';
import { xmlResponse } from '../lib/atom';
import { graphqlRequest } from '../lib/graphql-client';
import { orThrowResponse } from '../lib/route-errors';

const SitemapQuery = /* @__PURE__ */ graphql(`
  query Sitemap {
    communities(first: 50) {
      edges {
        node {
          slug
          visibility
          spaces {
            id
            kind
          }
        }
      }
    }
  }
`);

const SitemapThreadsQuery = /* @__PURE__ */ graphql(`
  query SitemapThreads($spaceId: ID!) {
    node(id: $spaceId) {
      ... on Space {
        threads(first: 100, orderBy: NEWEST) {
          edges {
            node {
              id
              lastActivityAt
              hidden
              deleted
            }
          }
        }
      }
    }
  }
`);

const SitemapIdeasQuery = /* @__PURE__ */ graphql(`
  query SitemapIdeas($spaceId: ID!) {
    ideas(spaceId: $spaceId, first: 100, orderBy: NEWEST, filter: { includeClosed: true }) {
      edges {
        node {
          id
          updatedAt
        }
      }
    }
  }
`);

/**
 * Public communities, their threads and ideas; never private or hidden content. The request is anonymous
 * (no session is forwarded), so the API itself only returns what anyone may read; we filter again anyway.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const origin = new URL(request.url).origin;
  const data = await orThrowResponse(graphqlRequest(SitemapQuery, {}));
  const urls: { loc: string; lastmod?: string }[] = [{ loc: `${origin}/` }];
  const spaces: { slug: string; id: string; kind: string }[] = [];
  for (const { node: community } of data.communities.edges) {
    if (community.visibility !== 'PUBLIC') continue;
    urls.push({ loc: `${origin}/c/${community.slug}` });
    for (const space of community.spaces) {
      urls.push({ loc: `${origin}/c/${community.slug}/${space.kind === 'IDEAS' ? 'ideas' : 's'}/${space.id}` });
      spaces.push({ slug: community.slug, id: space.id, kind: space.kind });
    }
  }
  // The API's cost limit keeps lists per space: one more request per space (a handful), for crawlers only.
  const lists = await Promise.all(
    spaces.map(async (space) => {
      if (space.kind === 'IDEAS') {
        const { ideas } = await orThrowResponse(graphqlRequest(SitemapIdeasQuery, { spaceId: space.id }));
        return ideas.edges.map(({ node }) => ({ loc: `${origin}/c/${space.slug}/i/${node.id}`, lastmod: node.updatedAt }));
      }
      const { node } = await orThrowResponse(graphqlRequest(SitemapThreadsQuery, { spaceId: space.id }));
      const threads = node && 'threads' in node ? node.threads.edges.map((edge) => edge.node) : [];
      return threads.filter((thread) => !thread.hidden && !thread.deleted).map((thread) => ({ loc: `${origin}/c/${space.slug}/t/${thread.id}`, lastmod: thread.lastActivityAt }));
    }),
  );
  urls.push(...lists.flat());
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `  <url><loc>${url.loc}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
  return xmlResponse(body, 'application/xml');
}
