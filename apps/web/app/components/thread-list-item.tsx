import { Link } from 'react-router';
import { graphql } from '../graphql';
import type { ThreadListItemFragment } from '../graphql/graphql';
import { useI18n } from '../lib/i18n/i18n';
import { AuthorLabel } from './author-label';

export const ThreadListItemDoc = /* @__PURE__ */ graphql(`
  fragment ThreadListItem on Thread {
    id
    title
    kind
    state
    tags
    replyCount
    lastActivityAt
    acceptedAnswer {
      id
    }
    author {
      ...AuthorLabel
    }
  }
`);

export function ThreadListItem({ thread, community, pinned }: { thread: ThreadListItemFragment; community: string; pinned: boolean }) {
  const i18n = useI18n();
  return (
    <li className="card">
      <h3>
        <Link to={`/c/${community}/t/${thread.id}`}>{thread.title}</Link>
      </h3>
      <p className="meta">
        {pinned ? <span className="badge">{i18n.t('space.pinned')}</span> : null}
        {thread.acceptedAnswer ? <span className="badge ok">{i18n.t('thread.answered')}</span> : null}
        {thread.state === 'LOCKED' ? <span className="badge">{i18n.t('thread.locked')}</span> : null}
        <AuthorLabel author={thread.author} /> · {i18n.t('thread.replies', { count: i18n.number(thread.replyCount) })} ·{' '}
        {i18n.t('thread.lastActivity', { date: i18n.date(thread.lastActivityAt) })}
      </p>
      {thread.tags.length > 0 ? (
        <ul className="tags">
          {thread.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
