import type { LoaderFunctionArgs } from 'react-router';
import { graphql } from '../graphql';
import { xmlResponse } from '../lib/atom';
import { graphqlRequest } from '../lib/graphql-client';
import { orThrowResponse } from '../lib/route-errors';

const SitemapQuery = graphql(`
  query Sitemap {
    communities(first: 50) {
      edges {
        node {
          slug
          visibility
          spaces {
            id
            kind
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
    }
  }
`);

const SitemapIdeasQuery = graphql(`
  query SitemapIdeas($spaceId: ID!) {
    ideas(spaceId: $spaceId, first: 100, orderBy: NEWEST) {
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
  const ideaSpaces: { slug: string; id: string }[] = [];
  for (const { node: community } of data.communities.edges) {
    if (community.visibility !== 'PUBLIC') continue;
    urls.push({ loc: `${origin}/c/${community.slug}` });
    for (const space of community.spaces) {
      if (space.kind === 'IDEAS') {
        urls.push({ loc: `${origin}/c/${community.slug}/ideas/${space.id}` });
        ideaSpaces.push({ slug: community.slug, id: space.id });
        continue;
      }
      urls.push({ loc: `${origin}/c/${community.slug}/s/${space.id}` });
      for (const { node: thread } of space.threads.edges) {
        if (!thread.hidden && !thread.deleted) urls.push({ loc: `${origin}/c/${community.slug}/t/${thread.id}`, lastmod: thread.lastActivityAt });
      }
    }
  }
  // Ideas are listed per space by the API: one more request per ideas space (a handful), for crawlers only.
  const ideaLists = await Promise.all(ideaSpaces.map((space) => orThrowResponse(graphqlRequest(SitemapIdeasQuery, { spaceId: space.id }))));
  ideaLists.forEach((list, index) => {
    for (const { node: idea } of list.ideas.edges) urls.push({ loc: `${origin}/c/${ideaSpaces[index].slug}/i/${idea.id}`, lastmod: idea.updatedAt });
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `  <url><loc>${url.loc}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
  return xmlResponse(body, 'application/xml');
}
