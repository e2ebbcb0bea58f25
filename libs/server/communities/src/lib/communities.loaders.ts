import { Injectable } from '@nestjs/common';
import { Role } from '@palabre/contracts';
import { groupByKeys, orderByKeys, RequestContext } from '@palabre/core';
import { CommunitiesRepository, CommunityRow, MembershipRow, MembersPageKey, SpaceRow } from './communities.repository';
import { CommunityRowsCache } from './community-rows.cache';

const pairKey = (communityId: string, memberId: string) => `${communityId}:${memberId}`;

/** Per-request DataLoaders for communities; every list field goes through one of these. */
@Injectable()
export class CommunitiesLoaders {
  constructor(
    private readonly repo: CommunitiesRepository,
    private readonly cache: CommunityRowsCache,
  ) {}

  /** From the per-process cache when known (CommunityRowsCache). */
  communityById(ctx: RequestContext) {
    return ctx.loaders.get<string, CommunityRow | null>('communities.byId', (ids) => this.cache.communitiesByIds(ids, (missing) => this.repo.findByIds(missing)));
  }

  /** Also primes communityById: the community of a space is read with it, in the same statement. */
  spaceById(ctx: RequestContext) {
    return ctx.loaders.get<string, SpaceRow | null>('spaces.byId', async (ids) => {
      const rows = await this.cache.spacesWithCommunities(ids, (missing) => this.repo.findSpacesWithCommunities(missing));
      const communities = this.communityById(ctx);
      for (const row of rows) if (row) communities.prime(row.community.id, row.community);
      return rows.map((row) => row?.space ?? null);
    });
  }

  spacesOfCommunity(ctx: RequestContext) {
    return ctx.loaders.get<string, SpaceRow[]>('spaces.byCommunity', async (ids) => groupByKeys(ids, await this.repo.spacesOfCommunities(ids), (row) => row.community_id));
  }

  /** The viewer's role in each community (null when not a member or not signed in). */
  viewerRole(ctx: RequestContext) {
    return ctx.loaders.get<string, Role | null>('communities.viewerRole', async (ids) => {
      if (!ctx.memberId) return ids.map(() => null);
      return this.cache.rolesOf(ctx.memberId, ids, (missing) => this.repo.membershipsOf(ctx.memberId as string, missing));
    });
  }

  /** Memberships by (community, member) pair: the affiliation of authors on a page. */
  membership(ctx: RequestContext) {
    return ctx.loaders.get<{ communityId: string; memberId: string }, MembershipRow | null>(
      'communities.membership',
      async (pairs) => orderByKeys(pairs.map((pair) => pairKey(pair.communityId, pair.memberId)), await this.repo.membershipsByPairs(pairs), (row) => pairKey(row.community_id, row.member_id)),
      { cacheKeyFn: (pair) => pairKey(pair.communityId, pair.memberId) },
    );
  }

  /** Each member's memberships in public communities, for their public profile. */
  publicMemberships(ctx: RequestContext) {
    return ctx.loaders.get<string, MembershipRow[]>('communities.publicMemberships', async (ids) => groupByKeys(ids, await this.repo.publicMembershipsOf(ids), (row) => row.member_id));
  }

  membersPage(ctx: RequestContext) {
    return ctx.loaders.get<MembersPageKey, MembershipRow[]>('communities.membersPage', (keys) => this.repo.membersPages(keys), { cacheKeyFn: (key) => JSON.stringify(key) });
  }

  membersCount(ctx: RequestContext) {
    return ctx.loaders.get<{ communityId: string; role: Role | null }, number>('communities.membersCount', (keys) => this.repo.countMembers(keys), {
      cacheKeyFn: (key) => `${key.communityId}:${key.role ?? ''}`,
    });
  }
}
