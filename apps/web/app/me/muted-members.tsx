import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../graphql-me';
import type { MutedMembersQuery } from '../graphql-me/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { useI18n } from '../lib/i18n/i18n';
import { useMeT } from '../lib/i18n/me-i18n';
import { describeMeError } from './me-errors';

const MutedMembersList = /* @__PURE__ */ graphql(`
  query MutedMembers {
    mutedMembers {
      mutedAt
      member {
        id
        handle
      }
    }
  }
`);
const Unmute = /* @__PURE__ */ graphql(`
  mutation UnmuteFromSettings($memberId: ID!) {
    unmuteMember(memberId: $memberId)
  }
`);

/** The members one muted (private: only the muter sees this list), each with a way back. */
export function MutedMembers() {
  const t = useMeT();
  const { dateTime } = useI18n();
  const [muted, setMuted] = useState<MutedMembersQuery['mutedMembers'] | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const load = useCallback(() => graphqlRequest(MutedMembersList, {}).then((data) => setMuted(data.mutedMembers)), []);
  useEffect(() => {
    load().catch((error: unknown) => setMessage({ text: t(describeMeError(error).key), ok: false }));
  }, [load, t]);

  async function unmute(member: { id: string; handle: string }) {
    setMessage(null);
    try {
      await graphqlRequest(Unmute, { memberId: member.id });
      setMuted((list) => (list ?? []).filter((entry) => entry.member.id !== member.id));
      setMessage({ text: t('me.muted.unmuted', { handle: member.handle }), ok: true });
      // The heading stays in the page: the focus goes there rather than to the removed button.
      document.getElementById('muted-heading')?.focus();
    } catch (error) {
      setMessage({ text: t(describeMeError(error).key), ok: false });
    }
  }

  return (
    <section aria-labelledby="muted-heading">
      <h2 id="muted-heading" tabIndex={-1}>
        {t('me.muted.heading')}
      </h2>
      <p className="meta">{t('me.muted.hint')}</p>
      <div role="status">{message ? <p className={message.ok ? 'badge ok' : 'form-error'}>{message.text}</p> : null}</div>
      {muted === null ? null : muted.length === 0 ? (
        <p>{t('me.muted.none')}</p>
      ) : (
        <ul className="muted-members">
          {muted.map(({ member, mutedAt }) => (
            <li key={member.id}>
              <span>{member.handle}</span> <span className="meta">{t('me.muted.since', { date: dateTime(mutedAt) })}</span>{' '}
              <button type="button" onClick={() => void unmute(member)}>
                {t('me.muted.unmute', { handle: member.handle })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
