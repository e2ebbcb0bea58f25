import { Form, Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { SpaceHeading } from '../components/space-heading';
import { ThreadListItem } from '../components/thread-list-item';
import { graphql } from '../graphql';
import type { ThreadsFilter } from '../graphql/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';

const SpacePageQuery = /* @__PURE__ */ graphql(`
  query SpacePage($id: ID!, $filter: ThreadsFilter, $after: String) {
    node(id: $id) {
      ... on Space {
        __typename
        id
        name
        description
        kind
        pinnedThreadIds
        responseCommitment {
          hours
          text
        }
        community {
          slug
          name
          locale
        }
        threads(first: 20, after: $after, filter: $filter) {
          edges {
            node {
              ...ThreadListItem
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

type Show = 'all' | 'unanswered' | 'overdue';

export async function loader({ request, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const show: Show = search.get('show') === 'unanswered' ? 'unanswered' : search.get('show') === 'overdue' ? 'overdue' : 'all';
  const tag = search.get('tag')?.trim() || undefined;
  const filter: ThreadsFilter = { ...(show === 'unanswered' ? { unanswered: true } : {}), ...(show === 'overdue' ? { overdue: true } : {}), ...(tag ? { tag } : {}) };
  const { node: found } = await orThrowResponse(
    graphqlRequest(SpacePageQuery, { id: params.space!, filter, after: search.get('after') || undefined }, { request }),
  );
  const node = expectNode(found, 'Space');
  if (node.community.slug !== params.community) notFound();
  return {
    space: node,
    show,
    tag: tag ?? '',
    locale: resolveLocale({ community: node.community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${node.community.slug}/s/${node.id}`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) =>
  data
    ? [
        ...pageMeta({ title: `${data.space.name} · ${data.space.community.name}`, description: data.space.description, url: data.url, locale: data.locale }),
        { tagName: 'link', rel: 'alternate', type: 'application/atom+xml', href: `${data.url}/feed.xml`, title: data.space.name },
      ]
    : [];

export default function SpacePage() {
  const { space, show, tag } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  const { t } = i18n;
  const community = space.community;
  const pinned = new Set(space.pinnedThreadIds);
  const threads = space.threads.edges.map((edge) => edge.node);
  return (
    <>
      <SpaceHeading community={community} space={space} />
      {space.responseCommitment ? <p className="panel">{t('space.commitment', { hours: i18n.number(space.responseCommitment.hours) })}</p> : null}
      <p>
        <Link className="button-link" to={`/c/${community.slug}/s/${space.id}/ask`}>
          {t('space.ask')}
        </Link>
      </p>
      <Form method="get" className="filters" aria-label={t('space.filters')}>
        <fieldset>
          <legend>{t('space.filters')}</legend>
          {(['all', 'unanswered', 'overdue'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="show" value={value} defaultChecked={show === value} /> {t(`space.filter.${value}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('space.tag')} <input name="tag" defaultValue={tag} />
        </label>
        <button type="submit">{t('space.apply')}</button>
      </Form>
      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading">{t('space.threads')}</h2>
        {threads.length === 0 ? (
          <p>{t('space.noThreads')}</p>
        ) : (
          <ul className="cards">
            {threads.map((thread) => (
              <ThreadListItem key={thread.id} thread={thread} community={community.slug} pinned={pinned.has(thread.id)} />
            ))}
          </ul>
        )}
        {space.threads.pageInfo.hasNextPage && space.threads.pageInfo.endCursor ? (
          <p>
            <Link to={`?${new URLSearchParams({ show, ...(tag ? { tag } : {}), after: space.threads.pageInfo.endCursor })}`}>{t('space.more')}</Link>
          </p>
        ) : null}
      </section>
      <p>
        <a href={`/c/${community.slug}/s/${space.id}/feed.xml`}>{t('space.feed')}</a>
      </p>
    </>
  );
}
