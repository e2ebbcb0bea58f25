import { Platform, startPlatform } from '../support/harness';
import { SpaceKind } from '@palabre/contracts';
import { castWorld, createMember, TestMember } from '../support/factories';
import { createThread } from '../advice/advice-fixtures';
import { graphql } from '../graphql';

const SIGN_UP = graphql(`mutation AbuseLimitsSignUp($input: SignUpInput!) { signUp(input: $input) }`);
const SIGN_IN = graphql(`mutation AbuseLimitsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`);

describe('abuse has limits', () => {
  let platform: Platform;
  let sequence = 0;

  beforeAll(async () => {
    platform = await startPlatform({ config: { SIGNUPS_PER_ADDRESS_PER_HOUR: '3', SIGNUPS_PER_HOUR: '5', AUTH_FAILURES_PER_ACCOUNT: '3', REPORTS_PER_DAY: '3' } });
  });
  afterAll(() => platform.close());

  /** Requests reach the api through a trusted proxy (loopback) that tells the client's address. */
  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
  const signUpFrom = (address: string) => {
    sequence += 1;
    const handle = `limit_${sequence}_${Date.now().toString(36).slice(-4)}`;
    return platform.gql(SIGN_UP, { input: { email: `${handle}@example.org`, password: 'correct horse battery', handle } }, from(address));
  };
  const members = async () => Number((await platform.db.query(`SELECT count(*)::int AS n FROM members`)).rows[0].n);

  it('limits account creation per address, then for the whole platform, creating nothing once refused', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await signUpFrom('203.0.113.5')).errors).toBeUndefined();
    const before = await members();
    const refused = await signUpFrom('203.0.113.5');
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    expect(await members()).toBe(before);

    // Another address may still sign up, until the platform-wide budget (5 an hour here) is spent.
    expect((await signUpFrom('203.0.113.6')).errors).toBeUndefined();
    expect((await signUpFrom('203.0.113.6')).errors).toBeUndefined();
    expect((await signUpFrom('203.0.113.7')).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  describe('failed sign-ins', () => {
    let owner: TestMember;
    beforeAll(async () => {
      owner = await createMember(platform);
    });

    it('never let a stranger lock the owner out: failures count per account and address', async () => {
      const wrong = { input: { email: owner.email, password: 'not the password at all' } };
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await platform.gql(SIGN_IN, wrong, from('198.51.100.7'))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await platform.gql(SIGN_IN, wrong, from('198.51.100.7'))).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      // Even the right password is refused from the address that guessed: it is locked for this account.
      expect((await platform.gql(SIGN_IN, { input: { email: owner.email, password: owner.password } }, from('198.51.100.7'))).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');

      const fromHome = await platform.gql(SIGN_IN, { input: { email: owner.email, password: owner.password } }, from('192.0.2.9'));
      expect(fromHome.errors).toBeUndefined();
      expect(fromHome.data.signIn.accessToken).toEqual(expect.any(String));
    });
  });

  it('gives reports a daily budget per member and community, like kudos', async () => {
    const world = await castWorld(platform, SpaceKind.DISCUSSION);
    const threads = await Promise.all(Array.from({ length: 4 }, (_, index) => createThread(platform, world.alice, world.space, { title: `Thread to report ${index}`, body: `Body number ${index} of a thread.` })));
    const report = (threadId: string) =>
      platform.gql(graphql(`mutation AbuseLimitsReportContent($input: ReportContentInput!) { reportContent(input: $input) { id } }`), { input: { contentId: threadId, reason: 'SPAM', note: '' } }, { token: world.bob.token });
    for (const thread of threads.slice(0, 3)) expect((await report(thread.globalId)).errors).toBeUndefined();
    const fourth = await report(threads[3].globalId);
    expect(fourth.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    const stored = await platform.db.query(`SELECT count(*)::int AS n FROM content_reports WHERE reporter_id = $1`, [world.bob.id]);
    expect(stored.rows[0].n).toBe(3);
  });
});
