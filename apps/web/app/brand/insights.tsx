import { useCallback, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { graphql } from '../graphql-brand';
import type { IdeasExportFormat } from '../graphql-brand/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import type { MessageKey } from '../lib/i18n/en';
import { useI18n } from '../lib/i18n/i18n';
import { BarChart } from './bar-chart';
import { describeBrandError } from './brand-errors';
import { BrandScreen, brandMeta, useBrandData } from './brand-screen';

const InsightsCommunity = /* @__PURE__ */ graphql(`
  query InsightsCommunity($slug: String!) {
    community(slug: $slug) {
      id
      viewerWorkspaceScreens
    }
  }
`);

const Insights = /* @__PURE__ */ graphql(`
  query Insights($communityId: ID!, $period: InsightsPeriodInput!) {
    insights(communityId: $communityId, period: $period) {
      period {
        from
        to
      }
      coCreation {
        ideasProposed
        supportsGiven
        distinctContributors
        ideasPerStatus {
          status
          ideas
        }
        decisions {
          count
        }
      }
      promises {
        questionsAsked
        questionsAnswered
        questionsUnderCommitment
        answeredWithinCommitmentShare
        medianFirstReplyHours
        p90FirstReplyHours
        overdueIdeas {
          count
        }
      }
      health {
        activeMembers
        newMembers
        acceptedAnswers
        kudosGiven
        reports
      }
    }
  }
`);

const ExportIdeas = /* @__PURE__ */ graphql(`
  mutation ExportIdeas($input: ExportIdeasInput!) {
    exportIdeas(input: $input) {
      url
    }
  }
`);

/** The periods offered: the API takes any period up to 366 days; these are the ones a team reads. */
const PERIODS = [30, 90, 365];
const DAY_MS = 86_400_000;

export const meta = brandMeta;

/** Insights as pictures: co-creation, promises kept and missed, answer times and community health, each chart with its table. */
export default function InsightsPage() {
  const t = useBrandT();
  const i18n = useI18n();
  const slug = useParams().community!;
  const [search] = useSearchParams();
  const days = PERIODS.includes(Number(search.get('days'))) ? Number(search.get('days')) : 90;
  const load = useCallback(async () => {
    const { community } = await graphqlRequest(InsightsCommunity, { slug });
    const to = new Date();
    const from = new Date(to.getTime() - days * DAY_MS);
    const { insights } = await graphqlRequest(Insights, { communityId: community.id, period: { from: from.toISOString(), to: to.toISOString() } });
    return { community, insights };
  }, [slug, days]);
  const { data, notice, setNotice } = useBrandData(load);
  const [exporting, setExporting] = useState(false);
  const hours = (value: number | null | undefined) => (value === null || value === undefined ? '—' : t('brand.insights.hours', { count: i18n.number(Math.round(value * 10) / 10) }));

  async function download(format: IdeasExportFormat) {
    setExporting(true);
    try {
      const { exportIdeas } = await graphqlRequest(ExportIdeas, { input: { communityId: data!.community.id, format } });
      // The link names the API's address; the web server proxies /insights/exports on this origin.
      const link = new URL(exportIdeas.url, window.location.origin);
      window.location.assign(`${link.pathname}${link.search}`);
      setNotice({ text: t('brand.insights.exportReady'), ok: true });
    } catch (error) {
      setNotice({ text: t(describeBrandError(error).key), ok: false });
    } finally {
      setExporting(false);
    }
  }

  return (
    <BrandScreen slug={slug} title="brand.insights.title" screens={data?.community.viewerWorkspaceScreens} notice={notice} loaded={Boolean(data)}>
      {() => {
        const { coCreation, promises, health, period } = data!.insights;
        const under = promises.questionsUnderCommitment;
        const kept = Math.round((promises.answeredWithinCommitmentShare ?? 0) * under);
        return (
          <>
            <form method="get" className="inline-form">
              <label htmlFor="insights-days">{t('brand.insights.period')}</label>
              <select id="insights-days" name="days" defaultValue={String(days)}>
                {PERIODS.map((count) => (
                  <option key={count} value={count}>
                    {t('brand.insights.lastDays', { count })}
                  </option>
                ))}
              </select>
              <button type="submit">{t('brand.insights.show')}</button>
            </form>
            <p className="meta">{t('brand.insights.between', { from: i18n.date(period.from), to: i18n.date(period.to) })}</p>
            <section aria-labelledby="co-creation-heading">
              <h2 id="co-creation-heading">{t('brand.insights.coCreation')}</h2>
              <BarChart
                title={t('brand.insights.coCreationChart')}
                bars={[
                  { label: t('brand.insights.ideasProposed'), value: coCreation.ideasProposed, shown: i18n.number(coCreation.ideasProposed) },
                  { label: t('brand.insights.supportsGiven'), value: coCreation.supportsGiven, shown: i18n.number(coCreation.supportsGiven) },
                  { label: t('brand.insights.contributors'), value: coCreation.distinctContributors, shown: i18n.number(coCreation.distinctContributors) },
                  { label: t('brand.insights.decisions'), value: coCreation.decisions.count, shown: i18n.number(coCreation.decisions.count) },
                ]}
              />
              <BarChart
                title={t('brand.insights.perStatus')}
                bars={coCreation.ideasPerStatus.map((entry) => ({ label: i18n.t(`status.${entry.status}` as MessageKey), value: entry.ideas, shown: i18n.number(entry.ideas) }))}
              />
            </section>
            <section aria-labelledby="promises-heading">
              <h2 id="promises-heading">{t('brand.insights.promises')}</h2>
              <BarChart
                title={t('brand.insights.promisesChart')}
                bars={[
                  { label: t('brand.insights.kept'), value: kept, shown: i18n.number(kept) },
                  { label: t('brand.insights.missed'), value: under - kept, shown: i18n.number(under - kept) },
                  { label: t('brand.insights.overdueIdeas'), value: promises.overdueIdeas.count, shown: i18n.number(promises.overdueIdeas.count) },
                ]}
              />
              <BarChart
                title={t('brand.insights.answerTimes')}
                bars={[
                  { label: t('brand.insights.median'), value: promises.medianFirstReplyHours ?? 0, shown: hours(promises.medianFirstReplyHours) },
                  { label: t('brand.insights.p90'), value: promises.p90FirstReplyHours ?? 0, shown: hours(promises.p90FirstReplyHours) },
                ]}
              />
              <p className="meta">{t('brand.insights.questions', { asked: i18n.number(promises.questionsAsked), answered: i18n.number(promises.questionsAnswered) })}</p>
            </section>
            <section aria-labelledby="health-heading">
              <h2 id="health-heading">{t('brand.insights.health')}</h2>
              <BarChart
                title={t('brand.insights.healthChart')}
                bars={[
                  { label: t('brand.insights.active'), value: health.activeMembers, shown: i18n.number(health.activeMembers) },
                  { label: t('brand.insights.newMembers'), value: health.newMembers, shown: i18n.number(health.newMembers) },
                  { label: t('brand.insights.accepted'), value: health.acceptedAnswers, shown: i18n.number(health.acceptedAnswers) },
                  { label: t('brand.insights.kudos'), value: health.kudosGiven, shown: i18n.number(health.kudosGiven) },
                  { label: t('brand.insights.reports'), value: health.reports, shown: i18n.number(health.reports) },
                ]}
              />
            </section>
            <section aria-labelledby="export-heading">
              <h2 id="export-heading">{t('brand.insights.export')}</h2>
              <p className="meta">{t('brand.insights.exportHint')}</p>
              <button type="button" disabled={exporting} onClick={() => void download('CSV')}>
                {t('brand.insights.exportCsv')}
              </button>{' '}
              <button type="button" disabled={exporting} onClick={() => void download('JSON')}>
                {t('brand.insights.exportJson')}
              </button>
            </section>
          </>
        );
      }}
    </BrandScreen>
  );
}
