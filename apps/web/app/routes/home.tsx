import { Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { graphql } from '../graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { formatters, resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { orThrowResponse } from '../lib/route-errors';

const HomePageQuery = /* @__PURE__ */ graphql(`
  query HomePage {
    communities(first: 50) {
      edges {
        node {
          id
          slug
          name
          description
          locale
          memberCount
          visibility
        }
      }
    }
  }
`);

export async function loader({ request }: LoaderFunctionArgs) {
  const data = await orThrowResponse(graphqlRequest(HomePageQuery, {}, { request }));
  return {
    locale: resolveLocale({ acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, '/'),
    communities: data.communities.edges.map((edge) => edge.node),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) => {
  if (!data) return [];
  const { t } = formatters(data.locale);
  return pageMeta({ title: t('home.title'), description: t('app.tagline'), url: data.url, locale: data.locale });
};

export default function HomePage() {
  const { communities } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  return (
    <>
      <h1>{i18n.t('home.title')}</h1>
      <p className="lead">{i18n.t('app.tagline')}</p>
      <ul className="cards">
        {communities.map((community) => (
          <li className="card" key={community.id} lang={community.locale.toLowerCase()}>
            <h2>
              <Link to={`/c/${community.slug}`}>{community.name}</Link>
            </h2>
            <p>{community.description}</p>
            <p className="meta">{i18n.t('home.members', { count: i18n.number(community.memberCount) })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
