import type { ReactNode } from 'react';
import { graphql } from '../graphql';
import type { ReplyItemFragment } from '../graphql/graphql';
import { useI18n } from '../lib/i18n/i18n';
import { AuthorLabel } from './author-label';

export const ReplyItemDoc = /* @__PURE__ */ graphql(`
  fragment ReplyItem on Reply {
    id
    bodyHtml
    createdAt
    updatedAt
    accepted
    deleted
    hidden
    kudosCount
    author {
      ...AuthorLabel
    }
    revisions {
      body
      editedAt
    }
  }
`);

/**
 * One reply; `actions` are a signed-in member's controls (accept, kudos, mute), rendered in the browser only, and
 * `wrapBody` may fold the body away (a muted author).
 */
export function ReplyItem({ reply, actions, wrapBody }: { reply: ReplyItemFragment; actions?: ReactNode; wrapBody?: (body: ReactNode) => ReactNode }) {
  const body = <div className="prose" dangerouslySetInnerHTML={{ __html: reply.bodyHtml }} />;
  const i18n = useI18n();
  // Earlier versions are kept on each edit (and dropped when the reply is deleted).
  const edited = !reply.deleted && reply.revisions.length > 0;
  return (
    <article className={reply.accepted ? 'reply accepted' : 'reply'} id={`reply-${reply.id}`} aria-label={i18n.t('thread.by', { handle: reply.author?.handle ?? '—' })}>
      <p className="meta">
        <AuthorLabel author={reply.author} /> · <time dateTime={reply.createdAt}>{i18n.dateTime(reply.createdAt)}</time>
        {reply.accepted ? <span className="badge ok">{i18n.t('thread.accepted')}</span> : null}
        {reply.kudosCount > 0 ? <span className="kudos-count">{i18n.t('thread.kudos', { count: i18n.number(reply.kudosCount) })}</span> : null}
        {edited ? (
          <>
            {' · '}
            <span className="edited">{i18n.t('thread.edited', { date: i18n.dateTime(reply.updatedAt) })}</span>
          </>
        ) : null}
      </p>
      {reply.deleted ? (
        <p className="muted">{i18n.t('thread.deleted')}</p>
      ) : reply.hidden ? (
        <p className="muted">{i18n.t('thread.hidden')}</p>
      ) : (
        // bodyHtml is rendered from Markdown and sanitised by the API (sanitize-html), the one sanitiser.
        wrapBody ? wrapBody(body) : body
      )}
      {edited ? (
        <details className="revisions">
          <summary>{i18n.t('thread.revisions', { count: i18n.number(reply.revisions.length) })}</summary>
          <ol>
            {reply.revisions.map((revision, index) => (
              <li key={`${revision.editedAt}-${index}`}>
                <p className="meta">
                  <time dateTime={revision.editedAt}>{i18n.dateTime(revision.editedAt)}</time>
                </p>
                <pre className="revision-body">{revision.body}</pre>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {actions}
    </article>
  );
}
