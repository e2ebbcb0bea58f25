import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Role } from '@palabre/contracts';
import { APP_CONFIG, AppConfig, COMMUNITIES_CHANGED_CHANNEL, CommitInvalidation, databaseUrlOf, TransactionRunner } from '@palabre/core';
import { LRUCache } from 'lru-cache';
import type { CommunityRow, SpaceRow } from './communities.repository';

type Entry<V> = { value: V };

/**
 * Spaces, communities and viewers' roles, read by nearly every request and rarely written, kept in memory
 * per process so that a signed-in page does not read them again each time.
 *
 * Correctness as for the active sessions cache: every write to `spaces`, `communities` or `memberships`
 * raises `palabre_communities_changed` (migration 1764014000000), this process's own such commits forget
 * everything before their caller resumes, another process's when its notification arrives (LISTEN), a read
 * that overlapped a change is not kept, and while the LISTEN connection is down everything is read.
 * Values are shared between requests: callers never modify them.
 */
@Injectable()
export class CommunityRowsCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly spaces: LRUCache<string, Entry<{ space: SpaceRow; community: CommunityRow }>> | null;
  private readonly communities: LRUCache<string, Entry<CommunityRow>> | null;
  /** `${memberId}:${communityId}` → role, null when not a member. */
  private readonly roles: LRUCache<string, Entry<Role | null>> | null;
  private readonly invalidation: CommitInvalidation;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    transactions: TransactionRunner,
  ) {
    const max = config.COMMUNITY_CACHE_MAX_ENTRIES;
    this.spaces = max > 0 ? new LRUCache({ max }) : null;
    this.communities = max > 0 ? new LRUCache({ max }) : null;
    this.roles = max > 0 ? new LRUCache({ max }) : null;
    this.invalidation = new CommitInvalidation(COMMUNITIES_CHANGED_CHANNEL, transactions, () => this.clear(), 'CommunityRowsCache');
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.COMMUNITY_CACHE_MAX_ENTRIES > 0) await this.invalidation.start(databaseUrlOf(this.config));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.invalidation.close();
  }

  spacesWithCommunities(ids: readonly string[], load: (missing: string[]) => Promise<Array<{ space: SpaceRow; community: CommunityRow }>>) {
    return this.through(this.spaces, ids, async (missing) => {
      const rows = await load(missing);
      return new Map(rows.map((row) => [row.space.id, row]));
    });
  }

  communitiesByIds(ids: readonly string[], load: (missing: string[]) => Promise<CommunityRow[]>) {
    return this.through(this.communities, ids, async (missing) => new Map((await load(missing)).map((row) => [row.id, row])));
  }

  /** The member's role in each community (null when not a member); non-membership is kept too. */
  async rolesOf(memberId: string, communityIds: readonly string[], load: (missing: string[]) => Promise<Array<{ community_id: string; role: Role }>>): Promise<Array<Role | null>> {
    const keys = communityIds.map((id) => `${memberId}:${id}`);
    const found = await this.through(
      this.roles,
      keys,
      async (missing) => {
        const rows = await load(missing.map((key) => key.slice(memberId.length + 1)));
        const roles = new Map<string, Role | null>(missing.map((key) => [key, null]));
        for (const row of rows) roles.set(`${memberId}:${row.community_id}`, row.role);
        return roles;
      },
    );
    return found.map((role) => role ?? null);
  }

  /** Keyed values from memory where known, the others from `load` (kept only if nothing changed meanwhile). */
  private async through<V>(cache: LRUCache<string, Entry<V>> | null, keys: readonly string[], load: (missing: string[]) => Promise<Map<string, V>>): Promise<Array<V | null>> {
    const usable = cache !== null && this.invalidation.listening;
    const values = new Map<string, V>();
    const missing: string[] = [];
    for (const key of new Set(keys)) {
      const entry = usable ? cache.get(key) : undefined;
      if (entry) values.set(key, entry.value);
      else missing.push(key);
    }
    if (missing.length > 0) {
      const generation = this.invalidation.generation;
      const loaded = await load(missing);
      const keep = usable && this.invalidation.listening && generation === this.invalidation.generation;
      for (const [key, value] of loaded) {
        values.set(key, value);
        if (keep) cache.set(key, { value });
      }
    }
    return keys.map((key) => (values.has(key) ? (values.get(key) as V) : null));
  }

  private clear(): void {
    this.spaces?.clear();
    this.communities?.clear();
    this.roles?.clear();
  }
}
