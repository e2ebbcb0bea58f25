import exifr from 'exifr';
import sharp from 'sharp';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RetentionService } from '@palabre/privacy';
import { createMember, TestMember } from '../support/factories';
import { Platform, startPlatform } from '../support/harness';
import { fetchImage, jpegWithGps, smallPng, temporaryDataDir, upload } from './media-fixtures';

const MAX_BYTES = 300_000;
const UPLOADS_PER_HOUR = 5;

describe('POST /uploads', () => {
  let platform: Platform;
  let alice: TestMember;
  let bob: TestMember;
  const dataDir = temporaryDataDir();

  beforeAll(async () => {
    platform = await startPlatform({ config: { DATA_DIR: dataDir, MEDIA_MAX_BYTES: String(MAX_BYTES), UPLOADS_PER_HOUR: String(UPLOADS_PER_HOUR) } });
    [alice, bob] = [await createMember(platform), await createMember(platform)];
  });
  afterAll(() => platform.close());

  it('gives back a JPEG with GPS coordinates without any metadata, in three sizes', async () => {
    const original = await jpegWithGps();
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.any(Number), longitude: expect.any(Number) });

    const answer = await upload(platform, original, { token: alice.token });

    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ id: expect.any(String), url: `/media/${answer.body.id}`, markdown: `![](/media/${answer.body.id})`, contentType: 'image/jpeg', width: 1600, height: 1200 });
    expect(Object.keys(answer.body.variants)).toEqual(['full', 'w1280', 'w480']);
    for (const [variant, expected] of Object.entries({ full: [1600, 1200], w1280: [1280, 960], w480: [480, 360] })) {
      const image = await fetchImage(platform, `/media/${answer.body.id}/${variant}`, { token: alice.token });
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/jpeg');
      expect(image.headers.get('x-content-type-options')).toBe('nosniff');
      // Parsed from the bytes served: no EXIF, no GPS, no XMP, no ICC, no IPTC block at all.
      expect(await exifr.parse(image.bytes, { tiff: true, exif: true, gps: true, xmp: true, icc: true, iptc: true, jfif: false, ihdr: false })).toBeUndefined();
      expect(await exifr.gps(image.bytes)).toBeUndefined();
      const metadata = await sharp(image.bytes).metadata();
      expect([metadata.width, metadata.height]).toEqual(expected);
      expect([metadata.exif, metadata.icc, metadata.xmp, metadata.iptc]).toEqual([undefined, undefined, undefined, undefined]);
    }
  });

  it('refuses a renamed executable with UNSUPPORTED_MEDIA_TYPE and stores nothing', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);
    const before = await platform.db.query(`SELECT count(*)::int AS n FROM media_images`);

    const answer = await upload(platform, elf, { token: bob.token, name: 'holiday.jpg', type: 'image/jpeg' });

    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect((await platform.db.query(`SELECT count(*)::int AS n FROM media_images`)).rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses SVG, which can carry scripts', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const answer = await upload(platform, svg, { token: bob.token, name: 'logo.png', type: 'image/png' });
    expect([answer.status, answer.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('refuses a file over MEDIA_MAX_BYTES with PAYLOAD_TOO_LARGE', async () => {
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(MAX_BYTES + 1000, 1)]);
    const answer = await upload(platform, big, { token: bob.token });
    expect([answer.status, answer.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('refuses a decompression bomb with IMAGE_TOO_LARGE', async () => {
    // About 70 KB on disk, 100 million pixels once decoded.
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(MAX_BYTES);
    const answer = await upload(platform, bomb, { token: bob.token, name: 'bomb.png', type: 'image/png' });
    expect([answer.status, answer.body.code]).toEqual([413, 'IMAGE_TOO_LARGE']);
  });

  it('refuses anonymous callers and bad tokens with UNAUTHENTICATED', async () => {
    const png = await smallPng();
    expect(await upload(platform, png)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await upload(platform, png, { token: 'not-a-token' })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });

  it('asks for the file in a field named "file"', async () => {
    const answer = await upload(platform, await smallPng(), { token: bob.token, field: 'image' });
    expect([answer.status, answer.body.code]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it(`allows ${UPLOADS_PER_HOUR} uploads per member per hour, then TOO_MANY_REQUESTS with Retry-After`, async () => {
    const carol = await createMember(platform);
    const png = await smallPng('#a0a');
    for (let index = 0; index < UPLOADS_PER_HOUR; index += 1) expect((await upload(platform, png, { token: carol.token, type: 'image/png' })).status).toBe(201);

    const refused = await upload(platform, png, { token: carol.token, type: 'image/png' });

    expect([refused.status, refused.body.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another member's budget is their own.
    const dave = await createMember(platform);
    expect((await upload(platform, png, { token: dave.token, type: 'image/png' })).status).toBe(201);
  });

  it('shows a pending image to its uploader only, and deletes it once MEDIA_PENDING_RETENTION_HOURS pass', async () => {
    const answer = await upload(platform, await smallPng('#135'), { token: alice.token, type: 'image/png' });
    expect((await fetchImage(platform, answer.body.url, { token: alice.token })).status).toBe(200);
    expect((await fetchImage(platform, answer.body.url, { token: bob.token })).status).toBe(404);
    expect((await fetchImage(platform, answer.body.url)).status).toBe(404);
    const file = join(dataDir, 'media', answer.body.id, 'full');
    expect(existsSync(file)).toBe(true);

    platform.clock.set(new Date(platform.clock.now().getTime() + 25 * 3_600_000));
    await platform.app.get(RetentionService).purge();

    expect((await fetchImage(platform, answer.body.url, { token: alice.token })).status).toBe(404);
    expect(existsSync(file)).toBe(false);
    expect((await platform.db.query(`SELECT 1 FROM media_images WHERE id = $1`, [answer.body.id])).rowCount).toBe(0);
  });

  it('answers 404 for ids and variants that do not exist', async () => {
    expect((await fetchImage(platform, '/media/not-an-id')).status).toBe(404);
    expect((await fetchImage(platform, '/media/00000000-0000-4000-8000-000000000000/w480')).status).toBe(404);
    expect((await fetchImage(platform, '/media/00000000-0000-4000-8000-000000000000/../etc')).status).toBe(404);
  });
});
