import { lazy, Suspense, type ReactNode } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { AuthorLabel } from '../components/author-label';
import { NewRepliesBar } from '../components/new-replies-bar';
import { ReplyItem } from '../components/reply-item';
import { graphql } from '../graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';
import { useSession } from '../lib/session';

// A signed-in member's controls (answer, accept, kudos, follow, edit, delete): one lazy chunk, loaded after the
// session bootstrap; the signed-out page (server-rendered, readable without JavaScript) never loads it.
const memberModule = () => import('../member/thread-member');
const ThreadActions = lazy(memberModule);
const ReplyActions = lazy(() => memberModule().then((module) => ({ default: module.ReplyActions })));
const ReplyComposer = lazy(() => memberModule().then((module) => ({ default: module.ReplyComposer })));
const MutedGate = lazy(() => memberModule().then((module) => ({ default: module.MutedGate })));

const ThreadPageQuery = /* @__PURE__ */ graphql(`
  query ThreadPage($id: ID!, $after: String) {
    node(id: $id) {
      ... on Thread {
        __typename
        id
        title
        body
        bodyHtml
        kind
        state
        tags
        deleted
        hidden
        createdAt
        replyCount
        expectedFirstResponseAt
        firstResponseAt
        author {
          ...AuthorLabel
        }
        space {
          id
          name
          community {
            slug
            name
            locale
          }
        }
        replies(first: 30, after: $after) {
          edges {
            node {
              ...ReplyItem
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

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { node: found } = await orThrowResponse(graphqlRequest(ThreadPageQuery, { id: params.thread!, after: new URL(request.url).searchParams.get('after') || undefined }, { request }));
  const node = expectNode(found, 'Thread');
  if (node.space.community.slug !== params.community) notFound();
  return {
    thread: node,
    locale: resolveLocale({ community: node.space.community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${node.space.community.slug}/t/${node.id}`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) =>
  data ? pageMeta({ title: data.thread.title, description: data.thread.body, url: data.url, type: 'article', locale: data.locale }) : [];

export default function ThreadPage() {
  const { thread } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  const { t } = i18n;
  const community = thread.space.community;
  const replies = thread.replies.edges.map((edge) => edge.node);
  const session = useSession();
  const member = Boolean(session.token);
  const spaceHref = `/c/${community.slug}/s/${thread.space.id}`;
  // A muted author's posts fold away for the member (shown as rendered until their state is known).
  const gate = (postId: string) => (body: ReactNode) =>
    member ? (
      <Suspense fallback={body}>
        <MutedGate threadId={thread.id} postId={postId}>
          {body}
        </MutedGate>
      </Suspense>
    ) : (
      body
    );
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={`/c/${community.slug}`}>{community.name}</Link> › <Link to={`/c/${community.slug}/s/${thread.space.id}`}>{thread.space.name}</Link>
      </nav>
      <article className="thread">
        <h1>{thread.title}</h1>
        <p className="meta">
          {thread.state === 'LOCKED' ? <span className="badge">{t('thread.locked')}</span> : null}
          <AuthorLabel author={thread.author} /> · <time dateTime={thread.createdAt}>{i18n.dateTime(thread.createdAt)}</time>
        </p>
        {thread.kind === 'QUESTION' && !thread.firstResponseAt && thread.expectedFirstResponseAt ? (
          <p className="panel">{t('thread.expected', { date: i18n.dateTime(thread.expectedFirstResponseAt) })}</p>
        ) : null}
        {thread.deleted ? (
          <p className="muted">{t('thread.deleted')}</p>
        ) : thread.hidden ? (
          <p className="muted">{t('thread.hidden')}</p>
        ) : (
          // Sanitised by the API from the Markdown source.
          gate(thread.id)(<div className="prose" dangerouslySetInnerHTML={{ __html: thread.bodyHtml }} />)
        )}
        {thread.tags.length > 0 ? (
          <ul className="tags">
            {thread.tags.map((tag) => (
              <li key={tag}>
                <Link to={`/c/${community.slug}/s/${thread.space.id}?tag=${encodeURIComponent(tag)}`}>{tag}</Link>
              </li>
            ))}
          </ul>
        ) : null}
        {member ? (
          <Suspense fallback={null}>
            <ThreadActions threadId={thread.id} spaceHref={spaceHref} />
          </Suspense>
        ) : null}
      </article>
      <section aria-labelledby="replies-heading">
        <h2 id="replies-heading">{t('thread.replies', { count: i18n.number(thread.replyCount) })}</h2>
        {replies.length === 0 ? (
          <p>{t('thread.noReplies')}</p>
        ) : (
          replies.map((reply) => (
            <ReplyItem
              key={reply.id}
              reply={reply}
              wrapBody={gate(reply.id)}
              actions={
                member ? (
                  <Suspense fallback={null}>
                    <ReplyActions threadId={thread.id} replyId={reply.id} accepted={reply.accepted} />
                  </Suspense>
                ) : null
              }
            />
          ))
        )}
        {thread.replies.pageInfo.hasNextPage && thread.replies.pageInfo.endCursor ? (
          <p>
            <Link to={`?after=${encodeURIComponent(thread.replies.pageInfo.endCursor)}`}>{t('thread.moreReplies')}</Link>
          </p>
        ) : null}
        <NewRepliesBar threadId={thread.id} renderedCount={thread.replyCount} />
      </section>
      {member ? (
        <Suspense fallback={null}>
          <ReplyComposer threadId={thread.id} />
        </Suspense>
      ) : session.known && !thread.deleted ? (
        <p>
          <Link to={`/account/sign-in?next=${encodeURIComponent(`/c/${community.slug}/t/${thread.id}`)}`}>{t('thread.signInToReply')}</Link>
        </p>
      ) : null}
    </>
  );
}
