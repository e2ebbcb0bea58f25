import exifr from 'exifr';
import sharp from 'sharp';
import { ImageRejected, processImage, sniffImageType } from './image-processing';

const LIMITS = { maxPixels: 10_000_000 };

/** A JPEG carrying what a phone writes: camera, author and GPS position. */
async function jpegWithGps(width = 2000, height = 1500): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c33' } })
    .withExif({ IFD0: { Make: 'PhoneMaker', Artist: 'Jane Doe' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 300/100' } })
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
}

describe('sniffImageType', () => {
  it('recognises the accepted formats from their bytes', async () => {
    const base = sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } });
    expect(sniffImageType(await base.clone().jpeg().toBuffer())).toBe('image/jpeg');
    expect(sniffImageType(await base.clone().png().toBuffer())).toBe('image/png');
    expect(sniffImageType(await base.clone().webp().toBuffer())).toBe('image/webp');
    expect(sniffImageType(await base.clone().gif().toBuffer())).toBe('image/gif');
    expect(sniffImageType(await base.clone().avif().toBuffer())).toBe('image/avif');
  });

  it('refuses an executable, SVG and HTML whatever their names', () => {
    expect(sniffImageType(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(64)]))).toBeNull();
    expect(sniffImageType(Buffer.from('MZ\x90\x00' + '\x00'.repeat(60), 'latin1'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(sniffImageType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
  });
});

describe('processImage', () => {
  // Encoding images is CPU work: leave room on a busy machine.
  jest.setTimeout(30_000);

  it('removes every metadata block and keeps the picture the right way up', async () => {
    const original = await jpegWithGps();
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.any(Number) });

    const processed = await processImage(original, LIMITS);

    expect(processed).toMatchObject({ contentType: 'image/jpeg', width: 2000, height: 1500 });
    expect(processed.variants.map((variant) => [variant.name, variant.width, variant.height])).toEqual([
      ['full', 2000, 1500],
      ['w1280', 1280, 960],
      ['w480', 480, 360],
    ]);
    for (const variant of processed.variants) {
      expect(await exifr.parse(variant.bytes, true)).toBeUndefined();
      const metadata = await sharp(variant.bytes).metadata();
      expect({ exif: metadata.exif, icc: metadata.icc, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({ exif: undefined, icc: undefined, xmp: undefined, iptc: undefined });
    }
  });

  it('does not enlarge small images', async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#0a0a' } }).png().toBuffer();
    const processed = await processImage(small, LIMITS);
    expect(processed.contentType).toBe('image/png');
    expect(processed.variants.map((variant) => variant.width)).toEqual([300, 300, 300]);
  });

  it('keeps an animated GIF animated, each variant sized by its frames', async () => {
    const frame = (colour: string) => sharp({ create: { width: 1300, height: 650, channels: 3, background: colour } }).png().toBuffer();
    const gif = await sharp([await frame('#f00'), await frame('#00f')], { join: { animated: true } }).gif().toBuffer();

    const processed = await processImage(gif, LIMITS);

    expect(processed).toMatchObject({ contentType: 'image/gif', width: 1300, height: 650 });
    expect(processed.variants.map((variant) => [variant.name, variant.width, variant.height])).toEqual([
      ['full', 1300, 650],
      ['w1280', 1280, 640],
      ['w480', 480, 240],
    ]);
    expect((await sharp(processed.variants[2].bytes, { animated: true }).metadata()).pages).toBe(2);
  });

  it('counts every frame of an animation against the pixel limit', async () => {
    const frame = (colour: string) => sharp({ create: { width: 400, height: 300, channels: 3, background: colour } }).png().toBuffer();
    const gif = await sharp([await frame('#f00'), await frame('#00f'), await frame('#0f0')], { join: { animated: true } }).gif().toBuffer();
    // One frame (120 000 pixels) fits, three do not.
    await expect(processImage(gif, { maxPixels: 300_000 })).rejects.toMatchObject({ reason: 'IMAGE_TOO_LARGE' });
  });

  it('stores AVIF as WebP', async () => {
    const avif = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#123' } }).avif().toBuffer();
    expect((await processImage(avif, LIMITS)).contentType).toBe('image/webp');
  });

  it('refuses a decompression bomb from its header', async () => {
    const huge = await sharp({ create: { width: 5000, height: 5000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    await expect(processImage(huge, LIMITS)).rejects.toMatchObject({ reason: 'IMAGE_TOO_LARGE' });
  });

  it('refuses what is not an image, and a truncated image', async () => {
    await expect(processImage(Buffer.from('#!/bin/sh\necho pwned\n'), LIMITS)).rejects.toBeInstanceOf(ImageRejected);
    const truncated = (await jpegWithGps(64, 64)).subarray(0, 200);
    await expect(processImage(truncated, LIMITS)).rejects.toMatchObject({ reason: 'INVALID_IMAGE' });
  });
});
