import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import type { BrandKey } from '../lib/i18n/brand-en';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { type Notice, useScreenData } from '../lib/screen-data';
import { ScreenLayout } from '../lib/screen-layout';
import { useSession } from '../lib/session';
import { describeBrandError } from './brand-errors';

export type WorkspaceRole = 'OWNER' | 'BRAND_STAFF' | 'MODERATOR' | 'MEMBER';

/** The workspace screens and the roles the API lets use them (the links follow; the API still decides each act). */
export const BRAND_LINKS: { path: string; label: BrandKey; roles: WorkspaceRole[] }[] = [
  { path: 'brand/ideas', label: 'brand.nav.triage', roles: ['OWNER', 'BRAND_STAFF'] },
  { path: 'brand/insights', label: 'brand.nav.insights', roles: ['OWNER', 'BRAND_STAFF'] },
  { path: 'brand/follow-up', label: 'brand.nav.followUp', roles: ['OWNER', 'BRAND_STAFF'] },
  { path: 'settings', label: 'brand.nav.settings', roles: ['OWNER'] },
  { path: 'workspace/moderation', label: 'brand.nav.moderation', roles: ['OWNER', 'MODERATOR'] },
];

export type { Notice };

/** Loads a workspace screen's data once the session is known (the token lives in memory: browser only). */
export function useBrandData<T>(load: () => Promise<T>) {
  return useScreenData(load, useBrandT(), describeBrandError, 'brand.error.signedOut');
}

/** The frame of every brand screen: title, the workspace navigation for the viewer's role, a live region, the body. */
export function BrandScreen(props: { slug: string; title: BrandKey; role: WorkspaceRole | null | undefined; notice: Notice | null; loaded: boolean; children: () => ReactNode }) {
  const t = useBrandT();
  const session = useSession();
  const { pathname } = useLocation();
  let body: ReactNode = null;
  if (session.known && !session.token) {
    body = (
      <p>
        <Link to={`/account/sign-in?next=${encodeURIComponent(pathname)}`}>{t('brand.signInFirst')}</Link>
      </p>
    );
  } else if (props.loaded) {
    body = props.children();
  } else if (!props.notice) {
    body = <p>{t('brand.loading')}</p>;
  }
  const links = BRAND_LINKS.filter((link) => props.role && link.roles.includes(props.role));
  return (
    <ScreenLayout
      title={t(props.title)}
      navLabel={t('brand.nav.label')}
      notice={props.notice}
      links={
        <>
          <li>
            <Link to={`/c/${props.slug}`}>{t('brand.nav.community')}</Link>
          </li>
          {links.map((link) => (
            <li key={link.path}>
              <NavLink to={`/c/${props.slug}/${link.path}`}>{t(link.label)}</NavLink>
            </li>
          ))}
        </>
      }
    >
      {body}
    </ScreenLayout>
  );
}

export const brandMeta = () => [{ name: 'robots', content: 'noindex' }];
