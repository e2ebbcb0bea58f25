import { Injectable } from '@nestjs/common';
import { Role, SpaceKind, Visibility } from '@palabre/contracts';
import { forbidden, notFound, RequestContext, unauthenticated } from '@palabre/core';
import { CommunityRow, SpaceRow } from './communities.repository';
import { CommunitiesLoaders } from './communities.loaders';
import { WorkspaceScreen } from './communities.types';

export const STAFF_ROLES: readonly Role[] = [Role.OWNER, Role.BRAND_STAFF];
export const MODERATION_ROLES: readonly Role[] = [Role.OWNER, Role.MODERATOR];
const WORKSPACE_SCREEN_ROLES: ReadonlyArray<readonly [WorkspaceScreen, readonly Role[]]> = [
  [WorkspaceScreen.TRIAGE, STAFF_ROLES],
  [WorkspaceScreen.INSIGHTS, STAFF_ROLES],
  [WorkspaceScreen.FOLLOW_UP, STAFF_ROLES],
  [WorkspaceScreen.SETTINGS, [Role.OWNER]],
  [WorkspaceScreen.MODERATION, MODERATION_ROLES],
];

export interface CommunityAccess {
  community: CommunityRow;
  role: Role | null;
}

export interface SpaceAccess extends CommunityAccess {
  space: SpaceRow;
}

/**
 * Who may see and do what in a community. A private community the viewer does not belong
 * to answers NOT_FOUND, exactly as if it did not exist.
 */
@Injectable()
export class CommunitiesPolicy {
  constructor(private readonly loaders: CommunitiesLoaders) {}

  /** THE moderation rule: MODERATOR or OWNER of the community (hidden content stays visible to them). */
  isModeratorRole(role: Role | null | undefined): boolean {
    return role !== null && role !== undefined && MODERATION_ROLES.includes(role);
  }

  /** Whether the viewer moderates the community (one batched statement per request). */
  async moderates(ctx: RequestContext, communityId: string): Promise<boolean> {
    if (!ctx.memberId) return false;
    return this.isModeratorRole(await this.loaders.viewerRole(ctx).load(communityId));
  }

  /**
   * The workspace screens whose reads the API answers for the viewer here, from the same role sets as the services
   * that serve them: triage, insights and follow-up for brand staff (STAFF_ROLES), settings (roles) for the owner,
   * moderation for MODERATION_ROLES. Each act on a screen is still checked by its own service.
   */
  async workspaceScreens(ctx: RequestContext, communityId: string): Promise<WorkspaceScreen[]> {
    if (!ctx.memberId) return [];
    const role = await this.loaders.viewerRole(ctx).load(communityId);
    if (!role) return [];
    return WORKSPACE_SCREEN_ROLES.filter(([, roles]) => roles.includes(role)).map(([screen]) => screen);
  }

  /** Whether the viewer belongs to the community, in any role (one batched statement per request). */
  async isMember(ctx: RequestContext, communityId: string): Promise<boolean> {
    if (!ctx.memberId) return false;
    return (await this.loaders.viewerRole(ctx).load(communityId)) !== null;
  }

  /** The communities among `communityIds` that the viewer moderates, checked for the whole set at once. */
  async moderatedCommunityIds(ctx: RequestContext, communityIds: readonly string[]): Promise<Set<string>> {
    if (!ctx.memberId) return new Set();
    const unique = [...new Set(communityIds)];
    const roles = await this.loaders.viewerRole(ctx).loadMany(unique);
    return new Set(unique.filter((_, index) => { const role = roles[index]; return !(role instanceof Error) && this.isModeratorRole(role); }));
  }

  canSee(community: CommunityRow, role: Role | null): boolean {
    return community.visibility === Visibility.PUBLIC || role !== null;
  }

  /** Ids among `communityIds` the viewer may see, checked for the whole set at once. */
  async visibleCommunityIds(ctx: RequestContext, communityIds: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(communityIds)];
    const [communities, roles] = await Promise.all([this.loaders.communityById(ctx).loadMany(unique), this.loaders.viewerRole(ctx).loadMany(unique)]);
    const visible = new Set<string>();
    unique.forEach((id, index) => {
      const community = communities[index];
      const role = roles[index];
      if (community && !(community instanceof Error) && !(role instanceof Error) && this.canSee(community, role ?? null)) visible.add(id);
    });
    return visible;
  }

  async requireVisibleCommunity(ctx: RequestContext, communityId: string): Promise<CommunityAccess> {
    const [community, role] = await Promise.all([this.loaders.communityById(ctx).load(communityId), this.loaders.viewerRole(ctx).load(communityId)]);
    if (!community || !this.canSee(community, role)) throw notFound('This community');
    return { community, role };
  }

  async requireMember(ctx: RequestContext, communityId: string): Promise<CommunityAccess & { role: Role }> {
    if (!ctx.actor) throw unauthenticated();
    const access = await this.requireVisibleCommunity(ctx, communityId);
    if (access.role === null) throw forbidden('Join this community first');
    return access as CommunityAccess & { role: Role };
  }

  async requireRole(ctx: RequestContext, communityId: string, roles: readonly Role[], what = 'do this'): Promise<CommunityAccess & { role: Role }> {
    const access = await this.requireMember(ctx, communityId);
    if (!roles.includes(access.role)) throw forbidden(`Only ${roles.map((role) => role.toLowerCase().replace('_', ' ')).join(' or ')} members may ${what}`);
    return access;
  }

  async requireVisibleSpace(ctx: RequestContext, spaceId: string, kind?: SpaceKind): Promise<SpaceAccess> {
    const space = await this.loaders.spaceById(ctx).load(spaceId);
    if (!space) throw notFound('This space');
    const [community, role] = await Promise.all([this.loaders.communityById(ctx).load(space.community_id), this.loaders.viewerRole(ctx).load(space.community_id)]);
    if (!community || !this.canSee(community, role)) throw notFound('This space');
    if (kind && space.kind !== kind) throw notFound(`This ${kind === SpaceKind.IDEAS ? 'ideas' : 'discussion'} space`);
    return { space, community, role };
  }

  async requireSpaceRole(ctx: RequestContext, spaceId: string, roles: readonly Role[] | 'any', kind?: SpaceKind, what = 'do this'): Promise<SpaceAccess & { role: Role }> {
    if (!ctx.actor) throw unauthenticated();
    const access = await this.requireVisibleSpace(ctx, spaceId, kind);
    if (access.role === null) throw forbidden('Join this community first');
    if (roles !== 'any' && !roles.includes(access.role)) throw forbidden(`Only ${roles.map((role) => role.toLowerCase().replace('_', ' ')).join(' or ')} members may ${what}`);
    return access as SpaceAccess & { role: Role };
  }
}
