import { MembersService } from '@palabre/members';
import { errorCode, readUntil, startPlatform, type Platform } from '../support/harness';
import { browserGql, CookieJar } from '../support/browser';
import { createMember } from '../support/factories';
import { linkToken, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { graphql } from '../graphql';

// Real mail through the queue: a worker polls every half second.
jest.setTimeout(60_000);

const SITE = 'http://localhost:3000';
const SIGN_UP = graphql(`mutation SignUpProbeSignUp($input: SignUpInput!) { signUp(input: $input) }`);
const SIGN_IN = graphql(`mutation SignUpProbeSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`);
const VERIFY = graphql(`mutation SignUpProbeVerifyEmail($t: String!) { verifyEmail(token: $t, session: COOKIE) { accessToken refreshToken member { handle } } }`);
const RESEND = graphql(`mutation SignUpProbeResend($email: String!) { resendVerification(input: { email: $email }) }`);
const ME = graphql(`query SignUpProbeMe { me { handle emailVerified } }`);
const REFRESH = graphql(`mutation SignUpProbeRefresh { refreshSession { accessToken } }`);

let sequence = 0;
const fresh = () => {
  sequence += 1;
  const id = `${sequence}${Date.now().toString(36).slice(-5)}`;
  return { email: `probe-${id}@example.test`, handle: `probe_${id}` };
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Whether an email is registered must not show, in content or in time: not from signUp, not from a signIn
 * right after it with the same password (the probe), not from asking for the verification link again.
 */
describe('signing up tells nobody whether an email is registered', () => {
  let platform: Platform;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    platform = await startPlatform({ config: { SMTP_URL: smtp.url, MAIL_WORKER_ENABLED: 'true', PUBLIC_URL: 'http://web.example.test', ACCOUNT_EMAILS_PER_HOUR: '3' } });
  });

  afterAll(async () => {
    await platform?.close();
    await smtp?.close();
  });

  /** A distinct client address per call, so address-keyed limits do not add up across probes. */
  const from = () => ({ headers: { 'x-forwarded-for': `10.20.${Math.floor(sequence / 200)}.${sequence % 200}` } });
  const mailsTo = (address: string, count: number) => readUntil(() => smtp.to(address), (found) => found.length >= count, 15_000);
  const queueSettled = () =>
    readUntil(async () => Number((await platform.db.query(`SELECT count(*) FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`)).rows[0].count), (n) => n === 0, 20_000);
  /** A registered member whose address is proved (made by the system path, then marked verified). */
  const verifiedMember = async () => {
    const member = await createMember(platform);
    await mailsTo(member.email, 1);
    await platform.db.query(`UPDATE members SET email_verified_at = now() WHERE id = $1`, [member.id]);
    return member;
  };
  const answer = (res: { status: number; errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown }) =>
    JSON.stringify({ status: res.status, data: res.data ?? null, errors: res.errors?.map((error) => ({ message: error.message, code: error.extensions?.['code'] })) ?? null });

  it('answers signUp then signIn with the same password identically for a registered and a new address', async () => {
    const holder = await verifiedMember();
    const newcomer = fresh();
    const password = 'the prober’s password';
    const onRegistered = await platform.gql(SIGN_UP, { input: { email: holder.email, password, handle: fresh().handle } }, from());
    const onNew = await platform.gql(SIGN_UP, { input: { email: newcomer.email, password, handle: newcomer.handle } }, from());
    expect(answer(onRegistered)).toBe(answer(onNew));

    const probeRegistered = await platform.gql(SIGN_IN, { input: { email: holder.email, password } }, from());
    const probeNew = await platform.gql(SIGN_IN, { input: { email: newcomer.email, password } }, from());
    const unknown = await platform.gql(SIGN_IN, { input: { email: fresh().email, password } }, from());
    expect(errorCode(probeNew)).toBe('UNAUTHENTICATED');
    expect(answer(probeRegistered)).toBe(answer(probeNew));
    expect(answer(unknown)).toBe(answer(probeNew));
    expect(probeNew.errors?.[0].message).toBe('The email or password is incorrect, or the address is not confirmed yet: check your mailbox');

    // One email each: the newcomer's verification link, the holder's notice (theirs came with the account).
    const [link] = await mailsTo(newcomer.email, 1);
    expect(link.subject).toBe('Confirm your Palabre email address');
    const [, notice] = await mailsTo(holder.email, 2);
    expect(notice.subject).toBe('Someone tried to use your address on Palabre');
    // The holder's own password still opens their account; so does an unverified one made by the system path (grandfathered).
    expect((await platform.gql(SIGN_IN, { input: { email: holder.email, password: holder.password } }, from())).errors).toBeUndefined();
    const systemMade = await createMember(platform);
    expect((await platform.gql(SIGN_IN, { input: { email: systemMade.email, password: systemMade.password } }, from())).errors).toBeUndefined();
  });

  it('compares a password for an unknown email, a wrong password and an unverified account alike, and hashes at sign-up either way', async () => {
    const members = platform.app.get(MembersService);
    const registered = await verifiedMember();
    const pending = fresh();
    await platform.gql(SIGN_UP, { input: { email: pending.email, password: 'pending password', handle: pending.handle } }, from());

    const verify = jest.spyOn(members.hasher, 'verify');
    const hash = jest.spyOn(members.hasher, 'hash');
    const timings: Record<string, number[]> = { unknown: [], wrong: [], unverified: [], signUpNew: [], signUpRegistered: [] };
    const timed = async (kind: string, act: () => Promise<unknown>) => {
      const started = process.hrtime.bigint();
      await act();
      timings[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
    };
    try {
      const bodies = new Set<string>();
      for (let round = 0; round < 5; round += 1) {
        await timed('unknown', async () => bodies.add(answer(await platform.gql(SIGN_IN, { input: { email: fresh().email, password: 'pending password' } }, from()))));
        await timed('wrong', async () => bodies.add(answer(await platform.gql(SIGN_IN, { input: { email: registered.email, password: 'pending password' } }, from()))));
        await timed('unverified', async () => bodies.add(answer(await platform.gql(SIGN_IN, { input: { email: pending.email, password: 'pending password' } }, from()))));
      }
      expect(bodies.size).toBe(1);
      expect(verify).toHaveBeenCalledTimes(15);
      for (let round = 0; round < 5; round += 1) {
        const next = fresh();
        await timed('signUpNew', () => platform.gql(SIGN_UP, { input: { email: next.email, password: 'a long passphrase', handle: next.handle } }, from()));
        await timed('signUpRegistered', () => platform.gql(SIGN_UP, { input: { email: registered.email, password: 'a long passphrase', handle: fresh().handle } }, from()));
      }
      expect(hash).toHaveBeenCalledTimes(10);
    } finally {
      verify.mockRestore();
      hash.mockRestore();
    }
    const medians = Object.fromEntries(Object.entries(timings).map(([kind, values]) => [kind, median(values)]));
    process.stdout.write(`sign-up probe medians (ms): ${Object.entries(medians).map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(', ')}\n`);
    // The same steps run every way; only a gross difference fails (a shared machine is noisy).
    for (const [a, b] of [['unknown', 'unverified'], ['wrong', 'unverified'], ['signUpNew', 'signUpRegistered']]) {
      expect(medians[a] / medians[b]).toBeLessThan(3);
      expect(medians[b] / medians[a]).toBeLessThan(3);
    }
    // And one mail queued per sign-up, on both paths.
    await queueSettled();
    expect(smtp.to(registered.email).filter((mail) => mail.subject === 'Someone tried to use your address on Palabre')).toHaveLength(5);
  });

  it('signs in with the verification link (a browser gets its cookie), once; the password works from then on', async () => {
    const newcomer = fresh();
    const password = 'a long enough password';
    await platform.gql(SIGN_UP, { input: { ...newcomer, password } }, from());
    const [mail] = await mailsTo(newcomer.email, 1);
    const token = linkToken(mail, 'verify-email');

    const jar = new CookieJar();
    const opened = await browserGql(platform.apiUrl, VERIFY, { t: token }, { jar, origin: SITE });
    expect(opened.errors).toBeUndefined();
    expect(opened.data.verifyEmail).toMatchObject({ refreshToken: null, member: { handle: newcomer.handle } });
    expect(jar.cookies.has('palabre_refresh')).toBe(true);
    expect((await platform.gql(ME, {}, { token: opened.data.verifyEmail.accessToken })).data.me).toEqual({ handle: newcomer.handle, emailVerified: true });
    // The cookie keeps the session, as after signIn.
    const refreshed = await browserGql(platform.apiUrl, REFRESH, undefined, { jar, origin: SITE });
    expect(refreshed.errors).toBeUndefined();

    expect(errorCode(await platform.gql(VERIFY, { t: token }))).toBe('BAD_USER_INPUT');
    expect((await platform.gql(SIGN_IN, { input: { email: newcomer.email, password } }, from())).errors).toBeUndefined();
  });

  it('answers a second sign-up for an account still waiting for its link with a new link (the address gets it, the answer is the same)', async () => {
    const pending = fresh();
    const first = await platform.gql(SIGN_UP, { input: { ...pending, password: 'a long enough password' } }, from());
    await mailsTo(pending.email, 1);
    const again = await platform.gql(SIGN_UP, { input: { email: pending.email, handle: fresh().handle, password: 'another long password' } }, from());
    expect(answer(again)).toBe(answer(first));
    const links = await mailsTo(pending.email, 2);
    expect(links.map((mail) => mail.subject)).toEqual(['Confirm your Palabre email address', 'Confirm your Palabre email address']);
    expect(errorCode(await platform.gql(VERIFY, { t: linkToken(links[0], 'verify-email') }))).toBe('BAD_USER_INPUT');
    expect((await platform.gql(VERIFY, { t: linkToken(links[1], 'verify-email') })).data.verifyEmail.member.handle).toBe(pending.handle);
    // The first password stays the account's; the second sign-up changed nothing.
    expect((await platform.gql(SIGN_IN, { input: { email: pending.email, password: 'a long enough password' } }, from())).errors).toBeUndefined();
  });

  it('re-sends the link to an unverified account only, answering every address the same way, with the same limits', async () => {
    const pending = fresh();
    await platform.gql(SIGN_UP, { input: { ...pending, password: 'a long enough password' } }, from());
    await mailsTo(pending.email, 1);
    const registered = await verifiedMember();
    const nobody = fresh().email;
    const mailsBefore = smtp.to(registered.email).length;

    const answers = await Promise.all([pending.email, registered.email, nobody].map(async (email) => answer(await platform.gql(RESEND, { email }, from()))));
    expect(new Set(answers)).toEqual(new Set([answer({ status: 200, data: { resendVerification: true } })]));
    await queueSettled();
    const links = smtp.to(pending.email);
    expect(links.map((mail) => mail.subject)).toEqual(['Confirm your Palabre email address', 'Confirm your Palabre email address']);
    expect(smtp.to(registered.email)).toHaveLength(mailsBefore);
    expect(smtp.to(nobody)).toHaveLength(0);
    // Only the newest link works, and it signs in.
    expect(errorCode(await platform.gql(VERIFY, { t: linkToken(links[0], 'verify-email') }))).toBe('BAD_USER_INPUT');
    expect((await platform.gql(VERIFY, { t: linkToken(links[1], 'verify-email') })).errors).toBeUndefined();

    // The per-email limit (3 an hour here) counts asks, not accounts: a registered and an unknown address hit it alike.
    for (const email of [registered.email, nobody]) {
      const codes = [];
      for (let ask = 0; ask < 3; ask += 1) codes.push(errorCode(await platform.gql(RESEND, { email }, from())) ?? 'OK');
      expect(codes).toEqual(['OK', 'OK', 'TOO_MANY_REQUESTS']);
    }
  });
});
