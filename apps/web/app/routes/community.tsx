import { lazy, Suspense } from 'react';
import { Form, Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { PromiseFiguresPanel } from '../components/promise-figures';
import { graphql } from '../graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { formatters, resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { orThrowResponse } from '../lib/route-errors';
import { useSession } from '../lib/session';

// Signed in: "Join" (or "You are a member"), a lazy chunk loaded after the session bootstrap.
const CommunityMembership = lazy(() => import('../member/community-membership'));
// The brand workspace's links, for the roles the API names: a lazy chunk, loaded only once signed in.
const WorkspaceLinks = lazy(() => import('../brand/workspace-links'));

const PROMISE_DAYS = 90;

const CommunityPageQuery = /* @__PURE__ */ graphql(`
  query CommunityPage($slug: String!, $days: Int!) {
    community(slug: $slug) {
      id
      slug
      name
      description
      locale
      memberCount
      spaces {
        id
        slug
        name
        description
        kind
        pinnedThreadIds
        # Pinned threads come first in a space's lists: the first few carry the pinned ones with their titles.
        threads(first: 3) {
          edges {
            node {
              id
              title
            }
          }
        }
      }
      featured(first: 10) {
        edges {
          node {
            contentId
            contentType
            note
            featuredAt
          }
        }
      }
      promises(days: $days) {
        ...PromiseFiguresPanel
      }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { community } = await orThrowResponse(graphqlRequest(CommunityPageQuery, { slug: params.community!, days: PROMISE_DAYS }, { request }));
  return {
    community,
    locale: resolveLocale({ community: community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${community.slug}`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) =>
  data ? pageMeta({ title: data.community.name, description: data.community.description, url: data.url, locale: data.locale }) : [];

/** Where a featured item lives: threads and ideas have pages; a featured reply opens its thread once the API says which. */
function featuredPath(slug: string, contentType: string, contentId: string): string | null {
  if (contentType.toLowerCase() === 'thread') return `/c/${slug}/t/${contentId}`;
  if (contentType.toLowerCase() === 'idea') return `/c/${slug}/i/${contentId}`;
  return null;
}

function PinnedThreads({ community, pinnedIds, threads }: { community: string; pinnedIds: string[]; threads: { id: string; title: string }[] }) {
  const { t } = useI18n();
  const pinned = threads.filter((thread) => pinnedIds.includes(thread.id));
  if (pinned.length === 0) return null;
  return (
    <ul className="pinned">
      {pinned.map((thread) => (
        <li key={thread.id}>
          <span className="badge">{t('space.pinned')}</span> <Link to={`/c/${community}/t/${thread.id}`}>{thread.title}</Link>
        </li>
      ))}
    </ul>
  );
}

export default function CommunityPage() {
  const { community } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  const { t } = formatters(i18n.locale);
  const session = useSession();
  return (
    <>
      <h1>{community.name}</h1>
      <p className="lead">{community.description}</p>
      {session.token ? (
        <Suspense fallback={null}>
          <CommunityMembership slug={community.slug} communityId={community.id} name={community.name} />
        </Suspense>
      ) : null}
      {session.token && (
        <Suspense fallback={null}>
          <WorkspaceLinks slug={community.slug} />
        </Suspense>
      )}
      <Form method="get" action={`/c/${community.slug}/search`} className="search-form" role="search">
        <input type="hidden" name="in" value={community.id} />
        <label htmlFor="community-search">{t('search.label')}</label>
        <input id="community-search" name="q" type="search" required />
        <button type="submit">{t('search.submit')}</button>
      </Form>
      <div className="columns">
        <section aria-labelledby="spaces-heading">
          <h2 id="spaces-heading">{t('community.spaces')}</h2>
          <ul className="cards">
            {community.spaces.map((space) => (
              <li className="card" key={space.id}>
                <h3>
                  <Link to={space.kind === 'IDEAS' ? `/c/${community.slug}/ideas/${space.id}` : `/c/${community.slug}/s/${space.id}`}>{space.name}</Link>
                </h3>
                <p className="meta">
                  <span className="badge">{t(`space.kind.${space.kind}`)}</span>
                </p>
                <p>{space.description}</p>
                <PinnedThreads community={community.slug} pinnedIds={space.pinnedThreadIds} threads={space.threads.edges.map((edge) => edge.node)} />
              </li>
            ))}
          </ul>
        </section>
        <div>
          <section aria-labelledby="featured-heading" className="panel">
            <h2 id="featured-heading">{t('community.featured')}</h2>
            {community.featured.edges.length === 0 ? (
              <p>{t('community.noFeatured')}</p>
            ) : (
              <ul>
                {community.featured.edges.map(({ node }) => {
                  const path = featuredPath(community.slug, node.contentType, node.contentId);
                  return <li key={node.contentId}>{path ? <Link to={path}>{node.note}</Link> : node.note}</li>;
                })}
              </ul>
            )}
          </section>
          <PromiseFiguresPanel figures={community.promises} days={PROMISE_DAYS} />
        </div>
      </div>
    </>
  );
}
