import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@palabre/core';
import type { MemberRow } from '@palabre/members';

/** Handles of a community's members by prefix, for the composer's @mention suggestions. */
@Injectable()
export class HandleSuggestionsRepository {
  constructor(private readonly db: TransactionRunner) {}

  /** Members of the community whose handle starts with `prefix` (lower case), erased accounts and `exceptId` left out. */
  async byPrefix(communityId: string, prefix: string, exceptId: string, limit: number): Promise<MemberRow[]> {
    return this.db.reader.query(
      `SELECT mb.* FROM memberships m JOIN members mb ON mb.id = m.member_id
        WHERE m.community_id = $1 AND left(lower(mb.handle), length($2)) = $2 AND mb.id <> $3 AND mb.password_hash <> 'erased'
        ORDER BY lower(mb.handle)
        LIMIT $4`,
      [communityId, prefix, exceptId, limit],
    );
  }
}
