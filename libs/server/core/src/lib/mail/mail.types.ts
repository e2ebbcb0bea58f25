/** Transactional: account mail a person asked for (verification, reset, security notices). Notification: digests and the like. */
export type MailCategory = 'transactional' | 'notification';

/** Who an email is for, and whether it may go to an address that has not been proved yet. */
export type MailAudience =
  /** Only when the address is a member's verified email at send time (everything by default). */
  | 'verified'
  /** The link proving the address itself (verification, email change confirmation). */
  | 'address-proof'
  /** A security notice to the verified address an account just left (checked by the caller, in its transaction). */
  | 'former-address'
  /**
   * A notice to the address an account was registered with, proved or not: sign-up (or an email change)
   * aimed at it would otherwise have sent a link there, so sending the notice reveals nothing either way.
   */
  | 'address-holder';

/** A rendered email, as features hand it to the mail port. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  category: MailCategory;
  /** One key per message (e.g. `digest:<id>`): the same key is enqueued and delivered at most once. */
  idempotencyKey: string;
  audience?: MailAudience;
  /** RFC 8058 one-click URL; required for 'notification' mail. */
  listUnsubscribeUrl?: string;
  /**
   * The id of the single-use link the message carries: texts and URLs hold LINK_TOKEN_PLACEHOLDER and the
   * worker puts the token (derived from this id with the server secret) in at send time, so no stored job
   * holds a working link.
   */
  linkId?: string;
}

/** The job payload stored in pg-boss (the message as rendered at enqueue time). */
export interface MailJobData extends MailMessage {
  audience: MailAudience;
}

export const MAIL_QUEUE = 'mail';

/**
 * Answers whether an address is a member's verified email. Registered by the members lib (which owns
 * the accounts table); core's mail worker asks it before sending anything but an address proof.
 */
export abstract class MailAddressPolicy {
  abstract isVerifiedAddress(address: string): Promise<boolean>;
}
