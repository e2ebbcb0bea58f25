import { randomUUID } from 'node:crypto';
import { toGlobalId } from '@palabre/contracts';
import { EventsService, TransactionRunner } from '@palabre/core';
import { DigestService } from '@palabre/notifications';
import { readUntil, startPlatform, type Platform } from '../support/harness';
import { startSmtpSink, type SmtpSink, type SunkMail } from '../support/smtp-sink';
import { createCommunity, createMember, refreshToken, type TestMember } from '../realtime/factories';
import { graphql } from '../graphql';
import type { ConsentScope } from '../graphql/graphql';

jest.setTimeout(60_000);

const PUBLIC_URL = 'http://web.example.test';

describe('digest email', () => {
  let platform: Platform;
  let smtp: SmtpSink;
  let owner: TestMember;
  let giver: TestMember;
  let communityA: string;
  let communityB: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    platform = await startPlatform({ config: { SMTP_URL: smtp.url, SCHEDULER_ENABLED: 'false', MAIL_WORKER_ENABLED: 'true', PUBLIC_URL } });
    owner = await createMember(platform);
    giver = await createMember(platform);
    communityA = await createCommunity(platform, owner, { members: [{ member: giver }] });
    communityB = await createCommunity(platform, owner);
    await platform.db.query(`UPDATE communities SET name = CASE id WHEN $1::uuid THEN 'Alpha Bikes' ELSE 'Beta Boats' END WHERE id = ANY($2::uuid[])`, [communityA, [communityA, communityB]]);
  });

  afterAll(async () => {
    await platform?.close();
    await smtp?.close();
  });

  async function reader(locale: 'FR' | 'EN' | null): Promise<TestMember> {
    const member = await createMember(platform);
    await platform.db.query(`UPDATE members SET email_verified_at = now(), locale = $2 WHERE id = $1`, [member.id, locale]);
    for (const community of [communityA, communityB]) {
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, 'MEMBER', $3)`, [community, member.id, platform.clock.now()]);
    }
    const prefs = await platform.gql(graphql(`mutation DigestEmailUpdateNotificationPreferences { updateNotificationPreferences(input: { cadence: DAILY, email: true }) { email } }`), {}, { token: member.token });
    expect(prefs.errors).toBeUndefined();
    const consent = graphql(`mutation DigestEmailGrantConsent($input: ConsentInput!) { grantConsent(input: $input) { active } }`);
    for (const [scope, community] of [['EMAIL_DIGEST', communityA], ['EMAIL_DIGEST', communityB], ['BRAND_CONTACT', communityA]] satisfies Array<[ConsentScope, string]>) {
      expect((await platform.gql(consent, { input: { scope, communityId: toGlobalId('Community', community) } }, { token: member.token })).data).toEqual({ grantConsent: { active: true } });
    }
    // Kudos in Alpha Bikes only: the digest email is caused by the EMAIL_DIGEST consent of Alpha Bikes alone.
    await platform.app.get(TransactionRunner).run((tx) =>
      platform.app.get(EventsService).record(tx, {
        type: 'kudos.given',
        rooms: [`member:${member.id}`],
        payload: { communityId: communityA, kudosId: randomUUID(), contentId: toGlobalId('Reply', randomUUID()), giverId: giver.id, receiverId: member.id, message: 'merci <b>!</b>' },
      }),
    );
    return member;
  }

  async function digestOf(member: TestMember): Promise<SunkMail> {
    platform.clock.advanceDays(1);
    refreshToken(platform, member);
    await readUntil(() => platform.app.get(DigestService).runOnce(), () => true);
    const mails = await readUntil(() => smtp.to(`${member.handle}@example.test`), (found) => found.length > 0, 15_000);
    expect(mails).toHaveLength(1);
    return mails[0];
  }

  const consents = async (member: TestMember) =>
    (await platform.db.query(
      `SELECT DISTINCT ON (community_id, scope) community_id, scope, action FROM consent_ledger WHERE member_id = $1 ORDER BY community_id, scope, id DESC`,
      [member.id],
    )).rows.map((row) => `${row.community_id === communityA ? 'Alpha' : 'Beta'} ${row.scope} ${row.action}`).sort();

  it('carries one-click unsubscribe headers and says why it comes; the link revokes exactly that consent', async () => {
    const member = await reader(null);
    const mail = await digestOf(member);
    expect(mail.subject).toBe('Your Palabre digest: 1 update');
    expect(mail.text).toContain('You receive this email because you consented to email digests from: Alpha Bikes.');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const match = /^<(http:\/\/web\.example\.test\/unsubscribe\/([A-Za-z0-9_-]+))>$/.exec(mail.headers['list-unsubscribe']);
    expect(match).not.toBeNull();
    const [, url, token] = match!;
    expect(mail.text).toContain(url);
    expect(mail.html).not.toMatch(/<script|<img|src=/i);
    const stored = await platform.db.query(`SELECT count(*)::int AS n FROM unsubscribe_links WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token]);
    expect(stored.rows[0].n).toBe(1);

    const api = `${platform.apiUrl}/unsubscribe/${token}`;
    // A scanner following the link changes nothing.
    const shown = await fetch(api);
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('Alpha Bikes');
    expect(await consents(member)).toEqual(['Alpha BRAND_CONTACT GRANT', 'Alpha EMAIL_DIGEST GRANT', 'Beta EMAIL_DIGEST GRANT']);

    // What a mail client sends for RFC 8058, without any sign-in.
    const posted = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(posted.status).toBe(200);
    expect(await consents(member)).toEqual(['Alpha BRAND_CONTACT GRANT', 'Alpha EMAIL_DIGEST REVOKE', 'Beta EMAIL_DIGEST GRANT']);
    const again = await fetch(api, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(again.status).toBe(200);
    const ledger = await platform.db.query(`SELECT count(*)::int AS n FROM consent_ledger WHERE member_id = $1 AND action = 'REVOKE'`, [member.id]);
    expect(ledger.rows[0].n).toBe(1);
    expect((await fetch(`${platform.apiUrl}/unsubscribe/not-a-real-token-0123456789abcdef`, { method: 'POST' })).status).toBe(404);
  });

  it('writes the digest and notification summaries in the member’s language, as text and escaped HTML', async () => {
    const member = await reader('FR');
    const mail = await digestOf(member);
    expect(mail.subject).toBe('Votre résumé Palabre : 1 nouveauté');
    expect(mail.text).toContain('Vous recevez cet email parce que vous avez accepté de recevoir les résumés par email de : Alpha Bikes.');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.text).toContain('- Vous avez reçu des remerciements : « merci <b>!</b> »');
    expect(mail.html).toContain('Vous avez reçu des remerciements : « merci &lt;b&gt;!&lt;/b&gt; »');
    const inbox = await platform.gql(graphql(`query DigestEmailNotifications { notifications(first: 5) { edges { node { kind summary } } } }`), {}, { token: member.token });
    expect(inbox.data.notifications.edges).toEqual([{ node: { kind: 'kudos.given', summary: 'Vous avez reçu des remerciements : « merci <b>!</b> »' } }]);
  });
});
