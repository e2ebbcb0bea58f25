import { Form, Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { graphql } from '../graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { formatters, resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';
import { snippetParts } from '../lib/snippet';

// The community's id travels in the form (`in`), so the page needs one request: the community and the hits together.
const SearchPageQuery = /* @__PURE__ */ graphql(`
  query SearchPage($communityId: ID!, $query: String!) {
    node(id: $communityId) {
      ... on Community {
        __typename
        id
        slug
        name
        locale
      }
    }
    search(input: { communityId: $communityId, query: $query, first: 20 }) {
      totalCount
      edges {
        node {
          kind
          snippet
          thread {
            id
            title
          }
          reply {
            id
          }
        }
      }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const query = (search.get('q') ?? '').trim();
  const communityId = search.get('in') ?? '';
  if (!communityId || !query) notFound();
  const data = await orThrowResponse(graphqlRequest(SearchPageQuery, { communityId, query }, { request }));
  const community = expectNode(data.node, 'Community');
  if (community.slug !== params.community) notFound();
  return {
    community,
    query,
    total: data.search.totalCount,
    hits: data.search.edges.map((edge) => ({ ...edge.node, parts: snippetParts(edge.node.snippet) })),
    locale: resolveLocale({ community: community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${community.slug}/search`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) => {
  if (!data) return [];
  const { t } = formatters(data.locale);
  // Result pages are not for search engines.
  return [...pageMeta({ title: `${t('search.title')} · ${data.community.name}`, description: data.query, url: data.url, locale: data.locale }), { name: 'robots', content: 'noindex' }];
};

export default function SearchPage() {
  const { community, query, total, hits } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={`/c/${community.slug}`}>{community.name}</Link>
      </nav>
      <h1>{t('search.title')}</h1>
      <Form method="get" className="search-form" role="search">
        <input type="hidden" name="in" value={community.id} />
        <label htmlFor="search-query">{t('search.label')}</label>
        <input id="search-query" name="q" type="search" defaultValue={query} required />
        <button type="submit">{t('search.submit')}</button>
      </Form>
      <p role="status">{total === 0 ? t('search.none') : t('search.results', { count: i18n.number(total), query })}</p>
      <ol className="cards">
        {hits.map((hit) => (
          <li className="card" key={`${hit.thread.id}-${hit.reply?.id ?? ''}`}>
            <h2>
              <Link to={`/c/${community.slug}/t/${hit.thread.id}${hit.reply ? `#reply-${hit.reply.id}` : ''}`}>{hit.thread.title}</Link>
            </h2>
            {hit.kind === 'REPLY' ? <p className="meta">{t('search.inReply')}</p> : null}
            <p>
              {hit.parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
