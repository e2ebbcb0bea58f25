import S3rver from 's3rver';
import exifr from 'exifr';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpaceKind } from '@palabre/contracts';
import { RetentionService } from '@palabre/privacy';
import { MediaStorage, S3Storage } from '@palabre/media';
import { castWorld, CastWorld } from '../support/factories';
import { Platform, startPlatform } from '../support/harness';
import { fetchImage, jpegWithGps, temporaryDataDir, upload } from './media-fixtures';

const BUCKET = 'palabre-media';

/** The S3 storage against s3rver, a local S3-compatible server from the npm registry, started here. */
describe('images in an S3-compatible object store', () => {
  let s3: S3rver;
  let platform: Platform;
  let world: CastWorld;
  const dataDir = temporaryDataDir();

  beforeAll(async () => {
    s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(join(tmpdir(), 'palabre-s3rver-')), resetOnClose: true, configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3.run();
    platform = await startPlatform({
      config: { DATA_DIR: dataDir, S3_BUCKET: BUCKET, S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' },
    });
    world = await castWorld(platform, SpaceKind.DISCUSSION);
  });
  afterAll(async () => {
    await platform?.close();
    await s3?.close();
  });

  it('stores the variants in the bucket, serves them, and deletes them with their image', async () => {
    expect(platform.app.get(MediaStorage)).toBeInstanceOf(S3Storage);
    const answer = await upload(platform, await jpegWithGps(800, 600), { token: world.alice.token });
    expect(answer.status).toBe(201);
    const storage = platform.app.get(MediaStorage);
    for (const variant of ['full', 'w1280', 'w480']) expect(await storage.get(`${answer.body.id}/${variant}`)).toBeInstanceOf(Buffer);

    const served = await fetchImage(platform, `${answer.body.url}/w480`, { token: world.alice.token });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(await exifr.parse(served.bytes, true)).toBeUndefined();

    // Never posted: gone after the retention period, from the bucket too.
    platform.clock.set(new Date(platform.clock.now().getTime() + 25 * 3_600_000));
    await platform.app.get(RetentionService).purge();
    for (const variant of ['full', 'w1280', 'w480']) expect(await storage.get(`${answer.body.id}/${variant}`)).toBeNull();
    expect((await fetchImage(platform, answer.body.url, { token: world.alice.token })).status).toBe(404);
  });

  it('answers null for a key the bucket does not hold', async () => {
    expect(await platform.app.get(MediaStorage).get('00000000-0000-4000-8000-000000000000/full')).toBeNull();
  });
});
