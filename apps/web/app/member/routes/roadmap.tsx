import { Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { SpaceHeading } from '../../components/space-heading';
import { graphql } from '../../graphql-member';
import { graphqlRequest } from '../../lib/graphql-client';
import { formatters, resolveLocale, useI18n } from '../../lib/i18n/i18n';
import { useMemberT } from '../../lib/i18n/member-i18n';
import { canonical, pageMeta } from '../../lib/meta';
import { expectNode, notFound, orThrowResponse } from '../../lib/route-errors';

// Its own route and its own documents (graphql-member): the idea board's first load does not carry it.
const RoadmapQuery = /* @__PURE__ */ graphql(`
  query Roadmap($id: ID!) {
    node(id: $id) {
      ... on Space {
        __typename
        id
        name
        description
        kind
        community {
          slug
          name
          locale
        }
      }
    }
    ideaRoadmap(spaceId: $id, perStatus: 20) {
      status
      totalCount
      ideas {
        id
        title
        supportCount
      }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const data = await orThrowResponse(graphqlRequest(RoadmapQuery, { id: params.space! }, { request }));
  const space = expectNode(data.node, 'Space');
  if (space.kind !== 'IDEAS' || space.community.slug !== params.community) notFound();
  return {
    space,
    columns: data.ideaRoadmap,
    locale: resolveLocale({ community: space.community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${space.community.slug}/ideas/${space.id}/roadmap`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) => {
  if (!data) return [];
  const { t } = formatters(data.locale);
  return pageMeta({ title: `${t('space.roadmap')} · ${data.space.name}`, description: data.space.description, url: data.url, locale: data.locale });
};

/** The roadmap: the space's ideas grouped by status (under review, planned, in progress, shipped), most supported first. */
export default function RoadmapPage() {
  const { space, columns } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  const t = useMemberT();
  const base = `/c/${space.community.slug}/ideas/${space.id}`;
  return (
    <>
      <SpaceHeading community={space.community} space={space} title={`${i18n.t('space.roadmap')} · ${space.name}`} />
      <p>
        <Link to={base}>{t('roadmap.board')}</Link>
      </p>
      <div className="roadmap">
        {columns.map((column) => (
          <section key={column.status} className="card" aria-labelledby={`roadmap-${column.status}`}>
            <h2 id={`roadmap-${column.status}`}>
              {i18n.t(`status.${column.status}`)} <span className="meta">({i18n.number(column.totalCount)})</span>
            </h2>
            {column.ideas.length === 0 ? (
              <p className="muted">{t('roadmap.empty')}</p>
            ) : (
              <ol>
                {column.ideas.map((idea) => (
                  <li key={idea.id}>
                    <Link to={`/c/${space.community.slug}/i/${idea.id}`}>{idea.title}</Link> <span className="meta">{t('roadmap.supports', { count: i18n.number(idea.supportCount) })}</span>
                  </li>
                ))}
              </ol>
            )}
            {column.totalCount > column.ideas.length ? (
              <p>
                <Link to={`${base}?status=${column.status}`}>{t('roadmap.all', { count: i18n.number(column.totalCount) })}</Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </>
  );
}
