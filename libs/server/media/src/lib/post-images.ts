import { Injectable } from '@nestjs/common';
import { Clock, ContentKind, Db, DISPLAY_VARIANT, referencedImageIds, renderMarkdown, StoredImage } from '@palabre/core';
import { MediaRepository, PostLink } from './media.repository';

export interface RenderedBody {
  html: string;
  /** The images the HTML shows, to attach to the post once it exists. */
  imageIds: string[];
}

/**
 * How posts (threads, replies, ideas, comments) take their images: a body may show only its author's own
 * uploads that are pending or already in this post; they then belong to the post and follow it.
 */
@Injectable()
export class PostImages {
  constructor(
    private readonly repo: MediaRepository,
    private readonly clock: Clock,
  ) {}

  /** Renders a body with the images it may show. `post` is null for a post not created yet. */
  async render(db: Db, authorId: string, body: string, post: { kind: ContentKind; id: string } | null): Promise<RenderedBody> {
    const rows = await this.repo.findUsable(db, authorId, referencedImageIds(body), post);
    const images = new Map<string, StoredImage>(rows.map((row) => [row.id, { width: row.variants[DISPLAY_VARIANT].width, height: row.variants[DISPLAY_VARIANT].height }]));
    return { html: renderMarkdown(body, { images }), imageIds: [...images.keys()] };
  }

  /** In the new post's transaction: the images it shows belong to it (no statement when there are none). */
  async attach(tx: Db, post: PostLink, imageIds: readonly string[]): Promise<void> {
    if (imageIds.length > 0) await this.repo.attach(tx, post, imageIds, this.clock.now());
  }

  /**
   * In an edit's transaction: the images it shows belong to the post; those the edit removed are deleted.
   * A post whose previous body referenced no image costs no statement.
   */
  async reattach(tx: Db, post: PostLink, imageIds: readonly string[], previousBody: string): Promise<void> {
    if (referencedImageIds(previousBody).length > 0) await this.repo.tombstonePost(tx, post, this.clock.now(), imageIds);
    await this.attach(tx, post, imageIds);
  }

  /** The post is deleted by its author: so are its images (no statement when its body showed none). */
  async deleteWithPost(tx: Db, post: { kind: ContentKind; id: string }, body: string): Promise<void> {
    if (referencedImageIds(body).length > 0) await this.repo.tombstonePost(tx, post, this.clock.now());
  }
}
