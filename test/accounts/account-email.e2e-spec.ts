import { createHash } from 'node:crypto';
import { MembersService } from '@palabre/members';
import { RequestContext } from '@palabre/core';
import { errorCode, readUntil, startPlatform, type Platform } from '../support/harness';
import { linkToken, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { graphql } from '../graphql';

// Real mail through the queue: a worker polls every half second, and retries wait a second or more.
jest.setTimeout(60_000);

const PUBLIC_URL = 'http://web.example.test';
const SIGN_UP = graphql(`mutation AccountEmailSignUp($input: SignUpInput!) { signUp(input: $input) }`);
const SIGN_IN = graphql(`mutation AccountEmailSignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }`);
const ME = graphql(`query AccountEmailMe { me { email emailVerified locale } }`);
const RESET_REQUEST = graphql(`mutation AccountEmailResetRequest($email: String!) { requestPasswordReset(input: { email: $email }) }`);
const VERIFY = graphql(`mutation AccountEmailVerifyEmail($t: String!) { verifyEmail(token: $t) { accessToken refreshToken } }`);
const REQUEST_VERIFICATION = graphql(`mutation AccountEmailRequestEmailVerification { requestEmailVerification }`);
const SET_LOCALE = graphql(`mutation AccountEmailSetLocale($locale: Locale!) { setLocale(input: { locale: $locale }) { handle } }`);
const CHANGE_PASSWORD = graphql(`mutation AccountEmailChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`);

interface Account {
  email: string;
  password: string;
  token: string;
  refreshToken: string;
}

let sequence = 0;

describe('account email', () => {
  let platform: Platform;
  let smtp: SmtpSink;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    platform = await startPlatform({
      config: { SMTP_URL: smtp.url, MAIL_WORKER_ENABLED: 'true', PUBLIC_URL, ACCOUNT_EMAILS_PER_HOUR: '3', MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_SECONDS: '1' },
    });
  });

  afterAll(async () => {
    await platform?.close();
    await smtp?.close();
  });

  /** A distinct client address per test, so address-keyed limits do not add up across tests (the api trusts loopback proxies). */
  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

  async function mailTo(address: string, count = 1) {
    const mails = await readUntil(() => smtp.to(address), (found) => found.length >= count, 15_000);
    expect(mails.length).toBeGreaterThanOrEqual(count);
    return mails;
  }

  function newAccount(): { email: string; password: string; handle: string } {
    sequence += 1;
    return { email: `acc${sequence}-${Date.now().toString(36)}@example.test`, password: 'a long enough password', handle: `acc_${sequence}_${Date.now().toString(36).slice(-4)}` };
  }

  /** Signed up through the API: no session until the mailed link is opened. */
  async function signUp(): Promise<{ email: string; password: string }> {
    const { email, password, handle } = newAccount();
    const res = await platform.gql(SIGN_UP, { input: { email, password, handle } }, from(`10.9.${sequence}.1`));
    expect(res.data).toEqual({ signUp: true });
    return { email, password };
  }

  /** Signed up, then signed in by the verification link (the journey of a newcomer). */
  async function verified(): Promise<Account> {
    const account = await signUp();
    const [mail] = await mailTo(account.email);
    const res = await platform.gql(VERIFY, { t: linkToken(mail, 'verify-email') });
    expect(res.errors).toBeUndefined();
    return { ...account, token: res.data.verifyEmail.accessToken, refreshToken: res.data.verifyEmail.refreshToken! };
  }

  /** Made by the system path (which may sign in unverified), its verification link mailed and not opened. */
  async function unverified(): Promise<Account> {
    const { email, password, handle } = newAccount();
    const session = await platform.app.get(MembersService).createAccount(RequestContext.system('factory'), { email, password, handle });
    return { email, password, token: session.accessToken, refreshToken: session.refreshToken };
  }

  /** Waits until the queue has nothing left to do (every job completed or failed for good). */
  async function queueSettled(): Promise<void> {
    const pending = await readUntil(
      async () => Number((await platform.db.query(`SELECT count(*) FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`)).rows[0].count),
      (count) => count === 0,
      20_000,
    );
    expect(pending).toBe(0);
  }

  describe('verification', () => {
    it('sends a single-use link at sign-up that proves the address and signs in; only its hash is stored', async () => {
      const account = await signUp();
      // Before the link is opened the password does not open the account (the answer is a wrong password's).
      expect(errorCode(await platform.gql(SIGN_IN, { input: account }))).toBe('UNAUTHENTICATED');
      const [mail] = await mailTo(account.email);
      expect(mail.subject).toBe('Confirm your Palabre email address');
      expect(mail.text).toContain(`${PUBLIC_URL}/account/verify-email?token=`);
      expect(mail.html).toContain(`${PUBLIC_URL}/account/verify-email?token=`);
      expect(mail.html).not.toMatch(/<script|<img|src=/i);
      const token = linkToken(mail, 'verify-email');

      const stored = await platform.db.query(`SELECT token_hash FROM account_links l JOIN members m ON m.id = l.member_id WHERE m.email = $1`, [account.email]);
      expect(stored.rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
      const leaks = await platform.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data::text LIKE '%' || $1 || '%'`, [token]);
      expect(leaks.rows[0].n).toBe(0);

      const opened = await platform.gql(VERIFY, { t: token });
      expect(opened.errors).toBeUndefined();
      expect((await platform.gql(ME, {}, { token: opened.data.verifyEmail.accessToken })).data).toEqual({ me: { email: account.email, emailVerified: true, locale: null } });
      expect(errorCode(await platform.gql(VERIFY, { t: token }))).toBe('BAD_USER_INPUT');
      expect((await platform.gql(SIGN_IN, { input: account })).errors).toBeUndefined();
    });

    it('sends a new link on request, rate-limited with TOO_MANY_REQUESTS', async () => {
      const account = await unverified();
      expect((await platform.gql(ME, {}, { token: account.token })).data).toEqual({ me: { email: account.email, emailVerified: false, locale: null } });
      await mailTo(account.email);
      const request = REQUEST_VERIFICATION;
      const results = [];
      for (let i = 0; i < 4; i += 1) results.push(await platform.gql(request, {}, { token: account.token }));
      expect(results.slice(0, 3).map((res) => res.data?.requestEmailVerification)).toEqual([true, true, true]);
      expect(errorCode(results[3])).toBe('TOO_MANY_REQUESTS');
      const mails = await mailTo(account.email, 4);
      // Only the latest link works.
      expect(errorCode(await platform.gql(VERIFY, { t: linkToken(mails[0], 'verify-email') }))).toBe('BAD_USER_INPUT');
    });

    it('sends nothing but the verification link to an address that is not verified', async () => {
      const account = await unverified();
      await mailTo(account.email);
      expect((await platform.gql(RESET_REQUEST, { email: account.email }, from('10.0.0.1'))).data).toEqual({ requestPasswordReset: true });
      const change = CHANGE_PASSWORD;
      expect((await platform.gql(change, { input: { currentPassword: account.password, newPassword: 'another long password' } }, { token: account.token })).data).toEqual({ changePassword: true });
      await queueSettled();
      expect(smtp.to(account.email).map((mail) => mail.subject)).toEqual(['Confirm your Palabre email address']);
      const skipped = await platform.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail' AND data->>'to' = $1 AND output->>'skipped' = 'unverified-address'`, [account.email]);
      expect(skipped.rows[0].n).toBe(1);
    });
  });

  describe('an address already registered', () => {
    it('answers sign-up as for a new address, and tells the holder someone tried (no account, no link)', async () => {
      const holder = await verified();
      const attempt = await platform.gql(SIGN_UP, { input: { email: holder.email, password: 'someone else entirely', handle: `intruder_${Date.now().toString(36).slice(-5)}` } }, from('10.8.0.1'));
      const fresh = await platform.gql(SIGN_UP, { input: { email: `fresh-${Date.now()}@example.test`, password: 'someone else entirely', handle: `fresh_${Date.now().toString(36).slice(-5)}` } }, from('10.8.0.2'));
      expect(`${attempt.status} ${attempt.text}`).toBe(`${fresh.status} ${fresh.text}`);
      const [, notice] = await mailTo(holder.email, 2);
      expect(notice.subject).toBe('Someone tried to use your address on Palabre');
      expect(notice.text).toContain('Someone just tried to create a Palabre account with this address');
      expect(notice.text).toContain(`${PUBLIC_URL}/account/forgot-password`);
      expect(notice.text).not.toContain('token=');
      const links = await platform.db.query(`SELECT count(*)::int AS n FROM account_links l JOIN members m ON m.id = l.member_id WHERE lower(m.email) = lower($1)`, [holder.email]);
      expect(links.rows[0].n).toBe(1);
    });

    it('answers changeEmail to another account’s address as for a free one, and tells that address’s holder', async () => {
      const holder = await verified();
      const mover = await verified();
      const change = graphql(`mutation AccountEmailChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) }`);
      expect((await platform.gql(change, { input: { newEmail: holder.email.toUpperCase(), currentPassword: mover.password } }, { token: mover.token })).data).toEqual({ changeEmail: true });
      const [, notice] = await mailTo(holder.email, 2);
      expect(notice.subject).toBe('Someone tried to use your address on Palabre');
      expect(notice.text).toContain('attach this address to another Palabre account');
      expect((await platform.gql(ME, {}, { token: mover.token })).data.me.email).toBe(mover.email);
    });
  });

  describe('password reset', () => {
    it('answers a known and an unknown email identically, in content and (roughly) in time', async () => {
      const known = await verified();
      const timings: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
      const bodies = new Set<string>();
      for (let i = 0; i < 3; i += 1) {
        for (const kind of ['known', 'unknown'] as const) {
          const email = kind === 'known' ? known.email : `nobody${i}-${Date.now()}@example.test`;
          const started = process.hrtime.bigint();
          const res = await platform.gql(RESET_REQUEST, { email }, from('10.0.1.1'));
          timings[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
          bodies.add(`${res.status} ${res.text}`);
        }
      }
      expect([...bodies]).toEqual(['200 {"data":{"requestPasswordReset":true}}\n']);
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[1];
      process.stdout.write(`requestPasswordReset ms: known ${timings.known.map((t) => t.toFixed(1)).join(', ')}; unknown ${timings.unknown.map((t) => t.toFixed(1)).join(', ')}\n`);
      // The same statements run either way (rate limits, one job insert); only a gross difference fails.
      expect(median(timings.known) / median(timings.unknown)).toBeLessThan(3);
      expect(median(timings.unknown) / median(timings.known)).toBeLessThan(3);
      const mails = await mailTo(known.email, 4);
      expect(mails.slice(1).every((mail) => mail.subject === 'Reset your Palabre password')).toBe(true);
    });

    it('limits requests per email and per client address with TOO_MANY_REQUESTS, known or not', async () => {
      const known = await verified();
      for (const email of [known.email, `ghost-${Date.now()}@example.test`]) {
        const codes = [];
        for (let i = 0; i < 4; i += 1) codes.push(errorCode(await platform.gql(RESET_REQUEST, { email }, from(`10.0.2.${i}`))) ?? 'OK');
        expect(codes).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
      }
      const perAddress = [];
      for (let i = 0; i < 13; i += 1) perAddress.push(errorCode(await platform.gql(RESET_REQUEST, { email: `many${i}-${Date.now()}@example.test` }, from('10.0.3.1'))) ?? 'OK');
      expect(perAddress.slice(0, 12).every((code) => code === 'OK')).toBe(true);
      expect(perAddress[12]).toBe('TOO_MANY_REQUESTS');
    });

    it('resets with a single-use link and ends every session', async () => {
      const account = await verified();
      const second = await platform.app.get(MembersService).signIn(RequestContext.system('second-device'), { email: account.email, password: account.password });
      await platform.gql(RESET_REQUEST, { email: account.email }, from('10.0.4.1'));
      const [, mail] = await mailTo(account.email, 2);
      const token = linkToken(mail, 'reset-password');
      const reset = graphql(`mutation AccountEmailResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }`);
      expect((await platform.gql(reset, { input: { token, newPassword: 'a brand new password' } })).data).toEqual({ resetPassword: true });
      expect(errorCode(await platform.gql(reset, { input: { token, newPassword: 'yet another password' } }))).toBe('BAD_USER_INPUT');
      for (const session of [account.token, second.accessToken]) expect(errorCode(await platform.gql(ME, {}, { token: session }))).toBe('UNAUTHENTICATED');
      const refresh = await platform.gql(graphql(`mutation AccountEmailRefreshSession($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`), { t: account.refreshToken });
      expect(errorCode(refresh)).toBe('UNAUTHENTICATED');
      const signIn = await platform.gql(graphql(`mutation AccountEmailSignIn2($input: SignInInput!) { signIn(input: $input) { accessToken } }`), { input: { email: account.email, password: 'a brand new password' } });
      expect(signIn.errors).toBeUndefined();
    });

    it('refuses a reset link after it expired (within an hour)', async () => {
      const account = await verified();
      await platform.gql(RESET_REQUEST, { email: account.email }, from('10.0.5.1'));
      const [, mail] = await mailTo(account.email, 2);
      platform.clock.advance(31 * 60_000);
      const res = await platform.gql(graphql(`mutation AccountEmailResetPassword($input: ResetPasswordInput!) { resetPassword(input: $input) }`), { input: { token: linkToken(mail, 'reset-password'), newPassword: 'a brand new password' } });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    });
  });

  describe('password and email change', () => {
    it('changes the password with the current one, ending the other sessions and keeping this one', async () => {
      const account = await verified();
      const other = await platform.app.get(MembersService).signIn(RequestContext.system('other-device'), { email: account.email, password: account.password });
      const change = CHANGE_PASSWORD;
      const wrong = await platform.gql(change, { input: { currentPassword: 'not the password', newPassword: 'another long password' } }, { token: account.token });
      expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      expect((await platform.gql(change, { input: { currentPassword: account.password, newPassword: 'another long password' } }, { token: account.token })).data).toEqual({ changePassword: true });
      expect((await platform.gql(ME, {}, { token: account.token })).errors).toBeUndefined();
      expect(errorCode(await platform.gql(ME, {}, { token: other.accessToken }))).toBe('UNAUTHENTICATED');
      const [, notice] = await mailTo(account.email, 2);
      expect(notice.subject).toBe('The password of your Palabre account changed');
    });

    it('replaces the email only once the new address is confirmed, and tells the old one without a link', async () => {
      const account = await verified();
      const newEmail = `moved-${Date.now()}@example.test`;
      const change = graphql(`mutation AccountEmailChangeEmail($input: ChangeEmailInput!) { changeEmail(input: $input) }`);
      expect(errorCode(await platform.gql(change, { input: { newEmail, currentPassword: 'wrong password!' } }, { token: account.token }))).toBe('BAD_USER_INPUT');
      expect((await platform.gql(change, { input: { newEmail, currentPassword: account.password } }, { token: account.token })).data).toEqual({ changeEmail: true });
      const [confirm] = await mailTo(newEmail);
      expect(confirm.subject).toBe('Confirm your new Palabre email address');
      expect((await platform.gql(ME, {}, { token: account.token })).data.me.email).toBe(account.email);

      const res = await platform.gql(graphql(`mutation AccountEmailConfirmEmailChange($t: String!) { confirmEmailChange(token: $t) }`), { t: linkToken(confirm, 'confirm-email') });
      expect(res.data).toEqual({ confirmEmailChange: true });
      expect((await platform.gql(ME, {}, { token: account.token })).data.me).toEqual({ email: newEmail, emailVerified: true, locale: null });
      const [, notice] = await mailTo(account.email, 2);
      expect(notice.subject).toBe('The email address of your Palabre account changed');
      expect(`${notice.text}${notice.html}`).not.toMatch(/https?:\/\//);
    });
  });

  describe('language', () => {
    it('writes in the language of the first community joined while the member never chose (me.locale null), else in the one they chose', async () => {
      const account = await unverified();
      await mailTo(account.email);
      const [{ id }] = (await platform.db.query(`SELECT id FROM members WHERE email = $1`, [account.email])).rows;
      const now = platform.clock.now();
      const communities = [];
      for (const locale of ['FR', 'EN']) {
        const slug = `lang-${locale.toLowerCase()}-${Date.now().toString(36)}`;
        const { rows } = await platform.db.query(`INSERT INTO communities (slug, name, locale, visibility, created_by, created_at) VALUES ($1, $1, $2, 'PUBLIC', $3, $4) RETURNING id`, [slug, locale, id, now]);
        communities.push(rows[0].id);
      }
      // Joined the French community first, the English one a minute later.
      await platform.db.query(`INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $3, 'MEMBER', $4), ($2, $3, 'MEMBER', $5)`, [
        communities[0],
        communities[1],
        id,
        now,
        new Date(now.getTime() + 60_000),
      ]);
      // Never chosen: me.locale says so (null), and the email still speaks the first community's language.
      expect((await platform.gql(ME, {}, { token: account.token })).data.me.locale).toBeNull();
      await platform.gql(REQUEST_VERIFICATION, {}, { token: account.token });
      const [, fallback] = await mailTo(account.email, 2);
      expect(fallback.subject).toBe('Confirmez votre adresse email Palabre');
      expect((await platform.gql(SET_LOCALE, { locale: 'EN' }, { token: account.token })).errors).toBeUndefined();
      expect((await platform.gql(ME, {}, { token: account.token })).data.me.locale).toBe('EN');
      expect((await platform.gql(SET_LOCALE, { locale: 'FR' }, { token: account.token })).errors).toBeUndefined();
      expect((await platform.gql(ME, {}, { token: account.token })).data.me.locale).toBe('FR');
      await platform.gql(REQUEST_VERIFICATION, {}, { token: account.token });
      const [, , mail] = await mailTo(account.email, 3);
      expect(mail.subject).toBe('Confirmez votre adresse email Palabre');
      expect(mail.html).toContain('<html lang="fr">');
    });

    it('answers errors in the caller’s language with the same code', async () => {
      const t = 'an-unknown-token-0123456789abcdef';
      const english = await platform.gql(VERIFY, { t });
      const french = await platform.gql(VERIFY, { t }, { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } });
      expect(english.errors?.[0]).toMatchObject({ message: 'This link is invalid, expired or already used; ask for a new one', extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
      expect(french.errors?.[0]).toMatchObject({ message: 'Ce lien est invalide, expiré ou déjà utilisé ; demandez-en un nouveau', extensions: { code: 'BAD_USER_INPUT', field: 'token' } });

      const account = await unverified();
      await platform.gql(SET_LOCALE, { locale: 'FR' }, { token: account.token });
      const change = CHANGE_PASSWORD;
      const wrong = await platform.gql(change, { input: { currentPassword: 'not the password', newPassword: 'another long password' } }, { token: account.token });
      expect(wrong.errors?.[0]).toMatchObject({ message: 'Le mot de passe actuel est incorrect', extensions: { code: 'BAD_USER_INPUT' } });
    });
  });
});
