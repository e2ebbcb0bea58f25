import { Injectable } from '@nestjs/common';
import { ContentKind, Db, queryRows } from '@palabre/core';
import type { StoredType, VariantName } from './image-processing';

export interface VariantSize {
  width: number;
  height: number;
  bytes: number;
}

export interface MediaImageRow {
  id: string;
  owner_id: string;
  content_type: StoredType;
  width: number;
  height: number;
  variants: Record<VariantName, VariantSize>;
  bytes: number;
  post_kind: ContentKind | null;
  post_id: string | null;
  community_id: string | null;
  created_at: Date;
  attached_at: Date | null;
  deleted_at: Date | null;
}

/** The post an image belongs to. */
export interface PostLink {
  kind: ContentKind;
  id: string;
  communityId: string;
}

export interface ViewerStanding {
  visibility: 'PUBLIC' | 'PRIVATE';
  role: string | null;
}

const COLUMNS = 'id, owner_id, content_type, width, height, variants, bytes, post_kind, post_id, community_id, created_at, attached_at, deleted_at';

/** The only SQL that names media_images. */
@Injectable()
export class MediaRepository {
  async insert(db: Db, values: Omit<MediaImageRow, 'id' | 'post_kind' | 'post_id' | 'community_id' | 'attached_at' | 'deleted_at'> & { id: string }): Promise<MediaImageRow> {
    const [row] = await queryRows<MediaImageRow>(
      db,
      `INSERT INTO media_images (id, owner_id, content_type, width, height, variants, bytes, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [values.id, values.owner_id, values.content_type, values.width, values.height, JSON.stringify(values.variants), values.bytes, values.created_at],
    );
    return row;
  }

  /** Live images (not tombstoned), in any order. */
  findLive(db: Db, ids: readonly string[]): Promise<MediaImageRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return queryRows<MediaImageRow>(db, `SELECT ${COLUMNS} FROM media_images WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`, [ids]);
  }

  /** Of `ids`, the author's own live images that are still pending or already belong to `post` (locked: one post takes a pending image). */
  findUsable(db: Db, ownerId: string, ids: readonly string[], post: { kind: ContentKind; id: string } | null): Promise<MediaImageRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return queryRows<MediaImageRow>(
      db,
      `SELECT ${COLUMNS} FROM media_images
        WHERE id = ANY($1::uuid[]) AND owner_id = $2 AND deleted_at IS NULL
          AND (post_id IS NULL OR (post_kind = $3 AND post_id = $4::uuid))
        FOR UPDATE`,
      [ids, ownerId, post?.kind ?? null, post?.id ?? null],
    );
  }

  /** Gives `ids` (pending ones) to the post. */
  async attach(tx: Db, post: PostLink, ids: readonly string[], now: Date): Promise<void> {
    await tx.query(
      `UPDATE media_images SET post_kind = $1, post_id = $2, community_id = $3, attached_at = $5 WHERE id = ANY($4::uuid[]) AND post_id IS NULL AND deleted_at IS NULL`,
      [post.kind, post.id, post.communityId, ids, now],
    );
  }

  /** Tombstones the post's images, except `keep`. */
  async tombstonePost(tx: Db, post: { kind: ContentKind; id: string }, now: Date, keep: readonly string[] = []): Promise<void> {
    await tx.query(`UPDATE media_images SET deleted_at = $3 WHERE post_kind = $1 AND post_id = $2 AND deleted_at IS NULL AND NOT (id = ANY($4::uuid[]))`, [post.kind, post.id, now, keep]);
  }

  async viewerStanding(db: Db, communityId: string, viewerId: string | null): Promise<ViewerStanding | null> {
    const [row] = await queryRows<ViewerStanding>(
      db,
      `SELECT c.visibility, m.role FROM communities c LEFT JOIN memberships m ON m.community_id = c.id AND m.member_id = $2::uuid WHERE c.id = $1`,
      [communityId, viewerId],
    );
    return row ?? null;
  }

  exportOf(db: Db, ownerId: string): Promise<Array<Record<string, unknown>>> {
    return queryRows(
      db,
      `SELECT id, content_type AS "contentType", width, height, bytes, post_kind AS "postKind", post_id AS "postId", created_at AS "uploadedAt"
         FROM media_images WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY created_at, id`,
      [ownerId],
    );
  }

  /** Tombstones the owner's images: all of them, or only those no post references. */
  async tombstoneOwned(tx: Db, ownerId: string, pendingOnly: boolean, now: Date): Promise<void> {
    await tx.query(`UPDATE media_images SET deleted_at = $2 WHERE owner_id = $1 AND deleted_at IS NULL AND ($3::boolean = false OR post_id IS NULL)`, [ownerId, now, pendingOnly]);
  }

  async tombstonePendingBefore(tx: Db, cutoff: Date, now: Date): Promise<void> {
    await tx.query(`UPDATE media_images SET deleted_at = $2 WHERE post_id IS NULL AND deleted_at IS NULL AND created_at < $1`, [cutoff, now]);
  }

  /** Tombstoned rows, oldest first, locked so two sweeps never delete the same files. */
  takeTombstoned(tx: Db, limit: number): Promise<Array<Pick<MediaImageRow, 'id' | 'variants'>>> {
    return queryRows(tx, `SELECT id, variants FROM media_images WHERE deleted_at IS NOT NULL ORDER BY deleted_at LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit]);
  }

  async deleteRows(tx: Db, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await tx.query(`DELETE FROM media_images WHERE id = ANY($1::uuid[])`, [ids]);
  }
}
