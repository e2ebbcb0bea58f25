import { useCallback } from 'react';
import { graphql } from '../graphql-me';
import type { ConsentScope, Locale, MyConsentsQuery } from '../graphql-me/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useMeT } from '../lib/i18n/me-i18n';
import { MeScreen, meMeta, useMeData } from './me-screen';

const MyConsents = /* @__PURE__ */ graphql(`
  query MyConsents($locale: Locale!) {
    communities(first: 100) {
      edges {
        node {
          id
          name
          viewerRole
        }
      }
    }
    me {
      id
      consents {
        scope
        active
        grantedAt
        revokedAt
        textVersion
        community {
          id
        }
      }
      consentHistory {
        action
        scope
        recordedAt
        textVersion
        community {
          id
          name
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

const GrantConsent = /* @__PURE__ */ graphql(`
  mutation GrantConsent($input: ConsentInput!) {
    grantConsent(input: $input) {
      active
    }
  }
`);

const RevokeConsent = /* @__PURE__ */ graphql(`
  mutation RevokeConsent($input: ConsentInput!) {
    revokeConsent(input: $input) {
      active
    }
  }
`);

const SCOPES: ConsentScope[] = ['BRAND_CONTACT', 'EMAIL_DIGEST'];
type Consent = NonNullable<MyConsentsQuery['me']['consents']>[number];

/** The newest consent of a scope in a community (the API lists current and revoked ones). */
function latest(consents: readonly Consent[], communityId: string, scope: ConsentScope): Consent | undefined {
  return consents.filter((entry) => entry.community.id === communityId && entry.scope === scope).sort((a, b) => b.grantedAt.localeCompare(a.grantedAt))[0];
}

export const meta = meMeta;

/** Journey 7: what is granted in each community, grant and withdraw, each scope in plain words, and the whole history. */
export default function ConsentsPage() {
  const t = useMeT();
  const { locale, dateTime } = useI18n();
  const load = useCallback(() => graphqlRequest(MyConsents, { locale: locale.toUpperCase() as Locale }), [locale]);
  const { data, reload, notice, setNotice, fail } = useMeData(load);

  async function change(grant: boolean, communityId: string, scope: ConsentScope) {
    try {
      const input = { communityId, scope };
      await (grant ? graphqlRequest(GrantConsent, { input }) : graphqlRequest(RevokeConsent, { input }));
      setNotice({ text: t(grant ? 'me.consents.grantedDone' : 'me.consents.revokedDone'), ok: true });
      await reload();
    } catch (error) {
      fail(error);
    }
  }

  return (
    <MeScreen title="me.consents.title" notice={notice} loaded={Boolean(data)}>
      {() => {
        const communities = data!.communities.edges.map((edge) => edge.node).filter((community) => community.viewerRole);
        const consents = data!.me.consents ?? [];
        const history = [...(data!.me.consentHistory ?? [])].reverse();
        const clause = data!.dataCharter.clauses.find((entry) => entry.id === 'consents');
        return (
          <>
            <p>{t('me.consents.intro')}</p>
            {clause && (
              <details className="panel">
                <summary>{t('me.consents.charter')}</summary>
                <h2>{clause.title}</h2>
                <p>{clause.text}</p>
              </details>
            )}
            {communities.length === 0 && <p>{t('me.consents.noCommunity')}</p>}
            {communities.map((community) => (
              <section key={community.id} aria-labelledby={`consents-${community.id}`}>
                <h2 id={`consents-${community.id}`}>{community.name}</h2>
                <ul className="cards">
                  {SCOPES.map((scope) => {
                    const consent = latest(consents, community.id, scope);
                    const active = Boolean(consent?.active);
                    const label = `${t(`me.consents.scope.${scope}`)} · ${community.name}`;
                    return (
                      <li key={scope} className="card">
                        <h3>{t(`me.consents.scope.${scope}`)}</h3>
                        <p>{t(`me.consents.scope.${scope}.explain`)}</p>
                        <p className="meta">
                          {active ? (
                            <span className="badge ok">{t('me.consents.granted', { date: dateTime(consent!.grantedAt), version: consent!.textVersion })}</span>
                          ) : (
                            <span className="badge">{consent?.revokedAt ? t('me.consents.revokedOn', { date: dateTime(consent.revokedAt) }) : t('me.consents.notGranted')}</span>
                          )}
                        </p>
                        <button type="button" aria-label={`${t(active ? 'me.consents.revoke' : 'me.consents.grant')}: ${label}`} onClick={() => void change(!active, community.id, scope)}>
                          {t(active ? 'me.consents.revoke' : 'me.consents.grant')}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            ))}
            <h2>{t('me.consents.history')}</h2>
            {history.length === 0 ? (
              <p>{t('me.consents.historyEmpty')}</p>
            ) : (
              <ol className="timeline consent-history" aria-label={t('me.consents.history')}>
                {history.map((entry, index) => (
                  <li key={`${entry.recordedAt}-${index}`}>
                    <strong>{t(`me.consents.action.${entry.action}`)}</strong> · {t(`me.consents.scope.${entry.scope}`)} · {entry.community.name}
                    <span className="meta">
                      {dateTime(entry.recordedAt)} · v{entry.textVersion}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </>
        );
      }}
    </MeScreen>
  );
}
