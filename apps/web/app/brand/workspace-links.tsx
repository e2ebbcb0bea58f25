import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../graphql-brand';
import { graphqlRequest } from '../lib/graphql-client';
import { useBrandT } from '../lib/i18n/brand-i18n';
import { BRAND_LINKS, type WorkspaceRole } from './brand-screen';

const ViewerRole = /* @__PURE__ */ graphql(`
  query WorkspaceViewerRole($slug: String!) {
    community(slug: $slug) {
      viewerRole
    }
  }
`);

/**
 * The community page's links to the workspace screens the viewer's role (as the API tells it) may use. A
 * convenience only: every screen and every act is still decided by the API.
 */
export default function WorkspaceLinks({ slug }: { slug: string }) {
  const t = useBrandT();
  const [role, setRole] = useState<WorkspaceRole | null>(null);
  useEffect(() => {
    graphqlRequest(ViewerRole, { slug }).then(
      (data) => setRole((data.community.viewerRole as WorkspaceRole | null) ?? null),
      () => setRole(null),
    );
  }, [slug]);
  const links = BRAND_LINKS.filter((link) => role && link.roles.includes(role));
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
