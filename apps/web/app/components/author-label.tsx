import { Link } from 'react-router';
import { graphql } from '../graphql';
import type { AuthorLabelFragment } from '../graphql/graphql';
import { useI18n } from '../lib/i18n/i18n';

export const AuthorLabelDoc = /* @__PURE__ */ graphql(`
  fragment AuthorLabel on Author {
    handle
    affiliation
  }
`);

// Erased accounts keep a tombstone handle ("former-member-12") and have no profile to link to.
const FORMER_MEMBER = /^former-member-/i;

/**
 * Who wrote something, linked to their public profile; staff and moderators are labelled (peers, not weights),
 * plain members are not.
 */
export function AuthorLabel({ author }: { author: AuthorLabelFragment | null | undefined }) {
  const { t } = useI18n();
  if (!author) return <span className="author">—</span>;
  const labelled = author.affiliation && author.affiliation !== 'MEMBER';
  return (
    <span className="author">
      {FORMER_MEMBER.test(author.handle) ? author.handle : <Link to={`/members/${encodeURIComponent(author.handle)}`}>{author.handle}</Link>}
      {labelled ? <span className="badge">{t(`role.${author.affiliation!}`)}</span> : null}
    </span>
  );
}
