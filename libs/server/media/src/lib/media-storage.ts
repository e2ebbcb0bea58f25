import { DeleteObjectsCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '@palabre/core';

/**
 * Where image files live, behind the smallest interface the feature needs. Keys are built by the media
 * service only (`<image id>/<variant>`), never from client input.
 */
export abstract class MediaStorage {
  abstract put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is none. */
  abstract get(key: string): Promise<Buffer | null>;
  /** Deleting a key that does not exist is not an error. */
  abstract delete(keys: readonly string[]): Promise<void>;
}

const SAFE_KEY = /^[0-9a-f-]{36}\/[a-z0-9]{1,16}$/;

function checkedKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`Refusing media key ${JSON.stringify(key)}`);
  return key;
}

/** The default: files under DATA_DIR/media, written atomically (temporary file, then rename). */
export class LocalDiskStorage extends MediaStorage {
  private readonly root: string;

  constructor(directory: string) {
    super();
    this.root = resolve(directory);
  }

  private pathOf(key: string): string {
    return join(this.root, checkedKey(key));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
    // Drops the image's directory once its variants are gone (fails harmlessly while it is not empty).
    await Promise.all([...new Set(keys.map((key) => dirname(this.pathOf(key))))].map((dir) => rmdir(dir).catch(() => undefined)));
  }
}

export interface S3StorageOptions {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

/** An S3-compatible object store, shared by every api process. */
export class S3Storage extends MediaStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    const credentials = options.accessKeyId && options.secretAccessKey ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } : undefined;
    // Checksums only where S3 requires them: several S3-compatible stores refuse the newer default ones.
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: checkedKey(key), Body: bytes, ContentType: contentType }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: checkedKey(key) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    // DeleteObjects takes at most 1000 keys per call.
    for (let start = 0; start < keys.length; start += 1000) {
      const batch = keys.slice(start, start + 1000).map((key) => ({ Key: checkedKey(key) }));
      await this.client.send(new DeleteObjectsCommand({ Bucket: this.options.bucket, Delete: { Objects: batch, Quiet: true } }));
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}

/** S3 when S3_BUCKET is set, the local disk otherwise. */
export function createMediaStorage(config: AppConfig): MediaStorage {
  if (!config.S3_BUCKET) return new LocalDiskStorage(join(config.DATA_DIR, 'media'));
  return new S3Storage({
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
  });
}
