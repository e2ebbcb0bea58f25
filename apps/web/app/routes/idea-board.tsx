import { Form, Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { IdeaCard } from '../components/idea-card';
import { SpaceHeading } from '../components/space-heading';
import { graphql } from '../graphql';
import type { IdeaOrder, IdeaStatus } from '../graphql/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';

const STATUSES: IdeaStatus[] = ['OPEN', 'UNDER_REVIEW', 'PLANNED', 'IN_PROGRESS', 'SHIPPED', 'DECLINED', 'EXPIRED', 'MERGED'];
const ORDERS: IdeaOrder[] = ['NEWEST', 'MOST_SUPPORTED', 'TRENDING'];

const IdeaBoardQuery = /* @__PURE__ */ graphql(`
  query IdeaBoard($spaceId: ID!, $filter: IdeasFilter, $orderBy: IdeaOrder!) {
    node(id: $spaceId) {
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
    ideas(spaceId: $spaceId, filter: $filter, orderBy: $orderBy, first: 50) {
      totalCount
      edges {
        node {
          ...IdeaCard
        }
      }
    }
  }
`);

/** Ideas still moving come before closed ones (when some are asked for); the API's order is kept within each group (a stable sort). */
const CLOSED: ReadonlySet<IdeaStatus> = new Set(['SHIPPED', 'DECLINED', 'EXPIRED', 'MERGED']);
function openFirst<T extends { status: IdeaStatus }>(ideas: T[]): T[] {
  return [...ideas].sort((a, b) => Number(CLOSED.has(a.status)) - Number(CLOSED.has(b.status)));
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  // Several statuses at once; none ticked means the API's default, the open ideas.
  const statuses = STATUSES.filter((value) => search.getAll('status').includes(value));
  const orderBy = ORDERS.find((value) => value === search.get('order')) ?? 'NEWEST';
  const data = await orThrowResponse(graphqlRequest(IdeaBoardQuery, { spaceId: params.space!, filter: statuses.length > 0 ? { statuses } : undefined, orderBy }, { request }));
  const space = expectNode(data.node, 'Space');
  if (space.kind !== 'IDEAS' || space.community.slug !== params.community) notFound();
  return {
    space,
    ideas: openFirst(data.ideas.edges.map((edge) => edge.node)),
    statuses,
    orderBy,
    locale: resolveLocale({ community: space.community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${space.community.slug}/ideas/${space.id}`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) =>
  data
    ? [
        ...pageMeta({ title: `${data.space.name} · ${data.space.community.name}`, description: data.space.description, url: data.url, locale: data.locale }),
        { tagName: 'link', rel: 'alternate', type: 'application/atom+xml', href: `${data.url}/feed.xml`, title: data.space.name },
      ]
    : [];

export default function IdeaBoardPage() {
  const { space, ideas, statuses, orderBy } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const base = `/c/${space.community.slug}/ideas/${space.id}`;
  return (
    <>
      <SpaceHeading community={space.community} space={space} />
      <p>
        <Link to={`${base}/roadmap`}>{t('space.roadmap')}</Link> · <Link to={`${base}/calendar`}>{t('space.calendar')}</Link> · <a href={`${base}/feed.xml`}>{t('ideas.feed')}</a>
      </p>
      <p>
        <Link className="button-link" to={`${base}/propose`}>
          {t('ideas.propose')}
        </Link>
      </p>
      <Form method="get" className="filters">
        <fieldset>
          <legend>{t('ideas.status')}</legend>
          {STATUSES.map((value) => (
            <label key={value}>
              <input type="checkbox" name="status" value={value} defaultChecked={statuses.includes(value)} /> {t(`status.${value}`)}
            </label>
          ))}
          <small>{t('ideas.openByDefault')}</small>
        </fieldset>
        <label>
          {t('ideas.order')}{' '}
          <select name="order" defaultValue={orderBy}>
            {ORDERS.map((value) => (
              <option key={value} value={value}>
                {t(`ideas.order.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('space.apply')}</button>
      </Form>
      <section aria-labelledby="ideas-heading">
        <h2 id="ideas-heading">{t('ideas.board')}</h2>
        {ideas.length === 0 ? (
          <p>{t('ideas.none')}</p>
        ) : (
          <ul className="cards">
            {ideas.map((idea) => (
              <IdeaCard key={idea.id} idea={idea} community={space.community.slug} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
