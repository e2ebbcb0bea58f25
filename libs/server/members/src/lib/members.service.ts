import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import {
  APP_CONFIG,
  AppConfig,
  badInput,
  Clock,
  conflict,
  forbidden,
  RateLimitRule,
  RateLimitService,
  RequestContext,
  TokenService,
  TransactionRunner,
  unauthenticated,
  tooManyRequests,
  Db,
  inFrench,
} from '@palabre/core';
import { MemberRow, MembersRepository } from './members.repository';
import { SessionsRepository } from './sessions.repository';
import { ActiveSessionsCache } from './active-sessions.cache';
import { TOMBSTONE_HANDLE_PREFIX } from './members.personal-data';
import { PasswordHasher } from './password-hasher';
import { deviceLabelOf } from './device-label';
import { EmailVerificationService } from './email-verification.service';
import { HANDLE_PATTERN, type SignInInput, type SignUpInput } from './auth.inputs';

export interface IssuedSession {
  sessionId: string;
  accessToken: string;
  refreshToken: string;
  member: MemberRow;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/**
 * One refusal for an unknown email, a wrong password and an account whose email is not verified yet: telling
 * the last apart would say the email is registered (signUp, then signIn with the same password).
 */
const refuseSignIn = () =>
  inFrench(
    unauthenticated('The email or password is incorrect, or the address is not confirmed yet: check your mailbox'),
    'L’email ou le mot de passe est incorrect, ou l’adresse n’est pas encore confirmée : consultez votre boîte mail',
  );

/** Only accounts made through signUp wait for their email to be proved; those of the system path and older ones do not. */
const awaitsVerification = (member: MemberRow) => member.sign_in_needs_verified_email === true && !member.email_verified_at;

const handleTaken = () => inFrench(conflict('This handle is already taken; choose another pseudonym', { field: 'handle' }), 'Ce pseudonyme est déjà pris ; choisissez-en un autre');

function refuseReservedHandle(handle: string): void {
  if (handle.toLowerCase().startsWith(TOMBSTONE_HANDLE_PREFIX)) {
    throw badInput(`Handles starting with "${TOMBSTONE_HANDLE_PREFIX}" are reserved for erased accounts; choose another pseudonym`, { field: 'handle' });
  }
}

@Injectable()
export class MembersService implements OnModuleInit {
  readonly hasher: PasswordHasher;
  private readonly failuresPerAccount: RateLimitRule;
  private readonly failuresPerAddress: RateLimitRule;
  private readonly signUpsPerAddress: RateLimitRule;
  private readonly signUpsOverall: RateLimitRule;
  /** Verified against when the email is unknown, so both answers take the same time. */
  private decoyHash: Promise<string> | null = null;

  constructor(
    private readonly db: TransactionRunner,
    private readonly members: MembersRepository,
    private readonly sessions: SessionsRepository,
    private readonly activeSessions: ActiveSessionsCache,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verification: EmailVerificationService,
  ) {
    this.hasher = new PasswordHasher(config.PASSWORD_HASH_COST_LOG2);
    const window = config.AUTH_FAILURE_WINDOW_SECONDS;
    this.failuresPerAccount = { name: 'auth-fail-account', points: config.AUTH_FAILURES_PER_ACCOUNT, durationSeconds: window, blockSeconds: window };
    this.failuresPerAddress = { name: 'auth-fail-address', points: config.AUTH_FAILURES_PER_ADDRESS, durationSeconds: window, blockSeconds: window };
    this.signUpsPerAddress = { name: 'signups-address', points: config.SIGNUPS_PER_ADDRESS_PER_HOUR, durationSeconds: 3600 };
    this.signUpsOverall = { name: 'signups-all', points: config.SIGNUPS_PER_HOUR, durationSeconds: 3600 };
  }

  /** The decoy hash is made before the first request, so the first unknown email takes no longer than the next ones. */
  async onModuleInit(): Promise<void> {
    await this.decoy();
  }

  /**
   * Creates an account and sends its verification link, or, when the email is registered already, tells
   * the address's holder someone tried. The answer is the same (true, no session: the verification link
   * signs in) and so is the work (a password hash, one transaction, one email queued), so neither the
   * content nor the timing says whether the email is registered. The new account cannot sign in with its
   * password before the link is opened, so signing in next does not tell either. Handles are public: a
   * taken one is a CONFLICT.
   */
  async signUp(ctx: RequestContext, input: SignUpInput): Promise<boolean> {
    refuseReservedHandle(input.handle);
    if (!ctx.isSystem) await this.refuseTooManySignUps(ctx.ipAddress);
    const passwordHash = await this.hasher.hash(input.password);
    await this.db.run(async (tx) => {
      const inserted = await this.members.insert(tx, { handle: input.handle, email: input.email, passwordHash, createdAt: this.clock.now(), signInNeedsVerifiedEmail: true });
      if ('member' in inserted) {
        // The verification link goes out if and only if the account is created (same transaction).
        await this.verification.sendVerification(tx, { ...inserted.member, locale: inserted.member.locale ?? 'EN' });
      } else if (inserted.duplicate === 'handle') {
        throw handleTaken();
      } else {
        await this.verification.tellAddressHolder(tx, input.email, 'sign-up');
      }
    });
    return true;
  }

  /**
   * The system's way to create an account and open its session at once (seed, test factories): conflicts
   * are told plainly, which only trusted callers may learn. Such accounts sign in before their email is proved.
   */
  async createAccount(ctx: RequestContext, input: SignUpInput): Promise<IssuedSession> {
    if (!ctx.isSystem) throw forbidden();
    refuseReservedHandle(input.handle);
    const passwordHash = await this.hasher.hash(input.password);
    return this.db.run(async (tx) => {
      const inserted = await this.members.insert(tx, { handle: input.handle, email: input.email, passwordHash, createdAt: this.clock.now(), signInNeedsVerifiedEmail: false });
      if ('duplicate' in inserted) throw inserted.duplicate === 'handle' ? handleTaken() : conflict('An account already exists for this email', { field: 'email' });
      await this.verification.sendVerification(tx, { ...inserted.member, locale: inserted.member.locale ?? 'EN' });
      return this.openSession(tx, ctx, inserted.member);
    });
  }

  /**
   * Unknown email, wrong password and unverified account get the same refusal after the same work: the
   * password is always compared (with a decoy hash for an unknown email) and every refusal counts as a failure.
   */
  async signIn(ctx: RequestContext, input: SignInInput): Promise<IssuedSession> {
    const accountKey = input.email.toLowerCase();
    // Failures count per account *and* address: a stranger elsewhere cannot lock the owner out.
    const accountFromAddress = `${accountKey}|${ctx.ipAddress}`;
    await this.refuseWhenThrottled(accountFromAddress, ctx.ipAddress);
    const member = await this.members.findByEmail(input.email);
    const valid = await this.hasher.verify(input.password, member?.password_hash ?? (await this.decoy()));
    if (!member || !valid || awaitsVerification(member)) {
      await Promise.all([
        this.rateLimits.limiter(this.failuresPerAccount).penalty(accountFromAddress, 1),
        this.rateLimits.limiter(this.failuresPerAddress).penalty(ctx.ipAddress, 1),
      ]);
      throw refuseSignIn();
    }
    await this.rateLimits.reset(this.failuresPerAccount, accountFromAddress);
    return this.db.run((tx) => this.openSession(tx, ctx, member));
  }

  /**
   * Opens the verification link: the email is proved and the person signed in, in one transaction (one click
   * from the mailbox to the community). The link is single-use and expires, like a password reset link.
   */
  async signInWithVerificationLink(ctx: RequestContext, token: string): Promise<IssuedSession> {
    return this.db.run(async (tx) => {
      const memberId = await this.verification.consumeVerificationLink(tx, token, this.clock.now());
      const member = (await this.members.findById(tx, memberId))!;
      return this.openSession(tx, ctx, member);
    });
  }

  /** Rotates the refresh token; a token used twice means it leaked, so the session is revoked. */
  async refreshSession(ctx: RequestContext, refreshToken: string): Promise<IssuedSession> {
    const now = this.clock.now();
    const outcome = await this.db.run(async (tx) => {
      const token = await this.sessions.lockRefreshToken(tx, hashToken(refreshToken));
      if (!token) return { kind: 'unknown' as const };
      if (token.used_at) {
        await this.sessions.revoke(tx, token.session_id, now, 'refresh_token_reuse');
        return { kind: 'reused' as const };
      }
      if (token.session.revoked_at || token.session.expires_at <= now) return { kind: 'ended' as const };
      await this.sessions.markUsed(tx, token.token_hash, now);
      await this.sessions.touch(tx, token.session_id, now, ctx.ipAddress);
      const next = randomBytes(32).toString('base64url');
      await this.sessions.addRefreshToken(tx, token.session_id, hashToken(next), now);
      const member = (await this.members.findById(tx, token.session.member_id))!;
      return { kind: 'ok' as const, refreshToken: next, sessionId: token.session_id, member };
    });
    if (outcome.kind === 'reused') throw unauthenticated('This refresh token was already used; the session has been revoked for safety. Sign in again');
    if (outcome.kind !== 'ok') throw unauthenticated('This session has ended; sign in again');
    return {
      sessionId: outcome.sessionId,
      accessToken: this.tokens.issueAccessToken({ memberId: outcome.member.id, sessionId: outcome.sessionId }, now),
      refreshToken: outcome.refreshToken,
      member: outcome.member,
    };
  }

  /** Ends the bearer token's session, or else the session of the browser's refresh cookie. */
  async signOut(ctx: RequestContext, cookieRefreshToken: string | null = null): Promise<boolean> {
    const sessionId = ctx.actor?.sessionId ?? (cookieRefreshToken ? await this.sessions.sessionOfRefreshToken(hashToken(cookieRefreshToken)) : null);
    if (!sessionId) throw unauthenticated();
    await this.db.run((tx) => this.sessions.revoke(tx, sessionId, this.clock.now(), 'signed_out'));
    return true;
  }

  isSessionActive(sessionId: string, memberId: string): Promise<boolean> {
    return this.activeSessions.isActive(sessionId, memberId, this.clock.now());
  }

  /**
   * A member as their public profile shows them, by handle (any case); null when no account has it or it is
   * an erased account's tombstone (a former member has no profile).
   */
  async findPublicByHandle(handle: string): Promise<MemberRow | null> {
    const cleaned = handle.trim().replace(/^@/, '');
    if (!HANDLE_PATTERN.test(cleaned) || cleaned.toLowerCase().startsWith(TOMBSTONE_HANDLE_PREFIX)) return null;
    return this.members.findByHandle(cleaned);
  }

  async findById(memberId: string): Promise<MemberRow | null> {
    const [row] = await this.members.findByIds([memberId]);
    return row ?? null;
  }

  /** For confirmations of sensitive acts (account deletion); the sign-in rate limits do not apply. */
  async verifyPassword(memberId: string, password: string): Promise<boolean> {
    const member = await this.findById(memberId);
    return member ? this.hasher.verify(password, member.password_hash) : false;
  }

  findByIds(ids: readonly string[]): Promise<MemberRow[]> {
    return this.members.findByIds(ids);
  }

  findByHandle(handle: string, db?: Db): Promise<MemberRow | null> {
    return this.members.findByHandle(handle, db);
  }

  private async openSession(tx: Db, ctx: RequestContext, member: MemberRow): Promise<IssuedSession> {
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const session = await this.sessions.create(tx, { memberId: member.id, now, expiresAt, ipAddress: ctx.ipAddress, deviceLabel: deviceLabelOf(ctx.userAgent) });
    const refreshToken = randomBytes(32).toString('base64url');
    await this.sessions.addRefreshToken(tx, session.id, hashToken(refreshToken), now);
    return { sessionId: session.id, accessToken: this.tokens.issueAccessToken({ memberId: member.id, sessionId: session.id }, now), refreshToken, member };
  }

  /** Account creation is limited per address and for the whole platform (both count every attempt). */
  private async refuseTooManySignUps(address: string): Promise<void> {
    const message = 'Too many accounts were created recently; try again later';
    await this.rateLimits.consume(this.signUpsPerAddress, address, 1, message);
    await this.rateLimits.consume(this.signUpsOverall, 'all', 1, message);
  }

  private async refuseWhenThrottled(accountKey: string, address: string): Promise<void> {
    const [account, fromAddress] = await Promise.all([
      this.rateLimits.limiter(this.failuresPerAccount).get(accountKey),
      this.rateLimits.limiter(this.failuresPerAddress).get(address),
    ]);
    const blocked = [account && account.consumedPoints >= this.failuresPerAccount.points ? account : null, fromAddress && fromAddress.consumedPoints >= this.failuresPerAddress.points ? fromAddress : null].filter(
      (state) => state !== null,
    );
    if (blocked.length > 0) {
      const wait = Math.max(...blocked.map((state) => Math.ceil(state.msBeforeNext / 1000)));
      throw tooManyRequests(`Too many failed sign-in attempts; try again in ${wait} seconds`, wait);
    }
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
    return this.decoyHash;
  }
}
