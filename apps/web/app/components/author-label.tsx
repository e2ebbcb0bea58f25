import { graphql } from '../graphql';
import type { AuthorLabelFragment } from '../graphql/graphql';
import { useI18n } from '../lib/i18n/i18n';

export const AuthorLabelDoc = /* @__PURE__ */ graphql(`
  fragment AuthorLabel on Author {
    handle
    affiliation
  }
`);

/** Who wrote something; staff and moderators are labelled (peers, not weights), plain members are not. */
export function AuthorLabel({ author }: { author: AuthorLabelFragment | null | undefined }) {
  const { t } = useI18n();
  if (!author) return <span className="author">—</span>;
  const labelled = author.affiliation && author.affiliation !== 'MEMBER';
  return (
    <span className="author">
      {author.handle}
      {labelled ? <span className="badge">{t(`role.${author.affiliation!}`)}</span> : null}
    </span>
  );
}
