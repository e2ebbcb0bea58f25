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

  /** In the post's transaction: the shown images belong to it; those an edit removed are deleted. */
  attach(tx: Db, post: PostLink, imageIds: readonly string[]): Promise<void> {
    return this.repo.attach(tx, post, imageIds, this.clock.now());
  }

  /** The post is deleted by its author: so are its images. */
  deleteWithPost(tx: Db, post: { kind: ContentKind; id: string }): Promise<void> {
    return this.repo.tombstonePost(tx, post, this.clock.now());
  }
}
