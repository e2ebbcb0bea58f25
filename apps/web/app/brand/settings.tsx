import { useCallback } from 'react';
import { useParams } from 'react-router';
import { graphql } from '../graphql-brand';
import type { Locale } from '../graphql-brand/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { useI18n } from '../lib/i18n/i18n';
import { BrandField, BrandForm } from './brand-form';
import { BrandScreen, brandMeta, useBrandData } from './brand-screen';
import { IdeaPolicyForm, RoleForm, SpaceForm } from './settings-forms';

const CommunitySettings = /* @__PURE__ */ graphql(`
  query CommunitySettings($slug: String!, $locale: Locale!) {
    community(slug: $slug) {
      id
      name
      viewerWorkspaceScreens
      autoHideThreshold
      members(first: 50) {
        totalCount
        edges {
          node {
            role
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
        slug
        kind
        responseCommitment {
          hours
        }
        ideaPolicy {
          supportThreshold
          thresholdWindowDays
          supportBudget
          reviewCadenceDays
          updateEveryDays
        }
      }
    }
    dataCharter(locale: $locale) {
      version
      clauses {
        id
        title
        text
      }
    }
  }
`);

const Invite = /* @__PURE__ */ graphql(`
  mutation InviteToCommunity($communityId: ID!, $handle: String!) {
    inviteToCommunity(communityId: $communityId, handle: $handle) {
      id
    }
  }
`);

const SetAutoHide = /* @__PURE__ */ graphql(`
  mutation SetAutoHideThreshold($input: SetAutoHideThresholdInput!) {
    setAutoHideThreshold(input: $input)
  }
`);

export const meta = brandMeta;

/** The community owner's settings: roles and invitations, spaces, idea policy, auto-hide, commitments, data charter. */
export default function CommunitySettingsPage() {
  const t = useBrandT();
  const { locale } = useI18n();
  const slug = useParams().community!;
  const load = useCallback(() => graphqlRequest(CommunitySettings, { slug, locale: locale.toUpperCase() as Locale }), [slug, locale]);
  const { data, reload, notice, setNotice } = useBrandData(load);
  const done = (text: string) => {
    setNotice({ text, ok: true });
    void reload();
  };

  return (
    <BrandScreen slug={slug} title="brand.settings.title" screens={data?.community.viewerWorkspaceScreens} notice={notice} loaded={Boolean(data)}>
      {() => {
        const { community, dataCharter } = data!;
        return (
          <>
            <section aria-labelledby="roles-heading">
              <h2 id="roles-heading">{t('brand.settings.roles', { count: community.members.totalCount })}</h2>
              <ul>
                {community.members.edges.map(({ node }) => (
                  <li key={node.member.id}>
                    <RoleForm communityId={community.id} member={node.member} role={node.role} onDone={done} />
                  </li>
                ))}
              </ul>
              <BrandForm
                id="invite"
                fields={['handle']}
                submitLabel="brand.settings.inviteSubmit"
                submit={(values) => graphqlRequest(Invite, { communityId: community.id, handle: values.handle.trim() })}
                onDone={(_result, element) => {
                  element.reset();
                  done(t('brand.settings.invited'));
                }}
              >
                {(errorFor) => <BrandField form="invite" name="handle" label="brand.settings.inviteHandle" error={errorFor('handle')} />}
              </BrandForm>
            </section>
            <section aria-labelledby="spaces-heading">
              <h2 id="spaces-heading">{t('brand.settings.spaces')}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('brand.settings.spaceName')}</th>
                    <th scope="col">{t('brand.settings.spaceKind')}</th>
                    <th scope="col">{t('brand.settings.commitment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {community.spaces.map((space) => (
                    <tr key={space.id}>
                      <td>{space.name}</td>
                      <td>{t(space.kind === 'IDEAS' ? 'brand.settings.kind.IDEAS' : 'brand.settings.kind.DISCUSSION')}</td>
                      <td>{space.responseCommitment ? t('brand.followUp.commitment', { hours: space.responseCommitment.hours }) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="meta">{t('brand.settings.commitmentHint')}</p>
              <SpaceForm communityId={community.id} onDone={done} />
            </section>
            {community.spaces
              .filter((space) => space.kind === 'IDEAS')
              .map((space) => (
                <IdeaPolicyForm key={space.id} space={space} onDone={done} />
              ))}
            <section aria-labelledby="auto-hide-heading">
              <h2 id="auto-hide-heading">{t('brand.settings.autoHide')}</h2>
              <BrandForm
                id="auto-hide"
                fields={['threshold']}
                submitLabel="brand.save"
                submit={(values) => graphqlRequest(SetAutoHide, { input: { communityId: community.id, threshold: Number(values.threshold) } })}
                onDone={() => done(t('brand.settings.autoHideSaved'))}
              >
                {(errorFor) => (
                  <BrandField form="auto-hide" name="threshold" inputMode="numeric" label="brand.settings.threshold" hint="brand.settings.thresholdHint" defaultValue={String(community.autoHideThreshold)} error={errorFor('threshold')} />
                )}
              </BrandForm>
            </section>
            <section aria-labelledby="charter-heading">
              <h2 id="charter-heading">{t('brand.settings.charter', { version: dataCharter.version })}</h2>
              {dataCharter.clauses.map((clause) => (
                <details key={clause.id}>
                  <summary>{clause.title}</summary>
                  <p>{clause.text}</p>
                </details>
              ))}
            </section>
          </>
        );
      }}
    </BrandScreen>
  );
}
