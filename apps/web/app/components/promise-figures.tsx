import { graphql } from '../graphql';
import type { PromiseFiguresPanelFragment } from '../graphql/graphql';
import { useI18n } from '../lib/i18n/i18n';

export const PromiseFiguresPanelDoc = /* @__PURE__ */ graphql(`
  fragment PromiseFiguresPanel on PromiseFigures {
    questionsAsked
    questionsAnswered
    medianFirstReplyHours
    answeredWithinCommitmentShare
    overdueIdeas {
      count
    }
  }
`);

/** How the brand team keeps its promises, in plain sentences. */
export function PromiseFiguresPanel({ figures, days }: { figures: PromiseFiguresPanelFragment | null | undefined; days: number }) {
  const i18n = useI18n();
  return (
    <section aria-labelledby="promises-heading" className="panel">
      <h2 id="promises-heading">{i18n.t('community.promises', { days })}</h2>
      {!figures ? (
        <p>{i18n.t('community.promisesMembersOnly')}</p>
      ) : figures.questionsAsked === 0 ? (
        <p>{i18n.t('community.noPromises')}</p>
      ) : (
        <ul>
          <li>{i18n.t('community.questionsAnswered', { answered: i18n.number(figures.questionsAnswered), asked: i18n.number(figures.questionsAsked) })}</li>
          {figures.medianFirstReplyHours != null ? <li>{i18n.t('community.medianFirstReply', { hours: i18n.number(Math.round(figures.medianFirstReplyHours * 10) / 10) })}</li> : null}
          {figures.answeredWithinCommitmentShare != null ? <li>{i18n.t('community.withinCommitment', { share: i18n.percent(figures.answeredWithinCommitmentShare) })}</li> : null}
          <li>{i18n.t('community.overdueIdeas', { count: i18n.number(figures.overdueIdeas.count) })}</li>
        </ul>
      )}
    </section>
  );
}
