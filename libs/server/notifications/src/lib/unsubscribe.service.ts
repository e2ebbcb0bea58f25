import { Injectable } from '@nestjs/common';
import { Clock, hashSingleUseToken, isSingleUseTokenShaped, TransactionRunner } from '@palabre/core';
import { ConsentsRepository } from './consents.repository';
import { CONSENT_TEXT_VERSION } from './notifications.service';
import { UnsubscribeRepository } from './unsubscribe.repository';

export type UnsubscribeOutcome = { kind: 'unknown' } | { kind: 'done'; communities: string[]; revoked: number };

/**
 * One-click unsubscribe (RFC 8058). The token is the authority (no sign-in): it names the member, the
 * consent scope and the communities of the one email it came with, and revokes exactly those consents,
 * each as a REVOKE row in the consent ledger. Using it again changes nothing.
 */
@Injectable()
export class UnsubscribeService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly links: UnsubscribeRepository,
    private readonly consentsRepo: ConsentsRepository,
    private readonly clock: Clock,
  ) {}

  /** For the confirmation page: what the link would stop, without changing anything (scanners follow GET links). */
  async preview(token: string): Promise<{ communities: string[]; used: boolean } | null> {
    if (!isSingleUseTokenShaped(token)) return null;
    const link = await this.links.find(hashSingleUseToken(token));
    if (!link) return null;
    const names = await this.links.communityNames(link.community_ids);
    return { communities: link.community_ids.map((id) => names.get(id) ?? id), used: link.used_at !== null };
  }

  async unsubscribe(token: string): Promise<UnsubscribeOutcome> {
    if (!isSingleUseTokenShaped(token)) return { kind: 'unknown' };
    const tokenHash = hashSingleUseToken(token);
    const now = this.clock.now();
    const outcome = await this.db.run(async (tx) => {
      const link = await this.links.lock(tx, tokenHash);
      if (!link) return null;
      let revoked = 0;
      if (!link.used_at) {
        await this.consentsRepo.lockMember(tx, link.member_id);
        for (const communityId of link.community_ids) {
          if (!(await this.consentsRepo.hasCurrentConsent(tx, link.member_id, communityId, link.scope))) continue;
          await this.consentsRepo.appendConsent(tx, { memberId: link.member_id, communityId, scope: link.scope, action: 'REVOKE', textVersion: CONSENT_TEXT_VERSION[link.scope], now });
          revoked += 1;
        }
        await this.links.markUsed(tx, tokenHash, now);
      }
      return { communityIds: link.community_ids, revoked };
    });
    if (!outcome) return { kind: 'unknown' };
    const names = await this.links.communityNames(outcome.communityIds);
    return { kind: 'done', communities: outcome.communityIds.map((id) => names.get(id) ?? id), revoked: outcome.revoked };
  }
}
