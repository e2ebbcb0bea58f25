import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Clock, ContentKind, Db, DISPLAY_VARIANT, mentionedHandles, MentionDirectory, referencedImageIds, renderMarkdown, StoredImage } from '@palabre/core';
import { MediaRepository, PostLink } from './media.repository';

export interface RenderedBody {
  html: string;
  /** The images the HTML shows, to attach to the post once it exists. */
  imageIds: string[];
}

/**
 * How posts (threads, replies, ideas, comments) take their images: a body may show only its author's own
 * uploads that are pending or already in this post; they then belong to the post and follow it.
 * It renders every post body, so it also links `@mentions` of existing members to their profiles.
 */
@Injectable()
export class PostImages {
  private directory: MentionDirectory | null = null;

  constructor(
    private readonly repo: MediaRepository,
    private readonly clock: Clock,
    private readonly moduleRef: ModuleRef,
  ) {}

  /**
   * Renders a body with the images it may show and its mentions of existing members as links. `post` is null
   * for a post not created yet. A body without images or mentions costs no statement.
   */
  async render(db: Db, authorId: string, body: string, post: { kind: ContentKind; id: string } | null): Promise<RenderedBody> {
    const handles = mentionedHandles(body);
    // One after the other: `db` may be a transaction's single connection.
    const rows = await this.repo.findUsable(db, authorId, referencedImageIds(body), post);
    const mentions = handles.length > 0 ? await this.mentionDirectory().existing(db, handles) : new Map<string, string>();
    const images = new Map<string, StoredImage>(rows.map((row) => [row.id, { width: row.variants[DISPLAY_VARIANT].width, height: row.variants[DISPLAY_VARIANT].height }]));
    return { html: renderMarkdown(body, { images, mentions }), imageIds: [...images.keys()] };
  }

  /** Members provides the directory; media does not import members. */
  private mentionDirectory(): MentionDirectory {
    this.directory ??= this.moduleRef.get(MentionDirectory, { strict: false });
    if (!this.directory) throw new Error('No MentionDirectory is registered (the members module provides it)');
    return this.directory;
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
