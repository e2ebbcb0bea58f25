import sharp from 'sharp';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Platform } from '../support/harness';

export interface UploadAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A fresh directory for a spec's stored images (DATA_DIR/media). */
export const temporaryDataDir = () => mkdtempSync(join(tmpdir(), 'palabre-media-'));

/** POST /uploads as a browser would: multipart, the file in the field `file`. */
export async function upload(platform: Platform, bytes: Buffer, options: { token?: string; name?: string; type?: string; field?: string } = {}): Promise<UploadAnswer> {
  const form = new FormData();
  form.append(options.field ?? 'file', new Blob([new Uint8Array(bytes)], { type: options.type ?? 'image/jpeg' }), options.name ?? 'photo.jpg');
  const response = await fetch(`${platform.apiUrl}/uploads`, { method: 'POST', body: form, headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

export async function fetchImage(platform: Platform, path: string, options: { token?: string; cookie?: string } = {}): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const headers: Record<string, string> = {};
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.cookie) headers['cookie'] = options.cookie;
  const response = await fetch(`${platform.apiUrl}${path}`, { headers });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** A phone photo: camera, author and GPS position in its EXIF, a Display P3 profile. */
export function jpegWithGps(width = 1600, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a6' } })
    .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Pocket 9', Artist: 'Alice Example' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 300/100' } })
    .withIccProfile('p3')
    .jpeg()
    .toBuffer();
}

export const smallPng = (colour = '#ccc') => sharp({ create: { width: 40, height: 30, channels: 3, background: colour } }).png().toBuffer();
