import { useState } from 'react';
import { graphql } from '../graphql-member';
import { graphqlRequest } from '../lib/graphql-client';
import { useMemberT } from '../lib/i18n/member-i18n';
import { describeMemberError } from './member-errors';

const JoinCommunity = /* @__PURE__ */ graphql(`
  mutation JoinCommunity($communityId: ID!) {
    joinCommunity(communityId: $communityId) {
      role
    }
  }
`);

/** "Join this community": members post, support and follow; readers need not join. */
export function JoinCommunityButton({ communityId, name, onJoined }: { communityId: string; name: string; onJoined: () => void }) {
  const t = useMemberT();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const join = async () => {
    setPending(true);
    setError(null);
    try {
      await graphqlRequest(JoinCommunity, { communityId });
      onJoined();
    } catch (caught) {
      setError(t(describeMemberError(caught).key));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="panel join">
      <p>{t('join.why', { name })}</p>
      <button type="button" onClick={() => void join()} disabled={pending}>
        {t('join.button', { name })}
      </button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
