import { lazy, Suspense, type ReactNode } from 'react';
import { Link, useLoaderData, type LoaderFunctionArgs, type MetaFunction } from 'react-router';
import { AuthorLabel } from '../components/author-label';
import { IdeaStatusHistory } from '../components/idea-status-history';
import { graphql } from '../graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { resolveLocale, useI18n } from '../lib/i18n/i18n';
import { canonical, pageMeta } from '../lib/meta';
import { expectNode, notFound, orThrowResponse } from '../lib/route-errors';
import { useSession } from '../lib/session';

// A signed-in member's side (support within the budget, comment, follow, credit, live status): a lazy chunk
// loaded after the session bootstrap, never by the signed-out page.
const IdeaMember = lazy(() => import('../member/idea-member'));
// A muted author's idea or comments fold away for the member (a small chunk of its own).
const MutedHandleGate = lazy(() => import('../member/muted-by-handle'));
// The author's edit and delete on their own comments (the API says which): loaded with the member's chunks only.
const CommentActions = lazy(() => import('../member/comment-actions'));

const IdeaPageQuery = /* @__PURE__ */ graphql(`
  query IdeaPage($id: ID!) {
    node(id: $id) {
      ... on Idea {
        __typename
        id
        title
        body
        bodyHtml
        status
        supportCount
        commentCount
        createdAt
        tags
        author {
          ...AuthorLabel
        }
        decision {
          summary
          decidedAt
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
        ...IdeaStatusHistory
        comments(first: 50) {
          edges {
            node {
              id
              bodyHtml
              createdAt
              editedAt
              author {
                ...AuthorLabel
              }
            }
          }
        }
      }
    }
  }
`);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { node: found } = await orThrowResponse(graphqlRequest(IdeaPageQuery, { id: params.idea! }, { request }));
  const node = expectNode(found, 'Idea');
  if (node.space.community.slug !== params.community) notFound();
  return {
    idea: node,
    locale: resolveLocale({ community: node.space.community.locale, acceptLanguage: request.headers.get('accept-language') }),
    url: canonical(request, `/c/${node.space.community.slug}/i/${node.id}`),
  };
}

export const meta: MetaFunction<typeof loader> = ({ loaderData: data }) =>
  data ? pageMeta({ title: data.idea.title, description: data.idea.body, url: data.url, type: 'article', locale: data.locale }) : [];

export default function IdeaPage() {
  const { idea } = useLoaderData<typeof loader>();
  const i18n = useI18n();
  const { t } = i18n;
  const community = idea.space.community;
  const session = useSession();
  const comments = idea.comments.edges.map((edge) => edge.node);
  const gate = (postId: string, handle: string | undefined, body: ReactNode) =>
    session.token ? (
      <Suspense fallback={body}>
        <MutedHandleGate postId={postId} handle={handle}>
          {body}
        </MutedHandleGate>
      </Suspense>
    ) : (
      body
    );
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={`/c/${community.slug}`}>{community.name}</Link> › <Link to={`/c/${community.slug}/ideas/${idea.space.id}`}>{idea.space.name}</Link>
      </nav>
      <article>
        <h1>{idea.title}</h1>
        <p className="meta">
          <span className={`status status-${idea.status.toLowerCase()}`}>{t(`status.${idea.status}`)}</span>
          <AuthorLabel author={idea.author} /> · <time dateTime={idea.createdAt}>{i18n.date(idea.createdAt)}</time> ·{' '}
          {t('ideas.supports', { count: i18n.number(idea.supportCount) })}
        </p>
        {gate(idea.id, idea.author?.handle, <div className="prose" dangerouslySetInnerHTML={{ __html: idea.bodyHtml }} />)}
        {idea.decision ? (
          <section aria-labelledby="decision-heading" className="panel">
            <h2 id="decision-heading">{t('ideas.decision')}</h2>
            <p>{idea.decision.summary}</p>
          </section>
        ) : null}
      </article>
      {session.token ? (
        <Suspense fallback={null}>
          <IdeaMember ideaId={idea.id} spaceId={idea.space.id} />
        </Suspense>
      ) : session.known ? (
        <p>
          <Link to={`/account/sign-in?next=${encodeURIComponent(`/c/${community.slug}/i/${idea.id}`)}`}>{t('ideas.signIn')}</Link>
        </p>
      ) : null}
      <IdeaStatusHistory idea={idea} />
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t('ideas.comments', { count: i18n.number(idea.commentCount) })}</h2>
        {comments.map((comment) => (
          <article key={comment.id} id={`comment-${comment.id}`} className="reply" aria-label={t('thread.by', { handle: comment.author?.handle ?? '—' })}>
            <p className="meta">
              <AuthorLabel author={comment.author} /> · <time dateTime={comment.createdAt}>{i18n.dateTime(comment.createdAt)}</time>
              {comment.editedAt ? (
                <>
                  {' · '}
                  <span className="edited">{t('thread.edited', { date: i18n.dateTime(comment.editedAt) })}</span>
                </>
              ) : null}
            </p>
            {/* Sanitised by the API from the Markdown source. */}
            {gate(comment.id, comment.author?.handle, <div className="prose" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />)}
            {session.token ? (
              <Suspense fallback={null}>
                <CommentActions ideaId={idea.id} commentId={comment.id} />
              </Suspense>
            ) : null}
          </article>
        ))}
      </section>
    </>
  );
}
