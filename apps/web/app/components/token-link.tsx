import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../lib/account-errors';
import { useAccountT } from '../lib/i18n/account-i18n';
import type { AccountKey } from '../lib/i18n/account-en';

/** A screen an email link opens: it sends the link's token once, then says how it went (or hands the answer to `onDone`). */
export function TokenLink<T>(props: { title: AccountKey; done: AccountKey; send: (token: string) => Promise<T>; onDone?: (answer: T) => void }) {
  const t = useAccountT();
  const token = useSearchParams()[0].get('token') ?? '';
  const [outcome, setOutcome] = useState<{ key: AccountKey; ok: boolean } | null>(token ? null : { key: 'account.missingToken', ok: false });
  const sent = useRef(false);
  const { send, done, onDone } = props;
  useEffect(() => {
    // Once: the token is single-use.
    if (!token || sent.current) return;
    sent.current = true;
    send(token).then(
      (answer) => {
        setOutcome({ key: done, ok: true });
        onDone?.(answer);
      },
      (error: unknown) => setOutcome({ key: describeError(error, []).key, ok: false }),
    );
  }, [token, send, done, onDone]);
  return (
    <section>
      <title>{`${t(props.title)} · Palabre`}</title>
      <h1>{t(props.title)}</h1>
      <div aria-live="polite">{outcome ? <p role={outcome.ok ? 'status' : 'alert'}>{t(outcome.key)}</p> : <p>{t('account.verify.checking')}</p>}</div>
      {outcome && (
        <p>
          <Link to="/">{t('account.toHome')}</Link>
        </p>
      )}
    </section>
  );
}
