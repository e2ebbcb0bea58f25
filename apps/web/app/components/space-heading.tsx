import { Link } from 'react-router';
import { useI18n } from '../lib/i18n/i18n';

/** The breadcrumb and title shared by a space's pages. */
export function SpaceHeading({ community, space, title }: { community: { slug: string; name: string }; space: { name: string; description: string }; title?: string }) {
  const { t } = useI18n();
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={`/c/${community.slug}`}>{community.name}</Link>
      </nav>
      <h1>{title ?? space.name}</h1>
      {title ? null : <p className="lead">{space.description}</p>}
    </>
  );
}
