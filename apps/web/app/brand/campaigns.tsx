import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql-brand';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { useI18n } from '../lib/i18n/i18n';
import { describeBrandError } from './brand-errors';
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

const CloseCampaign = /* @__PURE__ */ graphql(`
  mutation CloseCampaign($campaignId: ID!) {
    closeCampaign(campaignId: $campaignId) {
      id
    }
  }
`);

type Answers = Awaited<ReturnType<typeof loadAnswers>>;
const loadAnswers = (spaceId: string, campaignId: string) => graphqlRequest(CampaignAnswers, { spaceId, campaignId }).then((data) => data.ideas);

/** One campaign and its answers: how many ideas came, the most supported first. */
function CampaignItem(props: { slug: string; spaceId: string; campaign: Campaign; onClosed: () => void }) {
  const { slug, spaceId, campaign } = props;
  const t = useBrandT();
  const i18n = useI18n();
  const [answers, setAnswers] = useState<Answers | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = new Date(campaign.supportClosesAt).getTime() > Date.now();
  const close = () =>
    graphqlRequest(CloseCampaign, { campaignId: campaign.id }).then(props.onClosed, (caught: unknown) => setError(t(describeBrandError(caught).key)));
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
      {open && (
        <button type="button" onClick={() => void close()}>
          {t('brand.campaigns.close', { title: campaign.title })}
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

interface Campaign {
  id: string;
  title: string;
  submissionsCloseAt: string;
  supportClosesAt: string;
}

/** Campaigns of each ideas space: launch one, follow its answers (it closes itself at its dates). */
export function Campaigns({ slug, spaces, onDone }: { slug: string; spaces: { id: string; name: string }[]; onDone: (text: string) => void }) {
  const t = useBrandT();
  const [campaigns, setCampaigns] = useState<Record<string, Campaign[]>>({});
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
                <CampaignItem
                  key={campaign.id}
                  slug={slug}
                  spaceId={space.id}
                  campaign={campaign}
                  onClosed={() => {
                    void reload(space.id);
                    onDone(t('brand.campaigns.closed', { title: campaign.title }));
                  }}
                />
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
