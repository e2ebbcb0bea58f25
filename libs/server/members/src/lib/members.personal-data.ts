import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { MembersPersonalDataRepository } from './members-personal-data.repository';

/** The handle an erased account keeps: derived from its anonymous label ("former member #12" → "former-member-12"). */
export const tombstoneHandle = (label: string): string =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);

/** Reserved for tombstones, so no one can sign up as a former member. */
export const TOMBSTONE_HANDLE_PREFIX = 'former-member-';

/** Accounts and sessions: what members holds about a person, how it leaves, when traces expire. */
@Injectable()
export class MembersPersonalData implements PersonalDataProvider {
  readonly feature = 'members';
  // The account row outlives erasure as the tombstone, so it goes last.
  readonly eraseOrder = 1000;
  readonly inventory: DataInventoryEntry[];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly data: MembersPersonalDataRepository,
  ) {
    this.inventory = [
      {
        category: 'Pseudonym',
        fields: ['handle'],
        purpose: 'Shows who wrote what, without your real name',
        charterClause: 'account',
        retentionDays: null,
        visibleTo: 'everyone who can see your contributions',
        columns: ['members.handle'],
      },
      {
        category: 'Login',
        fields: ['email', 'password hash', 'account creation date', 'when the email was verified', 'language of your emails'],
        purpose: 'Lets you sign in and recover your account, and writes to you in your language',
        charterClause: 'account',
        retentionDays: null,
        visibleTo: 'you only',
        columns: ['members.email', 'members.password_hash', 'members.email_verified_at', 'members.locale'],
      },
      {
        category: 'Account links',
        fields: ['email verification, email change and password reset links sent to you (a hash of each link only)', 'the address each was sent to', 'dates'],
        purpose: 'Proves your email and lets you recover your account',
        charterClause: 'security',
        retentionDays: 1,
        visibleTo: 'you only',
        columns: ['account_links.member_id', 'account_links.email'],
      },
      {
        category: 'Sessions',
        fields: ['sign-in time', 'last use', 'expiry', 'revocation', 'device (browser and system, derived from the user agent, which is not kept)'],
        purpose: 'Keeps you signed in and lets you see and end your sessions',
        charterClause: 'security',
        retentionDays: config.REFRESH_TOKEN_TTL_DAYS,
        visibleTo: 'you only',
        columns: ['sessions.member_id', 'sessions.device_label'],
      },
      {
        category: 'Connection traces',
        fields: ['IP address'],
        purpose: 'Detects stolen sessions and abuse',
        charterClause: 'security',
        retentionDays: config.PRIVACY_TRACE_RETENTION_DAYS,
        visibleTo: 'you only',
        columns: ['sessions.ip_address'],
      },
    ];
  }

  export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    return this.data.export(db, memberId);
  }

  /** The row stays as an anonymous tombstone so kept content still has an author; nothing in it identifies anyone. */
  erase(tx: Db, memberId: string, _choice: ContentChoice, label: string): Promise<void> {
    return this.data.erase(tx, memberId, tombstoneHandle(label));
  }

  purgeExpired(tx: Db, now: Date): Promise<void> {
    return this.data.purgeExpired(tx, now, new Date(now.getTime() - this.config.PRIVACY_TRACE_RETENTION_DAYS * 86_400_000));
  }
}
