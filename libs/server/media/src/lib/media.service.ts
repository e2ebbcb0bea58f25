import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ErrorCode, MediaErrorCode, Role } from '@palabre/contracts';
import { MODERATION_ROLES } from '@palabre/communities';
import { APP_CONFIG, AppConfig, AppError, Clock, ContentRegistry, RateLimitRule, RateLimitService, TransactionRunner } from '@palabre/core';
import { ImageRefusal, ImageRejected, processImage, VariantName, VARIANTS } from './image-processing';
import { MediaHttpError, mediaNotFound } from './media-http-errors';
import { MediaImageRow, MediaRepository, VariantSize } from './media.repository';
import { MediaStorage } from './media-storage';

export interface UploadedImage {
  id: string;
  /** Same-origin address of the image (the web server proxies /media to the api). */
  url: string;
  /** What to put in a post's Markdown to show it. */
  markdown: string;
  contentType: string;
  width: number;
  height: number;
  variants: Record<VariantName, VariantSize & { url: string }>;
}

export interface ServedImage {
  bytes: Buffer;
  contentType: string;
  /** Public images may be kept by any cache for a year: their bytes never change. */
  publicCache: boolean;
}

const REFUSALS: Record<ImageRefusal, { status: number; code: MediaErrorCode }> = {
  UNSUPPORTED_MEDIA_TYPE: { status: 415, code: MediaErrorCode.UnsupportedMediaType },
  IMAGE_TOO_LARGE: { status: 413, code: MediaErrorCode.ImageTooLarge },
  INVALID_IMAGE: { status: 422, code: MediaErrorCode.InvalidImage },
};

export const isVariantName = (value: string): value is VariantName => (VARIANTS as readonly string[]).includes(value);
export const isImageId = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value);
export const storageKey = (id: string, variant: VariantName) => `${id}/${variant}`;

/** Uploads (checked, stripped, re-encoded, stored) and the rule of who may see an image. */
@Injectable()
export class MediaService {
  private readonly logger = new Logger('Media');
  private readonly uploadRule: RateLimitRule;

  constructor(
    private readonly db: TransactionRunner,
    private readonly repo: MediaRepository,
    private readonly storage: MediaStorage,
    private readonly contents: ContentRegistry,
    private readonly rateLimits: RateLimitService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.uploadRule = { name: 'uploads', points: config.UPLOADS_PER_HOUR, durationSeconds: 3600 };
  }

  /** Counts an upload against the member's hourly budget, before the file is even read. */
  async consumeUploadBudget(memberId: string): Promise<void> {
    try {
      await this.rateLimits.consume(this.uploadRule, `member:${memberId}`, 1, `At most ${this.config.UPLOADS_PER_HOUR} images per hour; try again later`);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.TOO_MANY_REQUESTS) {
        throw new MediaHttpError(429, ErrorCode.TOO_MANY_REQUESTS, error.message, error.extensions['retryAfterSeconds'] as number | undefined);
      }
      throw error;
    }
  }

  async upload(ownerId: string, bytes: Buffer): Promise<UploadedImage> {
    let processed;
    try {
      processed = await processImage(bytes, { maxPixels: this.config.MEDIA_MAX_PIXELS });
    } catch (error) {
      if (!(error instanceof ImageRejected)) throw error;
      const { status, code } = REFUSALS[error.reason];
      throw new MediaHttpError(status, code, error.message);
    }
    const id = randomUUID();
    const variants = Object.fromEntries(processed.variants.map((variant) => [variant.name, { width: variant.width, height: variant.height, bytes: variant.bytes.length }])) as Record<VariantName, VariantSize>;
    await Promise.all(processed.variants.map((variant) => this.storage.put(storageKey(id, variant.name), variant.bytes, processed.contentType)));
    try {
      const full = variants.full;
      await this.repo.insert(this.db.reader, { id, owner_id: ownerId, content_type: processed.contentType, width: full.width, height: full.height, variants, bytes: full.bytes, created_at: this.clock.now() });
    } catch (error) {
      await this.storage.delete(VARIANTS.map((variant) => storageKey(id, variant))).catch(() => undefined);
      throw error;
    }
    const url = `/media/${id}`;
    return {
      id,
      url,
      markdown: `![](${url})`,
      contentType: processed.contentType,
      width: variants.full.width,
      height: variants.full.height,
      variants: Object.fromEntries(VARIANTS.map((variant) => [variant, { ...variants[variant], url: `${url}/${variant}` }])) as UploadedImage['variants'],
    };
  }

  /**
   * The image's bytes when `viewerId` may see it, else not found (never "forbidden": existence does not
   * leak). A pending image is its uploader's only; an attached one follows its post: removed, gone for
   * everyone; hidden, seen by its author and the community's moderators; in a private community, by
   * members only.
   */
  async read(viewerId: string | null, id: string, variant: VariantName): Promise<ServedImage> {
    const [row] = await this.repo.findLive(this.db.reader, [id]);
    if (!row) throw mediaNotFound();
    const publicCache = await this.mayView(row, viewerId);
    const bytes = await this.storage.get(storageKey(row.id, variant));
    if (!bytes) {
      this.logger.warn({ imageId: row.id, variant }, 'An image row has no stored file');
      throw mediaNotFound();
    }
    return { bytes, contentType: row.content_type, publicCache };
  }

  /** Throws not found unless the viewer may see it; true when anyone may (so caches may keep it). */
  private async mayView(row: MediaImageRow, viewerId: string | null): Promise<boolean> {
    if (!row.post_kind || !row.post_id || !row.community_id) {
      if (viewerId !== row.owner_id) throw mediaNotFound();
      return false;
    }
    const provider = this.contents.providers().find((candidate) => candidate.kind === row.post_kind);
    const [post] = provider ? await provider.findByIds(this.db.reader, [row.post_id]) : [];
    if (!post || post.removedAt) throw mediaNotFound();
    const standing = await this.repo.viewerStanding(this.db.reader, row.community_id, viewerId);
    if (!standing) throw mediaNotFound();
    if (standing.visibility === 'PRIVATE' && !standing.role) throw mediaNotFound();
    if (post.hiddenAt && !(viewerId !== null && viewerId === post.authorId) && !MODERATION_ROLES.includes(standing.role as Role)) throw mediaNotFound();
    return standing.visibility === 'PUBLIC' && !post.hiddenAt;
  }
}
