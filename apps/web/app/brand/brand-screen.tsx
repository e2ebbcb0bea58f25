import type { ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import type { BrandKey } from '../lib/i18n/brand-en';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { type Notice, useScreenData } from '../lib/screen-data';
import { ScreenLayout } from '../lib/screen-layout';
import { useSession } from '../lib/session';
import { describeBrandError } from './brand-errors';
import type { WorkspaceScreen } from '../graphql-brand/graphql';

/**
 * The workspace screens, each linked when the API lists it in Community.viewerWorkspaceScreens (the interface never
 * decides who may: the API says which screens it opens, and still decides each act).
 */
export const BRAND_LINKS: { path: string; label: BrandKey; screen: WorkspaceScreen }[] = [
  { path: 'brand/ideas', label: 'brand.nav.triage', screen: 'TRIAGE' },
  { path: 'brand/insights', label: 'brand.nav.insights', screen: 'INSIGHTS' },
  { path: 'brand/follow-up', label: 'brand.nav.followUp', screen: 'FOLLOW_UP' },
  { path: 'settings', label: 'brand.nav.settings', screen: 'SETTINGS' },
  { path: 'workspace/moderation', label: 'brand.nav.moderation', screen: 'MODERATION' },
];

/** The links to the screens the API opens to the viewer. */
export const linksFor = (screens: readonly WorkspaceScreen[] | null | undefined) => BRAND_LINKS.filter((link) => screens?.includes(link.screen));

export type { Notice };

/** Loads a workspace screen's data once the session is known (the token lives in memory: browser only). */
export function useBrandData<T>(load: () => Promise<T>) {
  return useScreenData(load, useBrandT(), describeBrandError, 'brand.error.signedOut');
}

/** The frame of every brand screen: title, the workspace navigation the API opens to the viewer, a live region, the body. */
export function BrandScreen(props: { slug: string; title: BrandKey; screens: readonly WorkspaceScreen[] | null | undefined; notice: Notice | null; loaded: boolean; children: () => ReactNode }) {
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
  const links = linksFor(props.screens);
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
