import { Role } from '@palabre/contracts';
import { Db, PersonalDataProvider, PersonalDataRegistry, queryRows, TokenService } from '@palabre/core';
import { AccountErasureService, CHARTER_CLAUSE_IDS, DataExportService, PersonalDataAudit, RetentionService } from '@palabre/privacy';
import { CommunitiesService } from '@palabre/communities';
import { errorCode, Platform, startPlatform } from '../support/harness';
import { addToCommunity, createCommunity, createMember, TestMember } from '../support/factories';
import { graphql } from '../graphql';

const REQUEST_EXPORT = graphql(`mutation PrivacyPrivacyRequestExport { requestDataExport { id status } }`);
const EXPORTS = graphql(`query PrivacyPrivacyExports { dataExports(first: 10) { totalCount edges { node { id status readyAt expiresAt } } } }`);
const ISSUE_LINK = graphql(`mutation Link($id: ID!) { issueDataExportLink(exportId: $id) { url expiresAt } }`);
const DELETE_ACCOUNT = graphql(`mutation PrivacyDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) { contentChoice requestedAt executeAfter } }`);
const CANCEL_DELETION = graphql(`mutation PrivacyPrivacyCancelDeletion { cancelAccountDeletion }`);
const ME = graphql(`query PrivacyPrivacyMe { me { handle } }`);

const DAY = 86_400_000;

describe('privacy', () => {
  let platform: Platform;
  let exportsService: DataExportService;
  let erasure: AccountErasureService;
  let retention: RetentionService;
  const failingErasures = new Set<string>();

  beforeAll(async () => {
    platform = await startPlatform({ config: { SCHEDULER_ENABLED: 'false' } });
    exportsService = platform.app.get(DataExportService);
    erasure = platform.app.get(AccountErasureService);
    retention = platform.app.get(RetentionService);
    // A stand-in content feature (the real ones register theirs the same way): notes with an author and a body.
    await platform.db.query(`CREATE TABLE test_notes (id serial PRIMARY KEY, author_id uuid NOT NULL REFERENCES members(id), body text NOT NULL)`);
    platform.app.get(PersonalDataRegistry).register(notesProvider(failingErasures));
  });
  afterAll(() => platform?.close());

  const exportOf = async (member: TestMember): Promise<{ url: string; id: string }> => {
    const requested = await platform.gql(REQUEST_EXPORT, undefined, { token: tokenOf(member) });
    expect(requested.errors).toBeUndefined();
    await exportsService.processPending();
    const link = await platform.gql(ISSUE_LINK, { id: requested.data.requestDataExport.id }, { token: tokenOf(member) });
    expect(link.errors).toBeUndefined();
    return { url: link.data.issueDataExportLink.url, id: requested.data.requestDataExport.id };
  };
  /** Access tokens live 15 minutes and the clock jumps by days here: a token for the member's session, issued now. */
  const tokenOf = (member: TestMember) => platform.app.get(TokenService).issueAccessToken({ memberId: member.id, sessionId: member.ctx.actor!.sessionId }, platform.clock.now());
  const download = (url: string, token?: string) => fetch(`${platform.apiUrl}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const scheduleDeletion = async (member: TestMember, contentChoice: 'ANONYMISE' | 'DELETE') => {
    const result = await platform.gql(DELETE_ACCOUNT, { input: { password: member.password, contentChoice } }, { token: tokenOf(member) });
    expect(result.errors).toBeUndefined();
    return result;
  };
  const runDueErasures = async () => {
    platform.clock.advanceDays(7);
    platform.clock.advance(60_000);
    return erasure.executeDue();
  };
  const memberCountsMatchRows = async () =>
    (await platform.db.query(`SELECT count(*) AS n FROM communities c WHERE member_count <> (SELECT count(*) FROM memberships m WHERE m.community_id = c.id)`)).rows[0].n;

  describe('charter and inventory', () => {
    it('publishes a versioned data charter in English and French', async () => {
      const result = await platform.gql(graphql(`query PrivacyPrivacyEn { en: dataCharter { version clauses { id title text } } fr: dataCharter(locale: FR) { version clauses { id title } } }`));
      expect(result.errors).toBeUndefined();
      expect(result.data.en.version).toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(result.data.en.clauses.map((clause) => clause.id)).toEqual(result.data.fr.clauses.map((clause) => clause.id));
      expect(result.data.fr.clauses.find((clause) => clause.id === 'account')?.title).toBe('Votre compte');
    });

    it('shows me my data inventory, and nobody else', async () => {
      const [me, other] = [await createMember(platform), await createMember(platform)];
      const result = await platform.gql(
        graphql(`query PrivacyPrivacyMe2($other: ID!) { me { dataInventory { feature category fields purpose charterClause retentionDays visibleTo } } node(id: $other) { ... on Member { dataInventory { category } } } }`),
        { other: other.globalId },
        { token: tokenOf(me) },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data.node?.dataInventory).toBeNull();
      expect(result.data.me.dataInventory).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ feature: 'members', category: 'Connection traces', retentionDays: 30, visibleTo: 'you only', charterClause: 'security' }),
          expect.objectContaining({ feature: 'communities', category: 'Memberships and roles' }),
          expect.objectContaining({ feature: 'privacy', category: 'Data exports' }),
        ]),
      );
    });

    it('has every personal column of every entity and table declared by some provider, each under an existing charter clause', async () => {
      const undeclared = await platform.app.get(PersonalDataAudit).undeclared();
      expect(undeclared).toEqual({ schema: [] });
      const inventory = platform.app.get(PersonalDataRegistry).inventory();
      expect(inventory.filter((entry) => !CHARTER_CLAUSE_IDS.has(entry.charterClause)).map((entry) => `${entry.feature}: ${entry.charterClause}`)).toEqual([]);
    });

    it('counts JSON payloads, rendered bodies, target ids and event rooms as personal unless some provider declares them', async () => {
      await platform.db.query(`CREATE TABLE test_payloads (id serial PRIMARY KEY, kind text, payload jsonb, extra json, body_html text, target_id uuid, rooms text[])`);
      try {
        const undeclared = await platform.app.get(PersonalDataAudit).undeclared();
        expect(undeclared.schema.filter((column) => column.startsWith('test_payloads.'))).toEqual([
          'test_payloads.body_html',
          'test_payloads.extra',
          'test_payloads.payload',
          'test_payloads.rooms',
          'test_payloads.target_id',
        ]);
      } finally {
        await platform.db.query(`DROP TABLE test_payloads`);
      }
      const declared = platform.app.get(PersonalDataRegistry).declaredColumns();
      for (const column of ['notifications.payload', 'outbox_events.payload', 'outbox_events.rooms', 'follows.target_id', 'threads.body_html']) expect(declared).toContain(column);
    });

    it('fails the completeness check as soon as a table gains a personal column nobody declares', async () => {
      await platform.db.query(`CREATE TABLE test_gadgets (id serial PRIMARY KEY, owner uuid REFERENCES members(id), user_agent text, label text)`);
      try {
        const undeclared = await platform.app.get(PersonalDataAudit).undeclared();
        expect(undeclared.schema.filter((column) => column.startsWith('test_gadgets.'))).toEqual(['test_gadgets.owner', 'test_gadgets.user_agent']);
      } finally {
        await platform.db.query(`DROP TABLE test_gadgets`);
      }
    });
  });

  describe('export', () => {
    it('builds an archive of my data only, downloadable once through a link', async () => {
      const owner = await createMember(platform);
      const me = await createMember(platform);
      const community = await createCommunity(platform, owner);
      await addToCommunity(platform, community, me, Role.MODERATOR);
      await platform.db.query(`INSERT INTO test_notes (author_id, body) VALUES ($1, 'my note'), ($2, 'their note')`, [me.id, owner.id]);

      const requested = await platform.gql(REQUEST_EXPORT, undefined, { token: tokenOf(me) });
      expect(requested.data.requestDataExport.status).toBe('PENDING');
      const again = await platform.gql(REQUEST_EXPORT, undefined, { token: tokenOf(me) });
      expect(again.data.requestDataExport.id).toBe(requested.data.requestDataExport.id);
      const notReady = await platform.gql(ISSUE_LINK, { id: requested.data.requestDataExport.id }, { token: tokenOf(me) });
      expect(errorCode(notReady)).toBe('EXPORT_NOT_READY');

      expect(await exportsService.processPending()).toBe(1);
      const listed = await platform.gql(EXPORTS, undefined, { token: tokenOf(me) });
      expect(listed.data.dataExports.totalCount).toBe(1);
      expect(listed.data.dataExports.edges[0].node).toMatchObject({ id: requested.data.requestDataExport.id, status: 'READY' });

      const link = await platform.gql(ISSUE_LINK, { id: requested.data.requestDataExport.id }, { token: tokenOf(me) });
      expect(link.errors).toBeUndefined();
      const response = await download(link.data.issueDataExportLink.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const archive: any = await response.json();
      const text = JSON.stringify(archive);
      expect(archive.member).toBe(me.globalId);
      expect(archive.data.members.account).toMatchObject({ handle: me.handle, email: me.email });
      expect(archive.data.members.sessions[0]).toHaveProperty('ipAddress');
      expect(archive.data.communities.memberships).toEqual([expect.objectContaining({ community: community.slug, role: 'MODERATOR' })]);
      expect(archive.data['test-notes'].notes).toEqual([{ body: 'my note' }]);
      expect(text).not.toContain(owner.email);
      expect(text).not.toContain('their note');

      // Single use.
      expect((await download(link.data.issueDataExportLink.url)).status).toBe(404);
    });

    it('never serves my export to another member, a guessed link or an expired link', async () => {
      const me = await createMember(platform);
      const other = await createMember(platform);
      const { url, id } = await exportOf(me);

      const stolen = await platform.gql(ISSUE_LINK, { id }, { token: tokenOf(other) });
      expect(errorCode(stolen)).toBe('NOT_FOUND');
      const asOther = await download(url, tokenOf(other));
      expect(asOther.status).toBe(404);
      expect(await asOther.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await download('/exports/aGuessedTokenThatIsLongEnough_123456')).status).toBe(404);
      // The other member's attempt did not use up my link.
      expect((await download(url, tokenOf(me))).status).toBe(200);

      const fresh = await platform.gql(ISSUE_LINK, { id }, { token: tokenOf(me) });
      platform.clock.advance(61 * 60_000);
      expect((await download(fresh.data.issueDataExportLink.url)).status).toBe(404);
    });

    it('deletes archives when they expire', async () => {
      const me = await createMember(platform);
      const { id } = await exportOf(me);
      platform.clock.advanceDays(8);
      expect(await retention.purge()).toBe(true);
      const listed = await platform.gql(EXPORTS, undefined, { token: tokenOf(me) });
      expect(listed.data.dataExports.edges[0].node).toMatchObject({ id, status: 'EXPIRED' });
      const { rows } = await platform.db.query(`SELECT archive FROM data_exports WHERE member_id = $1`, [me.id]);
      expect(rows).toEqual([{ archive: null }]);
      expect(errorCode(await platform.gql(ISSUE_LINK, { id }, { token: tokenOf(me) }))).toBe('EXPORT_UNAVAILABLE');
    });

    it('lists exports page by page with a constant number of statements, and rejects ids that are not exports', async () => {
      const me = await createMember(platform);
      for (let day = 1; day <= 12; day += 1) {
        await platform.db.query(`INSERT INTO data_exports (member_id, status, requested_at) VALUES ($1, 'FAILED', $2)`, [me.id, new Date(platform.clock.now().getTime() - day * DAY)]);
      }
      const page = (first: number) => platform.gql(graphql(`query PrivacyPrivacyDataExports($first: Int) { dataExports(first: $first) { edges { node { id status requestedAt } } pageInfo { hasNextPage } } }`), { first }, { token: tokenOf(me) });
      const [small, large] = [await page(2), await page(10)];
      expect(small.data.dataExports.edges).toHaveLength(2);
      expect(large.data.dataExports.edges).toHaveLength(10);
      expect(large.data.dataExports.pageInfo.hasNextPage).toBe(true);
      expect(large.sqlStatements).toBe(small.sqlStatements);
      expect(errorCode(await platform.gql(ISSUE_LINK, { id: me.globalId }, { token: tokenOf(me) }))).toBe('BAD_USER_INPUT');
    });

    it('builds a new archive only a minimum interval after the previous one', async () => {
      const me = await createMember(platform);
      const first = await platform.gql(REQUEST_EXPORT, undefined, { token: tokenOf(me) });
      await exportsService.processPending();
      const tooSoon = await platform.gql(REQUEST_EXPORT, undefined, { token: tokenOf(me) });
      expect(errorCode(tooSoon)).toBe('TOO_MANY_REQUESTS');
      expect(tooSoon.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(23 * 3600);
      expect((await platform.db.query(`SELECT count(*)::int AS n FROM data_exports WHERE member_id = $1`, [me.id])).rows[0].n).toBe(1);

      platform.clock.advance(24 * 3600_000);
      const later = await platform.gql(REQUEST_EXPORT, undefined, { token: tokenOf(me) });
      expect(later.errors).toBeUndefined();
      expect(later.data.requestDataExport.id).not.toBe(first.data.requestDataExport.id);
    });

    it('keeps one pending export when asked many times at once, visible to its owner only', async () => {
      const me = await createMember(platform);
      const other = await createMember(platform);
      const results = await Promise.all(Array.from({ length: 6 }, () => platform.gql(REQUEST_EXPORT, undefined, { token: tokenOf(me) })));
      expect(new Set(results.map((result) => result.data?.requestDataExport.id)).size).toBe(1);
      expect((await platform.db.query(`SELECT count(*) AS n FROM data_exports WHERE member_id = $1`, [me.id])).rows[0].n).toBe('1');
      const id = results[0].data.requestDataExport.id;
      const NODE = graphql(`query PrivacyPrivacyNode($id: ID!) { node(id: $id) { ... on DataExport { status } } }`);
      expect((await platform.gql(NODE, { id }, { token: tokenOf(me) })).data.node).toEqual({ status: 'PENDING' });
      expect((await platform.gql(NODE, { id }, { token: tokenOf(other) })).data.node).toBeNull();
    });

    it('requires signing in', async () => {
      expect(errorCode(await platform.gql(REQUEST_EXPORT))).toBe('UNAUTHENTICATED');
    });
  });

  describe('erasure', () => {
    it('refuses a wrong password and schedules nothing', async () => {
      const me = await createMember(platform);
      const result = await platform.gql(DELETE_ACCOUNT, { input: { password: 'not my password', contentChoice: 'ANONYMISE' } }, { token: tokenOf(me) });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      // A choice outside the enum: a deliberately invalid variable, hence the untyped call.
      const bad = await platform.gqlRaw(DELETE_ACCOUNT.toString(), { input: { password: me.password, contentChoice: 'SHRED' } }, { token: tokenOf(me) });
      expect(bad.errors).toBeDefined();
      expect((await platform.db.query(`SELECT 1 FROM account_deletions WHERE member_id = $1`, [me.id])).rowCount).toBe(0);
    });

    it('waits for the grace period, and can be cancelled until then', async () => {
      const me = await createMember(platform);
      const scheduled = await scheduleDeletion(me, 'ANONYMISE');
      expect(new Date(scheduled.data.deleteAccount.executeAfter).getTime() - platform.clock.now().getTime()).toBe(7 * DAY);
      expect(await erasure.executeDue()).toBe(0);
      platform.clock.advanceDays(6);
      expect(await erasure.executeDue()).toBe(0);
      expect((await platform.gql(graphql(`query PrivacyPrivacyAccountDeletion { accountDeletion { contentChoice } }`), undefined, { token: tokenOf(me) })).data.accountDeletion).toEqual({ contentChoice: 'ANONYMISE' });

      expect((await platform.gql(CANCEL_DELETION, undefined, { token: tokenOf(me) })).data.cancelAccountDeletion).toBe(true);
      expect(errorCode(await platform.gql(CANCEL_DELETION, undefined, { token: tokenOf(me) }))).toBe('NOT_FOUND');
      platform.clock.advanceDays(2);
      await erasure.executeDue();
      expect((await platform.gql(ME, undefined, { token: tokenOf(me) })).data.me.handle).toBe(me.handle);
    });

    it('with ANONYMISE, keeps content under "former member #n" and removes the identity everywhere', async () => {
      const owner = await createMember(platform);
      const me = await createMember(platform);
      const community = await createCommunity(platform, owner);
      // Joining through the service writes an event that names me.
      await platform.app.get(CommunitiesService).joinCommunity(me.ctx, community.id);
      await platform.db.query(`INSERT INTO test_notes (author_id, body) VALUES ($1, 'kept note')`, [me.id]);
      expect((await platform.db.query(`SELECT 1 FROM outbox_events WHERE strpos(payload::text, $1) > 0`, [me.handle])).rowCount).toBeGreaterThan(0);

      await scheduleDeletion(me, 'ANONYMISE');
      expect(await runDueErasures()).toBeGreaterThanOrEqual(1);

      const { rows: [tombstone] } = await platform.db.query(`SELECT m.handle, m.email, d.former_number FROM members m JOIN account_deletions d ON d.member_id = m.id WHERE m.id = $1`, [me.id]);
      expect(tombstone.handle).toBe(`former-member-${tombstone.former_number}`);
      expect(tombstone.email).not.toContain(me.email.split('@')[0]);
      expect((await platform.db.query(`SELECT 1 FROM members WHERE lower(handle) = lower($1) OR lower(email) = lower($2)`, [me.handle, me.email])).rowCount).toBe(0);
      expect((await platform.db.query(`SELECT 1 FROM sessions WHERE member_id = $1`, [me.id])).rowCount).toBe(0);
      expect((await platform.db.query(`SELECT 1 FROM outbox_events WHERE strpos(payload::text, $1) > 0 OR strpos(payload::text, $2) > 0`, [me.handle, me.email])).rowCount).toBe(0);
      expect((await platform.db.query(`SELECT author_id, body FROM test_notes WHERE author_id = $1`, [me.id])).rows).toEqual([{ author_id: me.id, body: 'kept note' }]);
      expect(await memberCountsMatchRows()).toBe('0');

      // Search by handle, sign-in and the old token all come up empty.
      const invite = await platform.gql(graphql(`mutation PrivacyPrivacyInviteToCommunity($c: ID!, $h: String!) { inviteToCommunity(communityId: $c, handle: $h) { id } }`), { c: community.globalId, h: me.handle }, { token: tokenOf(owner) });
      expect(errorCode(invite)).toBe('NOT_FOUND');
      const signIn = await platform.gql(graphql(`mutation PrivacyPrivacySignIn($i: SignInInput!) { signIn(input: $i) { accessToken } }`), { i: { email: me.email, password: me.password } });
      expect(errorCode(signIn)).toBe('UNAUTHENTICATED');
      expect(errorCode(await platform.gql(ME, undefined, { token: tokenOf(me) }))).toBe('UNAUTHENTICATED');
      const node = await platform.gql(graphql(`query PrivacyPrivacyNode2($id: ID!) { node(id: $id) { ... on Member { handle } } }`), { id: me.globalId }, { token: tokenOf(owner) });
      expect(node.data.node?.handle).toBe(tombstone.handle);
      // Nor is it in anyone else's export.
      const ownersArchive = await (await download((await exportOf(owner)).url)).text();
      expect(ownersArchive).not.toContain(me.handle);
    });

    it('with DELETE, removes the content too', async () => {
      const me = await createMember(platform);
      await platform.db.query(`INSERT INTO test_notes (author_id, body) VALUES ($1, 'doomed note')`, [me.id]);
      await scheduleDeletion(me, 'DELETE');
      await runDueErasures();
      expect((await platform.db.query(`SELECT 1 FROM test_notes WHERE author_id = $1`, [me.id])).rowCount).toBe(0);
      expect((await platform.db.query(`SELECT handle FROM members WHERE id = $1`, [me.id])).rows[0].handle).toMatch(/^former-member-\d+$/);
    });

    it('erases all or nothing: a failing provider rolls the whole erasure back, to be retried', async () => {
      const me = await createMember(platform);
      await scheduleDeletion(me, 'DELETE');
      failingErasures.add(me.id);
      await expect(runDueErasures()).rejects.toThrow();
      expect((await platform.db.query(`SELECT handle FROM members WHERE id = $1`, [me.id])).rows[0].handle).toBe(me.handle);
      expect((await platform.db.query(`SELECT executed_at FROM account_deletions WHERE member_id = $1`, [me.id])).rows[0].executed_at).toBeNull();
      failingErasures.delete(me.id);
      expect(await erasure.executeDue()).toBe(1);
    });

    it('erases a member once when several workers run at the same time, with member counts equal to rows', async () => {
      const owner = await createMember(platform);
      const community = await createCommunity(platform, owner);
      const leaving = [await createMember(platform), await createMember(platform), await createMember(platform)];
      for (const member of leaving) {
        await addToCommunity(platform, community, member);
        await scheduleDeletion(member, 'ANONYMISE');
      }
      platform.clock.advanceDays(8);
      const counts = await Promise.all([erasure.executeDue(), erasure.executeDue(), erasure.executeDue()]);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(3);
      const { rows } = await platform.db.query(`SELECT count(DISTINCT former_number) AS n FROM account_deletions WHERE member_id = ANY($1::uuid[])`, [leaving.map((member) => member.id)]);
      expect(rows[0].n).toBe('3');
      expect((await platform.db.query(`SELECT member_count FROM communities WHERE id = $1`, [community.id])).rows[0].member_count).toBe(1);
      expect(await memberCountsMatchRows()).toBe('0');
    });

    it('reserves former-member handles', async () => {
      const result = await platform.gql(graphql(`mutation PrivacyPrivacySignUp($i: SignUpInput!) { signUp(input: $i) }`), { i: { email: 'sneaky@example.test', password: 'a long passphrase', handle: 'Former-Member-1' } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('retention', () => {
    it('blanks session addresses after 30 days, keeping recent ones (the device label lives as long as its session)', async () => {
      const old = await createMember(platform);
      await platform.db.query(`UPDATE sessions SET device_label = 'Firefox on Linux' WHERE member_id = $1`, [old.id]);
      platform.clock.advanceDays(31);
      const recent = await createMember(platform);
      expect(await retention.purge()).toBe(true);
      const traces = async (member: TestMember) =>
        (await platform.db.query(`SELECT ip_address, device_label FROM sessions WHERE member_id = $1`, [member.id])).rows[0] as { ip_address: string | null; device_label: string };
      expect(await traces(old)).toEqual({ ip_address: null, device_label: 'Firefox on Linux' });
      expect((await traces(recent)).ip_address).not.toBeNull();
    });
  });
});

/** A stand-in for a content feature's provider, over the `test_notes` table. */
function notesProvider(failing: ReadonlySet<string>): PersonalDataProvider {
  return {
    feature: 'test-notes',
    inventory: [
      { category: 'Notes', fields: ['body'], purpose: 'tests', charterClause: 'contributions', retentionDays: null, visibleTo: 'you only', columns: ['test_notes.author_id', 'test_notes.body'] },
    ],
    async export(db: Db, memberId: string) {
      return { notes: await queryRows(db, `SELECT body FROM test_notes WHERE author_id = $1 ORDER BY id`, [memberId]) };
    },
    async erase(tx: Db, memberId: string, choice) {
      if (failing.has(memberId)) throw new Error('provider failure (test)');
      if (choice === 'DELETE') await tx.query(`DELETE FROM test_notes WHERE author_id = $1`, [memberId]);
    },
  };
}
