import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../graphql-workspace';
import type { ModerationQueueQuery } from '../graphql-workspace/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useWorkspaceT } from '../lib/i18n/workspace-i18n';
import { describeWorkspaceError } from '../lib/workspace-errors';
import { getSession, setSession, useSession } from '../lib/session';
import { sessionReady } from '../lib/session-bootstrap';
import type { WorkspaceKey } from '../lib/i18n/workspace-en';
import type { QueueData } from './workspace-types';
import { ModerationItem } from './moderation-item';
import { ReasonTemplates } from './reason-templates';
import { WorkspaceNav } from './workspace-nav';
import { WorkspaceShowMore } from './workspace-show-more';
import { pageOf } from '../lib/show-more';

const ModerationQueue = /* @__PURE__ */ graphql(`
  query ModerationQueue($slug: String!) {
    me {
      id
    }
    community(slug: $slug) {
      id
      name
    }
  }
`);

const QueueItems = /* @__PURE__ */ graphql(`
  query QueueItems($communityId: ID!, $after: String) {
    moderationQueue(communityId: $communityId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          contentId
          contentType
          openWeight
          openReports
          autoHiddenAt
          reasons {
            reason
            count
            weight
          }
          claim {
            expiresAt
            viewerCanRelease
            moderator {
              id
              handle
            }
          }
          author {
            id
            handle
          }
          content {
            ... on Thread {
              title
              body
            }
            ... on Reply {
              body
            }
            ... on Idea {
              title
              body
            }
            ... on IdeaComment {
              body
            }
          }
          context {
            ... on Thread {
              title
            }
            ... on Idea {
              title
            }
          }
        }
      }
    }
    moderationReasonTemplates(communityId: $communityId) {
      id
      title
      reason
    }
  }
`);


// 20 at a time, oldest first (the API's query cost limit keeps a page of items with their content and context at about that).
const loadItems = (communityId: string, after: string | null = null) => graphqlRequest(QueueItems, { communityId, after });

export const meta = () => [{ name: 'robots', content: 'noindex' }];

type Community = NonNullable<ModerationQueueQuery['community']>;

/** The moderators' queue: open reports grouped by content, claimed before acting, decided with a reason the author sees. The API decides who may open it. */
export default function ModerationQueuePage() {
  const t = useWorkspaceT();
  const { community: slug = '' } = useParams();
  const session = useSession();
  const [community, setCommunity] = useState<Community | null>(null);
  const [data, setData] = useState<QueueData | null>(null);
  const [problem, setProblem] = useState<WorkspaceKey | null>(null);

  const load = useCallback(async () => {
    try {
      const first = await graphqlRequest(ModerationQueue, { slug });
      setCommunity(first.community);
      const result = await loadItems(first.community.id);
      setData({ ...pageOf(result.moderationQueue), templates: result.moderationReasonTemplates });
      setProblem(null);
    } catch (error) {
      const { key } = describeWorkspaceError(error);
      if (key === 'workspace.error.signedOut') setSession(null);
      setProblem(key === 'workspace.error.forbidden' ? 'workspace.forbidden' : key);
    }
  }, [slug]);

  async function more(after: string) {
    const next = pageOf((await loadItems(community!.id, after)).moderationQueue);
    setData((previous) => previous && { ...previous, items: [...previous.items, ...next.items], total: next.total, next: next.next });
    return next.items.length;
  }

  useEffect(() => {
    void sessionReady().then(() => (getSession().token ? load() : undefined));
  }, [load]);

  let body;
  if (session.known && !session.token) {
    body = (
      <p>
        <Link to={`/account/sign-in?next=/c/${slug}/workspace/moderation`}>{t('workspace.signInFirst')}</Link>
      </p>
    );
  } else if (problem) {
    body = <p className="panel warn">{t(problem)}</p>;
  } else if (!data || !community) {
    body = <p>{t('workspace.loading')}</p>;
  } else {
    body = (
      <>
        {data.items.length === 0 ? (
          <p>{t('workspace.queue.empty')}</p>
        ) : (
          <>
            <p>{t('workspace.queue.count', { count: data.total })}</p>
            <ul className="cards moderation-queue">
              {data.items.map((item) => (
                <li key={item.id}>
                  <ModerationItem item={item} templates={data.templates} onChanged={load} />
                </li>
              ))}
            </ul>
            <WorkspaceShowMore next={data.next} fetchMore={more} label="workspace.more.items" />
          </>
        )}
        <ReasonTemplates communityId={community.id} templates={data.templates} onChanged={load} />
      </>
    );
  }
  return (
    <section>
      <title>{`${t('workspace.queue.title')}${community ? ` · ${community.name}` : ''} · Palabre`}</title>
      <h1>{t('workspace.queue.title')}</h1>
      {community && <p className="meta">{community.name}</p>}
      <WorkspaceNav slug={slug} />
      <p>{t('workspace.queue.intro')}</p>
      {body}
    </section>
  );
}
