import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import type { MeKey } from '../lib/i18n/me-en';
import { useMeT } from '../lib/i18n/me-i18n';
import { type Notice, useScreenData } from '../lib/screen-data';
import { ScreenLayout } from '../lib/screen-layout';
import { useSession } from '../lib/session';
import { describeMeError } from './me-errors';

const LINKS: [string, MeKey][] = [
  ['/me/notifications', 'me.nav.notifications'],
  ['/me/settings', 'me.nav.settings'],
  ['/me/consents', 'me.nav.consents'],
  ['/me/data', 'me.nav.data'],
  ['/me/profile', 'me.nav.profile'],
  ['/me/email', 'me.nav.email'],
  ['/me/password', 'me.nav.password'],
];

export type { Notice };

/**
 * Loads a member screen's data once the session is known (these screens render in the browser only: the
 * access token lives in memory). `fail` turns an error into a notice, and ends a session the API refused.
 */
export function useMeData<T>(load: () => Promise<T>) {
  return useScreenData(load, useMeT(), describeMeError, 'me.error.signedOut');
}

/** The frame of every member screen: title, the member navigation, a polite live region for outcomes, then the body. */
export function MeScreen(props: { title: MeKey; notice: Notice | null; loaded: boolean; children: () => ReactNode }) {
  const t = useMeT();
  const session = useSession();
  const { pathname } = useLocation();
  let body: ReactNode;
  if (session.known && !session.token) {
    body = (
      <p>
        <Link to={`/account/sign-in?next=${encodeURIComponent(pathname)}`}>{t('me.signInFirst')}</Link>
      </p>
    );
  } else if (!props.loaded) {
    body = <p>{t('me.loading')}</p>;
  } else {
    body = props.children();
  }
  return (
    <ScreenLayout
      title={t(props.title)}
      navLabel={t('me.nav.label')}
      notice={props.notice}
      links={LINKS.map(([to, label]) => (
        <li key={to}>
          <NavLink to={to}>{t(label)}</NavLink>
        </li>
      ))}
    >
      {body}
    </ScreenLayout>
  );
}

export const meMeta = () => [{ name: 'robots', content: 'noindex' }];
