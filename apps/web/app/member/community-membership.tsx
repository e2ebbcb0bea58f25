import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { useMemberT } from '../lib/i18n/member-i18n';
import { JoinCommunityButton } from './join-community';

const CommunityViewer = /* @__PURE__ */ graphql(`
  query CommunityViewer($slug: String!) {
    community(slug: $slug) {
      viewerRole
    }
  }
`);

/** On a community's home, for a signed-in member: "Join", or that they are a member. */
export default function CommunityMembership({ slug, communityId, name }: { slug: string; communityId: string; name: string }) {
  const t = useMemberT();
  const [role, setRole] = useState<string | null | undefined>(undefined);
  const load = useCallback(() => graphqlRequest(CommunityViewer, { slug }).then((data) => setRole(data.community.viewerRole), () => undefined), [slug]);
  useEffect(() => void load(), [load]);
  if (role === undefined) return null;
  if (role) return <p className="badge ok">{t('join.member', { name })}</p>;
  return <JoinCommunityButton communityId={communityId} name={name} onJoined={() => void load()} />;
}
