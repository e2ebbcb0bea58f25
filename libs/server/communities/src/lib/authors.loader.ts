import { Injectable } from '@nestjs/common';
import { Role, toGlobalId } from '@palabre/contracts';
import { RequestContext } from '@palabre/core';
import { MEMBER_TYPE, MemberType } from '@palabre/members';
import { AuthorColumns, AuthorMemberRow, AuthorsRepository } from './authors.repository';
import { AuthorType } from './communities.types';

export interface AuthorKey {
  communityId: string;
  memberId: string;
}

/**
 * Authors of a page of content with their affiliation, in one statement: the member and
 * their membership in the content's community.
 */
@Injectable()
export class AuthorsLoader {
  constructor(private readonly repo: AuthorsRepository) {}

  loader(ctx: RequestContext) {
    return ctx.loaders.get<AuthorKey, AuthorType | null>(
      'communities.authors',
      async (keys) => {
        const authors: Array<AuthorType | null> = keys.map(() => null);
        for (const row of await this.repo.findAuthors(keys)) authors[Number(row.key_index) - 1] = AuthorsLoader.toAuthor(row, row.role);
        return authors;
      },
      { cacheKeyFn: (key) => `${key.communityId}:${key.memberId}` },
    );
  }

  load(ctx: RequestContext, communityId: string, memberId: string): Promise<AuthorType | null> {
    return this.loader(ctx).load({ communityId, memberId });
  }

  /** The author at once when the page brought it along (primed), else as `load` answers: see RequestLoader.loadKnown. */
  loadKnown(ctx: RequestContext, communityId: string, memberId: string): AuthorType | null | Promise<AuthorType | null> {
    return this.loader(ctx).loadKnown({ communityId, memberId });
  }

  /** Primes the loader with an author that a page brought along (`authorColumnsSql`). */
  prime(ctx: RequestContext, communityId: string, columns: AuthorColumns): void {
    const member = columns.author_member;
    if (!member) return;
    this.loader(ctx).prime({ communityId, memberId: member.id }, AuthorsLoader.toAuthor({ ...member, created_at: new Date(member.created_at) }, columns.author_role));
  }

  static toAuthor(member: AuthorMemberRow, role: Role | null): AuthorType {
    // The member's email is not read here: Member.email loads it for its owner alone.
    const shown = Object.assign(new MemberType(), { id: toGlobalId(MEMBER_TYPE, member.id), localId: member.id, handle: member.handle, createdAt: member.created_at });
    return Object.assign(new AuthorType(), { id: shown.id, handle: member.handle, affiliation: role, member: shown });
  }
}
