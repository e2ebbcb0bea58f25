import { Injectable } from '@nestjs/common';
import { Clock, Db, notFound, RequestContext, TransactionRunner, unauthenticated } from '@palabre/core';
import { SessionListRow, SessionsRepository } from './sessions.repository';

/** Why a session ended, as stored in sessions.revoked_reason. */
export type RevocationReason = 'signed_out' | 'revoked_by_member' | 'other_sessions_revoked' | 'password_changed' | 'password_reset' | 'refresh_token_reuse';

/**
 * A member's sessions: list them, end one, end all others. Every revocation raises palabre_sessions_changed
 * (migration 1764001200000), so the api's active-sessions caches and the gateways' socket checks follow at once.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly sessions: SessionsRepository,
    private readonly clock: Clock,
  ) {}

  list(ctx: RequestContext): Promise<SessionListRow[]> {
    return this.sessions.listActive(this.actorOf(ctx).memberId, this.clock.now());
  }

  /** Only one's own sessions: anyone else's, like an unknown one, is NOT_FOUND. */
  async revoke(ctx: RequestContext, sessionId: string): Promise<void> {
    const { memberId } = this.actorOf(ctx);
    const ended = await this.db.run((tx) => this.sessions.revokeOwn(tx, sessionId, memberId, this.clock.now(), 'revoked_by_member'));
    if (!ended) throw notFound('This session');
  }

  /** Ends every session of the member but the one making the request; answers how many ended. */
  revokeOthers(ctx: RequestContext): Promise<number> {
    const { memberId, sessionId } = this.actorOf(ctx);
    return this.revokeAllOf(memberId, sessionId, 'other_sessions_revoked');
  }

  /**
   * Ends every active session of a member except `exceptSessionId` (for password change and reset too).
   * Inside the caller's transaction when `tx` is given, so the revocation commits with the change that caused it.
   */
  revokeAllOf(memberId: string, exceptSessionId: string | null | undefined, reason: RevocationReason, tx?: Db): Promise<number> {
    const now = this.clock.now();
    if (tx) return this.sessions.revokeAllOf(tx, memberId, exceptSessionId ?? null, now, reason);
    return this.db.run((inner) => this.sessions.revokeAllOf(inner, memberId, exceptSessionId ?? null, now, reason));
  }

  private actorOf(ctx: RequestContext) {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor;
  }
}
