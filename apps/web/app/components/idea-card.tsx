import { Link } from 'react-router';
import { graphql } from '../graphql';
import type { IdeaCardFragment } from '../graphql/graphql';
import { useI18n } from '../lib/i18n/i18n';
import { AuthorLabel } from './author-label';

export const IdeaCardDoc = /* @__PURE__ */ graphql(`
  fragment IdeaCard on Idea {
    id
    title
    status
    supportCount
    commentCount
    overdue
    nextUpdateDueAt
    tags
    author {
      ...AuthorLabel
    }
  }
`);

export function IdeaCard({ idea, community }: { idea: IdeaCardFragment; community: string }) {
  const i18n = useI18n();
  return (
    <li className="card">
      <h3>
        <Link to={`/c/${community}/i/${idea.id}`}>{idea.title}</Link>
      </h3>
      <p className="meta">
        <span className={`status status-${idea.status.toLowerCase()}`}>{i18n.t(`status.${idea.status}`)}</span>
        {idea.overdue ? <span className="badge warn">{i18n.t('ideas.overdue')}</span> : null}
        <AuthorLabel author={idea.author} /> · {i18n.t('ideas.supports', { count: i18n.number(idea.supportCount) })} ·{' '}
        {i18n.t('ideas.comments', { count: i18n.number(idea.commentCount) })}
      </p>
    </li>
  );
}
