import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql-brand';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { useI18n } from '../lib/i18n/i18n';
import { BrandField, BrandForm } from './brand-form';
import { dayToIso } from './triage-idea';

const SpaceCampaigns = /* @__PURE__ */ graphql(`
  query SpaceCampaigns($spaceId: ID!) {
    node(id: $spaceId) {
      ... on Space {
        campaigns {
          id
          title
          submissionsCloseAt
          supportClosesAt
        }
      }
    }
  }
`);

const CampaignAnswers = /* @__PURE__ */ graphql(`
  query CampaignAnswers($spaceId: ID!, $campaignId: ID!) {
    ideas(spaceId: $spaceId, first: 5, orderBy: MOST_SUPPORTED, filter: { campaignId: $campaignId, includeClosed: true }) {
      totalCount
      edges {
        node {
          id
          title
          supportCount
        }
      }
    }
  }
`);

const LaunchCampaign = /* @__PURE__ */ graphql(`
  mutation LaunchCampaign($input: LaunchCampaignInput!) {
    launchCampaign(input: $input) {
      id
      title
    }
  }
`);

type Answers = Awaited<ReturnType<typeof loadAnswers>>;
const loadAnswers = (spaceId: string, campaignId: string) => graphqlRequest(CampaignAnswers, { spaceId, campaignId }).then((data) => data.ideas);

/** One campaign and its answers: how many ideas came, the most supported first. */
function CampaignItem({ slug, spaceId, campaign }: { slug: string; spaceId: string; campaign: { id: string; title: string; submissionsCloseAt: string; supportClosesAt: string } }) {
  const t = useBrandT();
  const i18n = useI18n();
  const [answers, setAnswers] = useState<Answers | null>(null);
  useEffect(() => void loadAnswers(spaceId, campaign.id).then(setAnswers, () => setAnswers(null)), [spaceId, campaign.id]);
  return (
    <li>
      <strong>{campaign.title}</strong>
      <p className="meta">
        {t('brand.campaigns.dates', { submissions: i18n.date(campaign.submissionsCloseAt), support: i18n.date(campaign.supportClosesAt) })}
        {answers && <> · {t('brand.campaigns.answers', { count: answers.totalCount })}</>}
      </p>
      {answers && answers.edges.length > 0 && (
        <ul>
          {answers.edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/c/${slug}/i/${node.id}`}>{node.title}</Link> · {t('brand.triage.supports', { count: i18n.number(node.supportCount) })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Campaigns of each ideas space: launch one, follow its answers (it closes itself at its dates). */
export function Campaigns({ slug, spaces, onDone }: { slug: string; spaces: { id: string; name: string }[]; onDone: (text: string) => void }) {
  const t = useBrandT();
  const [campaigns, setCampaigns] = useState<Record<string, { id: string; title: string; submissionsCloseAt: string; supportClosesAt: string }[]>>({});
  const reload = (spaceId: string) =>
    graphqlRequest(SpaceCampaigns, { spaceId }).then((data) => {
      const list = data.node && 'campaigns' in data.node ? data.node.campaigns : [];
      setCampaigns((current) => ({ ...current, [spaceId]: list }));
    });
  useEffect(() => {
    for (const space of spaces) void reload(space.id).catch(() => undefined);
  }, [spaces.map((space) => space.id).join()]);
  return (
    <section aria-labelledby="campaigns-heading">
      <h2 id="campaigns-heading">{t('brand.campaigns.title')}</h2>
      {spaces.map((space) => (
        <div key={space.id}>
          <h3>{space.name}</h3>
          {(campaigns[space.id] ?? []).length === 0 ? (
            <p>{t('brand.triage.none')}</p>
          ) : (
            <ul>
              {campaigns[space.id].map((campaign) => (
                <CampaignItem key={campaign.id} slug={slug} spaceId={space.id} campaign={campaign} />
              ))}
            </ul>
          )}
          <details>
            <summary>{t('brand.campaigns.launch', { space: space.name })}</summary>
            <BrandForm
              id={`campaign-${space.id}`}
              fields={['title', 'brief', 'submissionsCloseAt', 'supportClosesAt']}
              submitLabel="brand.campaigns.launchSubmit"
              submit={(values) =>
                graphqlRequest(LaunchCampaign, {
                  input: { spaceId: space.id, title: values.title, brief: values.brief, submissionsCloseAt: dayToIso(values.submissionsCloseAt) ?? '', supportClosesAt: dayToIso(values.supportClosesAt) ?? '' },
                })
              }
              onDone={(result, element) => {
                element.reset();
                void reload(space.id);
                onDone(t('brand.campaigns.launched', { title: result.launchCampaign.title }));
              }}
            >
              {(errorFor) => (
                <>
                  <BrandField form={`campaign-${space.id}`} name="title" label="brand.campaigns.campaignTitle" error={errorFor('title')} />
                  <BrandField form={`campaign-${space.id}`} name="brief" label="brand.campaigns.brief" multiline error={errorFor('brief')} />
                  <BrandField form={`campaign-${space.id}`} name="submissionsCloseAt" type="date" label="brand.campaigns.submissionsClose" error={errorFor('submissionsCloseAt')} />
                  <BrandField form={`campaign-${space.id}`} name="supportClosesAt" type="date" label="brand.campaigns.supportCloses" error={errorFor('supportClosesAt')} />
                </>
              )}
            </BrandForm>
          </details>
        </div>
      ))}
    </section>
  );
}
