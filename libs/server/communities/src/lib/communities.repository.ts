import { Injectable } from '@nestjs/common';
import { Role, SpaceKind } from '@palabre/contracts';
import { Db, queryRows, TransactionRunner } from '@palabre/core';

export interface CommunityRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  locale: string;
  visibility: string;
  created_by: string | null;
  created_at: Date;
  member_count: number;
}

export interface SpaceRow {
  id: string;
  community_id: string;
  slug: string;
  name: string;
  description: string;
  kind: SpaceKind;
  created_at: Date;
}

export interface MembershipRow {
  community_id: string;
  member_id: string;
  role: Role;
  joined_at: Date;
}

export interface InvitationRow {
  id: string;
  community_id: string;
  member_id: string;
  invited_by: string | null;
  created_at: Date;
  accepted_at: Date | null;
}

export interface MembersPageKey {
  communityId: string;
  limit: number;
  after: { joinedAt: string; memberId: string } | null;
  role: Role | null;
}

/** The only place that writes SQL for communities, spaces, memberships and invitations. */
@Injectable()
export class CommunitiesRepository {
  constructor(private readonly db: TransactionRunner) {}

  private get reader(): Db {
    return this.db.reader;
  }

  async insertCommunity(tx: Db, values: { slug: string; name: string; description: string; locale: string; visibility: string; createdBy: string; now: Date }): Promise<CommunityRow | null> {
    const rows: CommunityRow[] = await tx.query(
      `INSERT INTO communities (slug, name, description, locale, visibility, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING *`,
      [values.slug, values.name, values.description, values.locale, values.visibility, values.createdBy, values.now],
    );
    return rows[0] ?? null;
  }

  async findBySlug(slug: string): Promise<CommunityRow | null> {
    const rows: CommunityRow[] = await this.reader.query(`SELECT * FROM communities WHERE lower(slug) = lower($1)`, [slug]);
    return rows[0] ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<CommunityRow[]> {
    if (ids.length === 0) return [];
    return this.reader.query(`SELECT * FROM communities WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Locks the community row: role changes and departures are serialised per community. */
  async lockCommunity(tx: Db, communityId: string): Promise<CommunityRow | null> {
    const rows: CommunityRow[] = await tx.query(`SELECT * FROM communities WHERE id = $1 FOR UPDATE`, [communityId]);
    return rows[0] ?? null;
  }

  /** Communities the viewer may see (public, or private with a membership), oldest first. */
  async listVisible(viewerId: string | null, limit: number, after: { createdAt: string; id: string } | null): Promise<CommunityRow[]> {
    return this.reader.query(
      `SELECT c.* FROM communities c
        WHERE (c.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.member_id = $1::uuid))
          AND ($2::timestamptz IS NULL OR (c.created_at, c.id) > ($2::timestamptz, $3::uuid))
        ORDER BY c.created_at, c.id
        LIMIT $4`,
      [viewerId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
  }

  async countVisible(viewerId: string | null): Promise<number> {
    const rows: Array<{ count: string }> = await this.reader.query(
      `SELECT count(*) FROM communities c
        WHERE c.visibility = 'PUBLIC' OR EXISTS (SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.member_id = $1::uuid)`,
      [viewerId],
    );
    return Number(rows[0].count);
  }

  /** Memberships of `memberId` in the given communities (one statement for a whole page). */
  async membershipsOf(memberId: string, communityIds: readonly string[]): Promise<MembershipRow[]> {
    if (communityIds.length === 0) return [];
    return this.reader.query(`SELECT * FROM memberships WHERE member_id = $1 AND community_id = ANY($2::uuid[])`, [memberId, communityIds]);
  }

  /** Each member's memberships in PUBLIC communities, oldest first (a public profile never shows a private one). */
  async publicMembershipsOf(memberIds: readonly string[]): Promise<MembershipRow[]> {
    if (memberIds.length === 0) return [];
    return this.reader.query(
      `SELECT m.* FROM memberships m JOIN communities c ON c.id = m.community_id AND c.visibility = 'PUBLIC'
        WHERE m.member_id = ANY($1::uuid[]) ORDER BY m.joined_at, m.community_id`,
      [memberIds],
    );
  }

  /** Memberships for (community, member) pairs, e.g. the authors of a page of posts. */
  async membershipsByPairs(pairs: ReadonlyArray<{ communityId: string; memberId: string }>): Promise<MembershipRow[]> {
    if (pairs.length === 0) return [];
    return this.reader.query(
      `SELECT m.* FROM memberships m
         JOIN unnest($1::uuid[], $2::uuid[]) AS p(community_id, member_id)
           ON m.community_id = p.community_id AND m.member_id = p.member_id`,
      [pairs.map((pair) => pair.communityId), pairs.map((pair) => pair.memberId)],
    );
  }

  async findMembership(db: Db, communityId: string, memberId: string): Promise<MembershipRow | null> {
    const rows: MembershipRow[] = await db.query(`SELECT * FROM memberships WHERE community_id = $1 AND member_id = $2`, [communityId, memberId]);
    return rows[0] ?? null;
  }

  /** Inserts the membership unless it exists; `created` tells whether this call made it. */
  async addMembership(tx: Db, values: { communityId: string; memberId: string; role: Role; now: Date }): Promise<{ membership: MembershipRow; created: boolean }> {
    const rows: MembershipRow[] = await tx.query(
      `INSERT INTO memberships (community_id, member_id, role, joined_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (community_id, member_id) DO NOTHING RETURNING *`,
      [values.communityId, values.memberId, values.role, values.now],
    );
    if (rows[0]) {
      // Counted in the same transaction as the row it counts.
      await tx.query(`UPDATE communities SET member_count = member_count + 1 WHERE id = $1`, [values.communityId]);
      return { membership: rows[0], created: true };
    }
    return { membership: (await this.findMembership(tx, values.communityId, values.memberId))!, created: false };
  }

  /** Moves joins back to `joinedAt` at the latest (demo data: seeded people are not "new members"). */
  async backdateJoins(tx: Db, communityId: string, memberIds: readonly string[], joinedAt: Date): Promise<void> {
    await tx.query(`UPDATE memberships SET joined_at = least(joined_at, $3) WHERE community_id = $1 AND member_id = ANY($2::uuid[])`, [communityId, memberIds, joinedAt]);
  }

  async removeMembership(tx: Db, communityId: string, memberId: string): Promise<boolean> {
    const rows = await queryRows(tx, `DELETE FROM memberships WHERE community_id = $1 AND member_id = $2 RETURNING 1`, [communityId, memberId]);
    if (rows.length === 0) return false;
    await tx.query(`UPDATE communities SET member_count = member_count - 1 WHERE id = $1`, [communityId]);
    return true;
  }

  async setRole(tx: Db, communityId: string, memberId: string, role: Role): Promise<MembershipRow | null> {
    const rows = await queryRows<MembershipRow>(tx, `UPDATE memberships SET role = $3 WHERE community_id = $1 AND member_id = $2 RETURNING *`, [communityId, memberId, role]);
    return rows[0] ?? null;
  }

  async countOwners(tx: Db, communityId: string): Promise<number> {
    const rows: Array<{ count: string }> = await tx.query(`SELECT count(*) FROM memberships WHERE community_id = $1 AND role = 'OWNER'`, [communityId]);
    return Number(rows[0].count);
  }

  /** One page of members for each requested community, in one statement (LATERAL). */
  async membersPages(keys: readonly MembersPageKey[]): Promise<MembershipRow[][]> {
    if (keys.length === 0) return [];
    const rows: Array<MembershipRow & { key_index: number }> = await this.reader.query(
      `SELECT page.*, k.key_index FROM
         unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::uuid[], $5::text[]) WITH ORDINALITY AS k(community_id, lim, after_joined, after_member, role, key_index)
         CROSS JOIN LATERAL (
           SELECT m.* FROM memberships m
            WHERE m.community_id = k.community_id
              AND (k.role IS NULL OR m.role = k.role)
              AND (k.after_joined IS NULL OR (m.joined_at, m.member_id) > (k.after_joined, k.after_member))
            ORDER BY m.joined_at, m.member_id
            LIMIT k.lim
         ) page`,
      [keys.map((k) => k.communityId), keys.map((k) => k.limit), keys.map((k) => k.after?.joinedAt ?? null), keys.map((k) => k.after?.memberId ?? null), keys.map((k) => k.role)],
    );
    const pages: MembershipRow[][] = keys.map(() => []);
    for (const { key_index, ...row } of rows) pages[Number(key_index) - 1].push(row);
    return pages;
  }

  async countMembers(keys: ReadonlyArray<{ communityId: string; role: Role | null }>): Promise<number[]> {
    const rows: Array<{ key_index: string; count: string }> = await this.reader.query(
      `SELECT k.key_index, (SELECT count(*) FROM memberships m WHERE m.community_id = k.community_id AND (k.role IS NULL OR m.role = k.role)) AS count
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS k(community_id, role, key_index)`,
      [keys.map((k) => k.communityId), keys.map((k) => k.role)],
    );
    const counts = keys.map(() => 0);
    for (const row of rows) counts[Number(row.key_index) - 1] = Number(row.count);
    return counts;
  }

  async insertSpace(tx: Db, values: { communityId: string; slug: string; name: string; description: string; kind: SpaceKind; now: Date }): Promise<SpaceRow | null> {
    const rows: SpaceRow[] = await tx.query(
      `INSERT INTO spaces (community_id, slug, name, description, kind, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING *`,
      [values.communityId, values.slug, values.name, values.description, values.kind, values.now],
    );
    return rows[0] ?? null;
  }

  async findSpacesByIds(ids: readonly string[]): Promise<SpaceRow[]> {
    if (ids.length === 0) return [];
    return this.reader.query(`SELECT * FROM spaces WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Spaces with their communities in one statement (a space is almost always checked against its community). */
  async findSpacesWithCommunities(ids: readonly string[]): Promise<Array<{ space: SpaceRow; community: CommunityRow }>> {
    if (ids.length === 0) return [];
    const rows: Array<SpaceRow & { c_slug: string; c_name: string; c_description: string; c_locale: string; c_visibility: string; c_created_by: string | null; c_created_at: Date; c_member_count: number }> =
      await this.reader.query(
        `SELECT s.*, c.slug AS c_slug, c.name AS c_name, c.description AS c_description, c.locale AS c_locale, c.visibility AS c_visibility,
                c.created_by AS c_created_by, c.created_at AS c_created_at, c.member_count AS c_member_count
           FROM spaces s JOIN communities c ON c.id = s.community_id WHERE s.id = ANY($1::uuid[])`,
        [ids],
      );
    return rows.map(({ c_slug, c_name, c_description, c_locale, c_visibility, c_created_by, c_created_at, c_member_count, ...space }) => ({
      space,
      community: { id: space.community_id, slug: c_slug, name: c_name, description: c_description, locale: c_locale, visibility: c_visibility, created_by: c_created_by, created_at: c_created_at, member_count: c_member_count },
    }));
  }

  async spacesOfCommunities(communityIds: readonly string[]): Promise<SpaceRow[]> {
    if (communityIds.length === 0) return [];
    return this.reader.query(`SELECT * FROM spaces WHERE community_id = ANY($1::uuid[]) ORDER BY created_at, id`, [communityIds]);
  }

  async insertInvitation(tx: Db, values: { communityId: string; memberId: string; invitedBy: string; now: Date }): Promise<InvitationRow> {
    const rows: InvitationRow[] = await tx.query(
      `INSERT INTO invitations (community_id, member_id, invited_by, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (community_id, member_id) WHERE accepted_at IS NULL DO UPDATE SET invited_by = EXCLUDED.invited_by
       RETURNING *`,
      [values.communityId, values.memberId, values.invitedBy, values.now],
    );
    return rows[0];
  }

  async lockInvitation(tx: Db, invitationId: string): Promise<InvitationRow | null> {
    const rows: InvitationRow[] = await tx.query(`SELECT * FROM invitations WHERE id = $1 FOR UPDATE`, [invitationId]);
    return rows[0] ?? null;
  }

  async markInvitationAccepted(tx: Db, invitationId: string, now: Date): Promise<void> {
    await tx.query(`UPDATE invitations SET accepted_at = $2 WHERE id = $1`, [invitationId, now]);
  }

  async pendingInvitationsOf(memberId: string): Promise<InvitationRow[]> {
    return this.reader.query(`SELECT * FROM invitations WHERE member_id = $1 AND accepted_at IS NULL ORDER BY created_at DESC LIMIT 100`, [memberId]);
  }
}
