import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql-brand';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import type { WorkspaceScreen } from '../graphql-brand/graphql';
import { linksFor } from './brand-screen';

const ViewerScreens = /* @__PURE__ */ graphql(`
  query WorkspaceViewerScreens($slug: String!) {
    community(slug: $slug) {
      viewerWorkspaceScreens
    }
  }
`);

/**
 * The community page's links to the workspace screens the API opens to the viewer (viewerWorkspaceScreens). A
 * convenience only: every screen and every act is still decided by the API.
 */
export default function WorkspaceLinks({ slug }: { slug: string }) {
  const t = useBrandT();
  const [screens, setScreens] = useState<readonly WorkspaceScreen[]>([]);
  useEffect(() => {
    graphqlRequest(ViewerScreens, { slug }).then(
      (data) => setScreens(data.community.viewerWorkspaceScreens),
      () => setScreens([]),
    );
  }, [slug]);
  const links = linksFor(screens);
  if (links.length === 0) return null;
  return (
    <nav aria-label={t('brand.nav.open')} className="workspace-links">
      <ul>
        {links.map((link) => (
          <li key={link.path}>
            <Link to={`/c/${slug}/${link.path}`}>{t(link.label)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
