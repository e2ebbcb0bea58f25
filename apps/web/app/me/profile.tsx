import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../graphql-me';
import type { MyCommunityProfileQuery } from '../graphql-me/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useMeT } from '../lib/i18n/me-i18n';
import type { MeKey } from '../lib/i18n/me-en';
import { KudosList } from './kudos-list';
import { MeForm } from './me-form';
import { MeScreen, meMeta, useMeData } from './me-screen';

const MyProfile = /* @__PURE__ */ graphql(`
  query MyProfile {
    communities(first: 100) {
      edges {
        node {
          id
          slug
          name
          viewerRole
        }
      }
    }
    me {
      id
      handle
      recognitionProfile {
        showReciprocity
        appearOnRecognitionBoard
      }
    }
  }
`);

const MyCommunityProfile = /* @__PURE__ */ graphql(`
  query MyCommunityProfile($communityId: ID!, $month: String!) {
    node(id: $communityId) {
      ... on Community {
        id
        recognitionBoardEnabled
        recognitionBoard(month: $month) {
          month
          entries {
            acceptedAnswers
            creditsAccepted
            kudosReceived
            member {
              handle
            }
          }
        }
      }
    }
    me {
      id
      reputation(communityId: $communityId)
      reciprocity(communityId: $communityId) {
        answersGiven
        answersReceived
        kudosGiven
        kudosReceived
        membersHelped
        helpedBy
        since
      }
      badges(communityId: $communityId) {
        kind
        name
        description
        awardedAt
      }
    }
  }
`);

const UpdateProfile = /* @__PURE__ */ graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      showReciprocity
      appearOnRecognitionBoard
    }
  }
`);

type Reciprocity = NonNullable<MyCommunityProfileQuery['me']['reciprocity']>;
const FIGURES: [keyof Omit<Reciprocity, 'since'>, MeKey][] = [
  ['answersGiven', 'me.profile.answersGiven'],
  ['membersHelped', 'me.profile.membersHelped'],
  ['kudosGiven', 'me.profile.kudosGiven'],
  ['answersReceived', 'me.profile.answersReceived'],
  ['helpedBy', 'me.profile.helpedBy'],
  ['kudosReceived', 'me.profile.kudosReceived'],
];

/** This month as YYYY-MM (UTC, as the API counts months). */
const thisMonth = () => new Date().toISOString().slice(0, 7);

export const meta = meMeta;

/** Journey 9: what I gave and received in each community, my badges, the opt-in board and who may see what. */
export default function ProfilePage() {
  const t = useMeT();
  const load = useCallback(() => graphqlRequest(MyProfile, {}), []);
  const { data, setData, notice, setNotice } = useMeData(load);

  return (
    <MeScreen title="me.profile.title" notice={notice} loaded={Boolean(data)}>
      {() => {
        const communities = data!.communities.edges.map((edge) => edge.node).filter((community) => community.viewerRole);
        const profile = data!.me.recognitionProfile;
        return (
          <>
            <p className="lead">{data!.me.handle}</p>
            {communities.length === 0 && <p>{t('me.profile.noCommunity')}</p>}
            {communities.map((community) => (
              <section key={community.id} aria-labelledby={`profile-${community.id}`} className="panel">
                <h2 id={`profile-${community.id}`}>{community.name}</h2>
                <CommunityProfile communityId={community.id} communitySlug={community.slug} />
              </section>
            ))}
            {profile && (
              <>
                <h2>{t('me.profile.choices')}</h2>
                <MeForm
                  id="recognition-profile"
                  fields={[]}
                  submitLabel="me.save"
                  submit={(values) => graphqlRequest(UpdateProfile, { input: { showReciprocity: values.showReciprocity === 'on', appearOnRecognitionBoard: values.appearOnRecognitionBoard === 'on' } })}
                  onDone={(result) => {
                    setData({ ...data!, me: { ...data!.me, recognitionProfile: result.updateProfile } });
                    setNotice({ text: t('me.saved'), ok: true });
                  }}
                >
                  {() => (
                    <>
                      <label className="check">
                        <input type="checkbox" name="showReciprocity" defaultChecked={profile.showReciprocity} /> {t('me.profile.showReciprocity')}
                      </label>
                      <label className="check">
                        <input type="checkbox" name="appearOnRecognitionBoard" defaultChecked={profile.appearOnRecognitionBoard} /> {t('me.profile.appearOnBoard')}
                      </label>
                    </>
                  )}
                </MeForm>
              </>
            )}
          </>
        );
      }}
    </MeScreen>
  );
}

/** Reciprocity, reputation and badges in one community (each takes the community as an argument). */
function CommunityProfile({ communityId, communitySlug }: { communityId: string; communitySlug: string }) {
  const t = useMeT();
  const { date, number } = useI18n();
  const [data, setData] = useState<MyCommunityProfileQuery | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void graphqlRequest(MyCommunityProfile, { communityId, month: thisMonth() }).then(setData, () => setFailed(true));
  }, [communityId]);
  if (failed) return <p className="form-error">{t('me.error.generic')}</p>;
  if (!data) return <p>{t('me.loading')}</p>;
  const { me } = data;
  const community = data.node && 'recognitionBoard' in data.node ? data.node : null;
  const reciprocity = me.reciprocity;
  return (
    <>
      <p className="meta">
        <span>{t('me.profile.reputation', { count: number(me.reputation) })}</span>
        {reciprocity?.since && <span>· {t('me.profile.since', { date: date(reciprocity.since) })}</span>}
      </p>
      {reciprocity && (
        <>
          <h3>{t('me.profile.reciprocity')}</h3>
          <dl className="facts reciprocity">
            {FIGURES.map(([field, label]) => (
              <div key={field}>
                <dt>{t(label)}</dt>
                <dd>{number(reciprocity[field])}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <KudosList communityId={communityId} communitySlug={communitySlug} />
      <h3>{t('me.profile.badges')}</h3>
      {me.badges.length === 0 ? (
        <p className="meta">{t('me.profile.noBadges')}</p>
      ) : (
        <ul className="tags badges">
          {me.badges.map((badge) => (
            <li key={badge.kind} title={badge.description}>
              <strong>{badge.name}</strong> · {badge.description} · {date(badge.awardedAt)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('me.profile.board', { month: community?.recognitionBoard?.month ?? thisMonth() })}</h3>
      {!community?.recognitionBoardEnabled || !community.recognitionBoard ? (
        <p className="meta">{t('me.profile.boardOff')}</p>
      ) : community.recognitionBoard.entries.length === 0 ? (
        <p className="meta">{t('me.profile.boardEmpty')}</p>
      ) : (
        <ol>
          {community.recognitionBoard.entries.map((entry) => (
            <li key={entry.member.handle}>
              <strong>{entry.member.handle}</strong> · {t('me.profile.boardEntry', { answers: entry.acceptedAnswers, kudos: entry.kudosReceived, credits: entry.creditsAccepted })}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
