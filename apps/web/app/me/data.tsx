import { useCallback, useEffect } from 'react';
import { graphql } from '../graphql-me';
import type { ContentChoice, Locale } from '../graphql-me/graphql';
import { ApiError, graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useMeT } from '../lib/i18n/me-i18n';
import { FieldError, MeField, MeForm } from './me-form';
import { MeScreen, meMeta, useMeData } from './me-screen';

const MyData = /* @__PURE__ */ graphql(`
  query MyData($locale: Locale!) {
    me {
      id
      dataInventory {
        category
        feature
        fields
        purpose
        retentionDays
        visibleTo
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
    dataExports(first: 5) {
      edges {
        node {
          id
          status
          requestedAt
          readyAt
          expiresAt
        }
      }
    }
    accountDeletion {
      contentChoice
      executeAfter
      requestedAt
    }
  }
`);

const RequestDataExport = /* @__PURE__ */ graphql(`
  mutation RequestDataExport {
    requestDataExport {
      id
      status
    }
  }
`);

const IssueDataExportLink = /* @__PURE__ */ graphql(`
  mutation IssueDataExportLink($exportId: ID!) {
    issueDataExportLink(exportId: $exportId) {
      url
    }
  }
`);

const DeleteAccount = /* @__PURE__ */ graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      contentChoice
      executeAfter
      requestedAt
    }
  }
`);

const CancelAccountDeletion = /* @__PURE__ */ graphql(`
  mutation CancelAccountDeletion {
    cancelAccountDeletion
  }
`);

const CHOICES: ContentChoice[] = ['ANONYMISE', 'DELETE'];

export const meta = meMeta;

/** Journey 8: the inventory, the charter, an export requested then downloaded, the account's deletion scheduled or cancelled. */
export default function DataPage() {
  const t = useMeT();
  const { locale, dateTime, number } = useI18n();
  const load = useCallback(() => graphqlRequest(MyData, { locale: locale.toUpperCase() as Locale }), [locale]);
  const { data, setData, reload, notice, setNotice, fail } = useMeData(load);
  const pending = data?.dataExports.edges.some((edge) => edge.node.status === 'PENDING');

  // While an archive is being built, look again every few seconds (the page says when it is ready).
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => void reload(), 3000);
    return () => clearInterval(timer);
  }, [pending, reload]);

  async function act(run: () => Promise<unknown>, done: () => string) {
    try {
      await run();
      setNotice({ text: done(), ok: true });
      await reload();
    } catch (error) {
      fail(error);
    }
  }

  async function requestExport() {
    try {
      await graphqlRequest(RequestDataExport, {});
      setNotice({ text: t('me.data.exportRequested'), ok: true });
      await reload();
    } catch (error) {
      // One archive a day: the refusal says so, rather than a generic "too many attempts".
      if (error instanceof ApiError && error.code === 'TOO_MANY_REQUESTS') setNotice({ text: t('me.error.exportTooSoon'), ok: false });
      else fail(error);
    }
  }

  async function download(exportId: string) {
    try {
      const { issueDataExportLink } = await graphqlRequest(IssueDataExportLink, { exportId });
      // A single-use link on this origin (the web server proxies /exports to the API).
      const link = new URL(issueDataExportLink.url, window.location.origin);
      window.location.assign(`${link.pathname}${link.search}`);
    } catch (error) {
      fail(error);
    }
  }

  return (
    <MeScreen title="me.data.title" notice={notice} loaded={Boolean(data)}>
      {() => {
        const { me, dataCharter, dataExports, accountDeletion } = data!;
        return (
          <>
            <h2>{t('me.data.inventory')}</h2>
            <ul className="cards inventory">
              {(me.dataInventory ?? []).map((entry) => (
                <li key={`${entry.feature}-${entry.category}`} className="card">
                  <h3>{entry.category}</h3>
                  <dl className="facts">
                    <dt>{t('me.data.fields')}</dt>
                    <dd>{entry.fields.join(', ')}</dd>
                    <dt>{t('me.data.purpose')}</dt>
                    <dd>{entry.purpose}</dd>
                    <dt>{t('me.data.visibleTo')}</dt>
                    <dd>{entry.visibleTo}</dd>
                    <dt>{t('me.data.retention')}</dt>
                    <dd>{entry.retentionDays === null || entry.retentionDays === undefined ? t('me.data.retentionAccount') : t('me.data.retentionDays', { days: number(entry.retentionDays) })}</dd>
                  </dl>
                </li>
              ))}
            </ul>
            <details className="panel">
              <summary>{t('me.data.charter', { version: dataCharter.version })}</summary>
              {dataCharter.clauses.map((clause) => (
                <section key={clause.id}>
                  <h3>{clause.title}</h3>
                  <p>{clause.text}</p>
                </section>
              ))}
            </details>

            <h2>{t('me.data.export')}</h2>
            <p>{t('me.data.exportIntro')}</p>
            <button type="button" onClick={() => void requestExport()}>
              {t('me.data.requestExport')}
            </button>
            <ul className="cards exports">
              {dataExports.edges.map(({ node }) => (
                <li key={node.id} className="card">
                  <p>
                    <span className={node.status === 'READY' ? 'badge ok' : 'badge'}>{t(`me.data.exportStatus.${node.status}`)}</span> {t('me.data.requestedAt', { date: dateTime(node.requestedAt) })}
                  </p>
                  {node.expiresAt && <p className="meta">{t('me.data.expiresAt', { date: dateTime(node.expiresAt) })}</p>}
                  {node.status === 'READY' && (
                    <button type="button" onClick={() => void download(node.id)}>
                      {t('me.data.download')}
                    </button>
                  )}
                  {node.status === 'PENDING' && (
                    <button type="button" className="link-button" onClick={() => void reload()}>
                      {t('me.data.refresh')}
                    </button>
                  )}
                </li>
              ))}
            </ul>

            <h2>{t('me.data.deletion')}</h2>
            <p>{t('me.data.deletionIntro')}</p>
            {accountDeletion ? (
              <div className="panel warn">
                <p>{t('me.data.scheduled', { date: dateTime(accountDeletion.executeAfter), choice: t(`me.data.choice.${accountDeletion.contentChoice}`) })}</p>
                <button type="button" onClick={() => void act(() => graphqlRequest(CancelAccountDeletion, {}), () => t('me.data.cancelled'))}>
                  {t('me.data.cancel')}
                </button>
              </div>
            ) : (
              <MeForm
                id="delete-account"
                fields={['contentChoice', 'password']}
                submitLabel="me.data.schedule"
                submit={(values) => graphqlRequest(DeleteAccount, { input: { contentChoice: (values.contentChoice || 'ANONYMISE') as ContentChoice, password: values.password } })}
                onDone={(result) => setData({ ...data!, accountDeletion: result.deleteAccount })}
              >
                {(errorFor) => (
                  <>
                    <fieldset>
                      <legend>{t('me.data.choice')}</legend>
                      {CHOICES.map((choice) => (
                        <label key={choice}>
                          <input type="radio" name="contentChoice" value={choice} defaultChecked={choice === 'ANONYMISE'} /> {t(`me.data.choice.${choice}`)}
                        </label>
                      ))}
                    </fieldset>
                    <FieldError id="field-contentChoice-error" error={errorFor('contentChoice')} />
                    <MeField name="password" type="password" label="me.data.password" autoComplete="current-password" required error={errorFor('password')} />
                  </>
                )}
              </MeForm>
            )}
          </>
        );
      }}
    </MeScreen>
  );
}
