import { Injectable } from '@nestjs/common';
import { Role, toGlobalId } from '@palabre/contracts';
import { RequestContext, TransactionRunner } from '@palabre/core';
import { MEMBER_TYPE, MemberRow, MemberType } from '@palabre/members';
import { AuthorType } from './communities.types';

export interface AuthorKey {
  communityId: string;
  memberId: string;
}

type AuthorRow = MemberRow & { role: Role | null; key_index: string };

/**
 * Authors of a page of content with their affiliation, in one statement: the member and
 * their membership in the content's community.
 */
@Injectable()
export class AuthorsLoader {
  constructor(private readonly db: TransactionRunner) {}

  loader(ctx: RequestContext) {
    return ctx.loaders.get<AuthorKey, AuthorType | null>(
      'communities.authors',
      async (keys) => {
        const rows: AuthorRow[] = await this.db.reader.query(
          `SELECT mb.*, ms.role, k.key_index FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(community_id, member_id, key_index)
             JOIN members mb ON mb.id = k.member_id
             LEFT JOIN memberships ms ON ms.community_id = k.community_id AND ms.member_id = k.member_id`,
          [keys.map((key) => key.communityId), keys.map((key) => key.memberId)],
        );
        const authors: Array<AuthorType | null> = keys.map(() => null);
        for (const row of rows) authors[Number(row.key_index) - 1] = AuthorsLoader.toAuthor(row, row.role);
        return authors;
      },
      { cacheKeyFn: (key) => `${key.communityId}:${key.memberId}` },
    );
  }

  load(ctx: RequestContext, communityId: string, memberId: string): Promise<AuthorType | null> {
    return this.loader(ctx).load({ communityId, memberId });
  }

  static toAuthor(member: MemberRow, role: Role | null): AuthorType {
    return Object.assign(new AuthorType(), { id: toGlobalId(MEMBER_TYPE, member.id), handle: member.handle, affiliation: role, member: MemberType.from(member) });
  }
}
