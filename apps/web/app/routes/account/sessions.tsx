import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../graphql-account';
import type { MySessionsQuery } from '../../graphql-account/graphql';
import { describeError } from '../../lib/account-errors';
import { graphqlRequest } from '../../lib/graphql-client';
import { useI18n } from '../../lib/i18n/i18n';
import { useAccountT } from '../../lib/i18n/account-i18n';
import type { AccountKey } from '../../lib/i18n/account-en';
import { getSession, setSession, useSession } from '../../lib/session';
import { sessionReady } from '../../lib/session-bootstrap';

const MySessions = /* @__PURE__ */ graphql(`
  query MySessions {
    me {
      handle
      emailVerified
      sessions {
        id
        deviceLabel
        createdAt
        lastUsedAt
        current
      }
    }
  }
`);

const RevokeSession = /* @__PURE__ */ graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

const RequestEmailVerification = /* @__PURE__ */ graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`);

const RevokeOtherSessions = /* @__PURE__ */ graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions
  }
`);

export const meta = () => [{ name: 'robots', content: 'noindex' }];

type Me = MySessionsQuery['me'];

/** The member's signed-in devices: when each signed in and was last used, which one is this, end one or all others. */
export default function SessionsPage() {
  const t = useAccountT();
  const { dateTime } = useI18n();
  const session = useSession();
  const [me, setMe] = useState<Me | null>(null);
  const [notice, setNotice] = useState<{ text: string; ok: boolean } | null>(null);

  const fail = useCallback(
    (error: unknown) => {
      const { key } = describeError(error, []);
      if (key === 'account.error.signedOut') setSession(null);
      setNotice({ text: t(key), ok: false });
    },
    [t],
  );
  const load = useCallback(() => graphqlRequest(MySessions, {}).then((data) => setMe(data.me), fail), [fail]);

  useEffect(() => {
    void sessionReady().then(() => (getSession().token ? load() : undefined));
    // Once, when the screen opens.
  }, []);

  async function act(run: () => Promise<unknown>, done: (result: unknown) => string) {
    try {
      const result = await run();
      setNotice({ text: done(result), ok: true });
      await load();
    } catch (error) {
      fail(error);
    }
  }

  const say = (key: AccountKey, params?: Record<string, string | number>) => () => t(key, params);
  let body;
  if (session.known && !session.token) {
    body = (
      <p>
        <Link to="/account/sign-in?next=/account/sessions">{t('account.sessions.signInFirst')}</Link>
      </p>
    );
  } else if (!me) {
    body = <p>{t('account.sessions.loading')}</p>;
  } else {
    const others = (me.sessions ?? []).filter((entry) => !entry.current).length;
    body = (
      <>
        {me.emailVerified === false && (
          <div className="panel warn">
            <p>{t('account.sessions.unverified')}</p>
            <button type="button" onClick={() => void act(() => graphqlRequest(RequestEmailVerification, {}), say('account.sessions.resent'))}>
              {t('account.sessions.resend')}
            </button>
          </div>
        )}
        <ul className="sessions">
          {(me.sessions ?? []).map((entry) => (
            <li key={entry.id} className="card">
              <h2>
                {entry.deviceLabel} {entry.current && <span className="badge ok">{t('account.sessions.current')}</span>}
              </h2>
              <p className="meta">{t('account.sessions.created', { date: dateTime(entry.createdAt) })}</p>
              <p className="meta">{t('account.sessions.lastUsed', { date: dateTime(entry.lastUsedAt) })}</p>
              {!entry.current && (
                <button type="button" aria-label={`${t('account.sessions.end')}: ${entry.deviceLabel}`} onClick={() => void act(() => graphqlRequest(RevokeSession, { id: entry.id }), say('account.sessions.ended'))}>
                  {t('account.sessions.end')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {others > 0 && (
          <button
            type="button"
            onClick={() => void act(() => graphqlRequest(RevokeOtherSessions, {}), (result) => t('account.sessions.endedOthers', { count: (result as { revokeOtherSessions: number }).revokeOtherSessions }))}
          >
            {t('account.sessions.endOthers')}
          </button>
        )}
      </>
    );
  }
  return (
    <section>
      <title>{`${t('account.sessions.title')} · Palabre`}</title>
      <h1>{t('account.sessions.title')}</h1>
      <p>{t('account.sessions.intro')}</p>
      <div aria-live="polite" className="live-region">
        {notice && <p className={notice.ok ? 'badge ok' : 'form-error'}>{notice.text}</p>}
      </div>
      {body}
    </section>
  );
}
