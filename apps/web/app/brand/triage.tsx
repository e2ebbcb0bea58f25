import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../graphql-brand';
import type { IdeaStatus } from '../graphql-brand/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import type { MessageKey } from '../lib/i18n/en';
import { useI18n } from '../lib/i18n/i18n';
import { ShowMore } from '../lib/show-more';
import { BrandScreen, brandMeta, useBrandData } from './brand-screen';
import { TriageIdea, type TriageIdeaData } from './triage-idea';

const TriageCommunity = /* @__PURE__ */ graphql(`
  query TriageCommunity($slug: String!) {
    community(slug: $slug) {
      id
      name
      viewerWorkspaceScreens
      members(first: 100) {
        edges {
          node {
            member {
              id
              handle
            }
          }
        }
      }
      spaces {
        id
        name
        kind
        ideaPolicy {
          supportThreshold
          updateEveryDays
        }
        reviewRounds {
          cutoffAt
          decisionDueAt
          processed
          ideas {
            id
            title
          }
        }
      }
    }
  }
`);

const TriageIdeas = /* @__PURE__ */ graphql(`
  query TriageIdeas($spaceId: ID!) {
    active: ideas(spaceId: $spaceId, first: 50, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          supportCount
          qualifiedAt
          nextUpdateDueAt
          overdue
        }
      }
    }
    merged: ideas(spaceId: $spaceId, first: 20, filter: { statuses: [MERGED] }) {
      edges {
        node {
          id
          title
          mergedInto {
            id
            title
          }
        }
      }
    }
    decided: ideas(spaceId: $spaceId, first: 10, filter: { statuses: [SHIPPED, DECLINED] }) {
      edges {
        node {
          id
          title
          status
          decision {
            summary
            decidedAt
            credits {
              handle
            }
          }
        }
      }
    }
  }
`);

// The sections' exact sizes over the whole space (the board loads its ideas a page at a time), decided by the API.
const TriageCounts = /* @__PURE__ */ graphql(`
  query TriageCounts($spaceId: ID!) {
    qualified: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: true }) {
      totalCount
    }
    waiting: ideas(spaceId: $spaceId, first: 0, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS], qualified: false }) {
      totalCount
    }
  }
`);

// The next page of the board's active ideas, by cursor (the API's query cost limit keeps a page at about 50).
const TriageMoreIdeas = /* @__PURE__ */ graphql(`
  query TriageMoreIdeas($spaceId: ID!, $after: String) {
    active: ideas(spaceId: $spaceId, first: 50, after: $after, orderBy: MOST_SUPPORTED, filter: { statuses: [OPEN, UNDER_REVIEW, PLANNED, IN_PROGRESS] }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          supportCount
          qualifiedAt
          nextUpdateDueAt
          overdue
        }
      }
    }
  }
`);

const UnmergeIdea = /* @__PURE__ */ graphql(`
  mutation UnmergeIdea($ideaId: ID!) {
    unmergeIdea(ideaId: $ideaId) {
      id
      status
    }
  }
`);

export const meta = brandMeta;

/** The brand team's idea triage board: qualified ideas first, the review calendar, and each idea's decisions. */
export default function TriageBoard() {
  const t = useBrandT();
  const i18n = useI18n();
  const slug = useParams().community!;
  const [search] = useSearchParams();
  const wanted = search.get('space');
  const load = useCallback(async () => {
    const { community } = await graphqlRequest(TriageCommunity, { slug });
    const spaces = community.spaces.filter((space) => space.kind === 'IDEAS');
    const space = spaces.find((candidate) => candidate.id === wanted) ?? spaces[0] ?? null;
    const [ideas, counts] = space ? await Promise.all([graphqlRequest(TriageIdeas, { spaceId: space.id }), graphqlRequest(TriageCounts, { spaceId: space.id })]) : [null, null];
    return { community, spaces, space, ideas, counts };
  }, [slug, wanted]);
  const { data, setData, reload, notice, setNotice, fail } = useBrandData(load);
  async function moreIdeas(spaceId: string, after: string) {
    const { active } = await graphqlRequest(TriageMoreIdeas, { spaceId, after });
    setData((previous) => (previous?.ideas ? { ...previous, ideas: { ...previous.ideas, active: { ...active, edges: [...previous.ideas.active.edges, ...active.edges] } } } : previous));
    return active.edges.length;
  }
  const done = (text: string) => {
    setNotice({ text, ok: true });
    void reload();
  };

  return (
    <BrandScreen slug={slug} title="brand.triage.title" screens={data?.community.viewerWorkspaceScreens} notice={notice} loaded={Boolean(data)}>
      {() => {
        const { spaces, space, ideas, counts } = data!;
        if (!space || !ideas || !counts) return <p>{t('brand.triage.noIdeasSpace')}</p>;
        const active = ideas.active.edges.map((edge) => edge.node);
        const qualified = active.filter((idea) => idea.qualifiedAt || idea.status !== 'OPEN');
        const waiting = active.filter((idea) => !qualified.includes(idea));
        const targets = active.map((idea) => ({ id: idea.id, title: idea.title }));
        const members = data!.community.members.edges.map(({ node }) => node.member);
        const card = (idea: TriageIdeaData) => <TriageIdea key={idea.id} idea={idea} targets={targets} members={members} onDone={done} />;
        return (
          <>
            {spaces.length > 1 && (
              <nav aria-label={t('brand.triage.spaces')}>
                {spaces.map((candidate) => (
                  <Link key={candidate.id} to={`?space=${candidate.id}`} aria-current={candidate.id === space.id ? 'page' : undefined} reloadDocument>
                    {candidate.name}
                  </Link>
                ))}
              </nav>
            )}
            <p className="meta">
              {t('brand.triage.policy', { space: space.name, threshold: space.ideaPolicy?.supportThreshold ?? '—', days: space.ideaPolicy?.updateEveryDays ?? '—' })}
            </p>
            <section aria-labelledby="calendar-heading" className="panel">
              <h2 id="calendar-heading">{t('brand.triage.calendar')}</h2>
              {space.reviewRounds.length === 0 ? (
                <p>{t('brand.triage.noRounds')}</p>
              ) : (
                <table>
                  <caption className="meta">{t('brand.triage.calendarCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('brand.triage.cutoff')}</th>
                      <th scope="col">{t('brand.triage.decisionDue')}</th>
                      <th scope="col">{t('brand.triage.roundIdeas')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {space.reviewRounds.map((round) => (
                      <tr key={round.cutoffAt}>
                        <td>
                          <time dateTime={round.cutoffAt}>{i18n.date(round.cutoffAt)}</time>
                          {!round.processed && ` (${t('brand.triage.upcoming')})`}
                        </td>
                        <td>
                          <time dateTime={round.decisionDueAt}>{i18n.date(round.decisionDueAt)}</time>
                        </td>
                        <td>{i18n.number(round.ideas.length)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section aria-labelledby="qualified-heading">
              <h2 id="qualified-heading">{t('brand.triage.qualified', { count: counts.qualified.totalCount })}</h2>
              {qualified.length === 0 ? <p>{t('brand.triage.none')}</p> : qualified.map(card)}
            </section>
            <section aria-labelledby="waiting-heading">
              <h2 id="waiting-heading">{t('brand.triage.waiting', { count: counts.waiting.totalCount })}</h2>
              {waiting.length === 0 ? <p>{t('brand.triage.none')}</p> : waiting.map(card)}
            </section>
            <ShowMore
              next={ideas.active.pageInfo.hasNextPage ? (ideas.active.pageInfo.endCursor ?? null) : null}
              fetchMore={(after) => moreIdeas(space.id, after)}
              label={t('brand.triage.more', { shown: active.length, total: ideas.active.totalCount })}
              arrived={(count) => t('brand.triage.moreArrived', { count })}
              failed={t('brand.triage.moreFailed')}
            />
            <section aria-labelledby="merged-heading">
              <h2 id="merged-heading">{t('brand.triage.merged')}</h2>
              {ideas.merged.edges.length === 0 ? (
                <p>{t('brand.triage.none')}</p>
              ) : (
                <ul>
                  {ideas.merged.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/c/${slug}/i/${node.id}`}>{node.title}</Link> → {node.mergedInto?.title ?? '—'}{' '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void graphqlRequest(UnmergeIdea, { ideaId: node.id }).then(() => done(t('brand.triage.unmerged')), fail)}
                      >
                        {t('brand.triage.unmerge', { title: node.title })}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="decided-heading">
              <h2 id="decided-heading">{t('brand.triage.decided')}</h2>
              {ideas.decided.edges.length === 0 ? (
                <p>{t('brand.triage.none')}</p>
              ) : (
                <ul>
                  {ideas.decided.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/c/${slug}/i/${node.id}`}>{node.title}</Link> · {i18n.t(`status.${node.status as IdeaStatus}` as MessageKey)}
                      {node.decision && (
                        <p className="meta">
                          {node.decision.summary}
                          {node.decision.credits.length > 0 && ` · ${t('brand.triage.credited', { handles: node.decision.credits.map((credit) => credit.handle).join(', ') })}`}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        );
      }}
    </BrandScreen>
  );
}
