import { graphql } from '../graphql';
import type { IdeaStatusHistoryFragment } from '../graphql/graphql';
import { useI18n } from '../lib/i18n/i18n';
import { AuthorLabel } from './author-label';

export const IdeaStatusHistoryDoc = /* @__PURE__ */ graphql(`
  fragment IdeaStatusHistory on Idea {
    nextUpdateDueAt
    overdue
    statusHistory {
      at
      from
      to
      rationale
      changedBy {
        ...AuthorLabel
      }
    }
  }
`);

/** Every public status change: what, why (rationale), who, when; and when the next update is owed. */
export function IdeaStatusHistory({ idea }: { idea: IdeaStatusHistoryFragment }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('ideas.history')}</h2>
      {idea.nextUpdateDueAt ? (
        <p className={idea.overdue ? 'panel warn' : 'panel'}>
          {idea.overdue ? `${t('ideas.overdue')} · ` : ''}
          {t('ideas.nextUpdate', { date: i18n.date(idea.nextUpdateDueAt) })}
        </p>
      ) : null}
      <ol className="timeline">
        {idea.statusHistory.map((change) => (
          <li key={`${change.at}-${change.to}`}>
            <p className="meta">
              <span className={`status status-${change.to.toLowerCase()}`}>{t(`status.${change.to}`)}</span> ·{' '}
              <time dateTime={change.at}>{i18n.dateTime(change.at)}</time> ·{' '}
              {change.changedBy ? <AuthorLabel author={change.changedBy} /> : <span>{t('ideas.scheduled')}</span>}
            </p>
            <p>{change.rationale}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
