import sharp from 'sharp';

/** What Palabre accepts, recognised from the file's first bytes, never from its name or declared type. */
export type SniffedType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif' | 'image/gif';

/** What Palabre stores: AVIF is re-encoded as WebP (AVIF encoding is too slow for a request). */
export type StoredType = Exclude<SniffedType, 'image/avif'>;

export const VARIANTS = ['full', 'w1280', 'w480'] as const;
export type VariantName = (typeof VARIANTS)[number];

/** Widths of the display variants; `full` keeps the original size (re-encoded, without metadata). */
const VARIANT_WIDTHS: Record<Exclude<VariantName, 'full'>, number> = { w1280: 1280, w480: 480 };

export interface ProcessedVariant {
  name: VariantName;
  bytes: Buffer;
  width: number;
  height: number;
}

export interface ProcessedImage {
  contentType: StoredType;
  width: number;
  height: number;
  variants: ProcessedVariant[];
}

export type ImageRefusal = 'UNSUPPORTED_MEDIA_TYPE' | 'IMAGE_TOO_LARGE' | 'INVALID_IMAGE';

export class ImageRejected extends Error {
  constructor(
    readonly reason: ImageRefusal,
    message: string,
  ) {
    super(message);
  }
}

const startsWith = (bytes: Buffer, signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (bytes: Buffer, start: number, end: number) => bytes.subarray(start, end).toString('latin1');

/** Magic numbers of the accepted formats; anything else (executables, SVG, HTML, TIFF...) is null. */
export function sniffImageType(bytes: Buffer): SniffedType | null {
  if (bytes.length < 12) return null;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  // ISO-BMFF: a `ftyp` box whose major brand is AVIF (still image or sequence).
  if (ascii(bytes, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 12))) return 'image/avif';
  return null;
}

export interface ProcessingLimits {
  maxPixels: number;
}

/**
 * Decodes and re-encodes an image: the output carries no metadata at all (EXIF, GPS, XMP, IPTC, comments):
 * sharp writes none unless asked, and colours are converted to sRGB, whose profile is then implied rather
 * than embedded. EXIF orientation is applied to the pixels first, so dropping it does not turn photos.
 * The pixel limit is checked by libvips from the header before any pixel is decoded.
 */
export async function processImage(bytes: Buffer, limits: ProcessingLimits): Promise<ProcessedImage> {
  const sniffed = sniffImageType(bytes);
  if (!sniffed) throw new ImageRejected('UNSUPPORTED_MEDIA_TYPE', 'Only JPEG, PNG, WebP, AVIF and GIF images are accepted');
  const animated = sniffed === 'image/gif' || sniffed === 'image/webp';
  const input = () => sharp(bytes, { limitInputPixels: limits.maxPixels, animated, failOn: 'error', sequentialRead: true });
  let metadata: sharp.Metadata;
  try {
    metadata = await input().metadata();
  } catch (error) {
    throw refusalOf(error);
  }
  const pages = metadata.pages ?? 1;
  // An animation's frames are stacked: its height is all of them, a frame's is pageHeight.
  const animation = animated && pages > 1 && metadata.pageHeight !== undefined;
  const width = animation ? metadata.width : (metadata.autoOrient?.width ?? metadata.width);
  const height = animation ? metadata.pageHeight : (metadata.autoOrient?.height ?? metadata.height);
  if (!width || !height) throw new ImageRejected('INVALID_IMAGE', 'This file could not be read as an image');
  // Animated frames are all decoded: the limit holds for the whole animation, not one frame.
  if (width * height * pages > limits.maxPixels) throw new ImageRejected('IMAGE_TOO_LARGE', `This image has too many pixels (at most ${limits.maxPixels})`);

  const contentType: StoredType = sniffed === 'image/avif' ? 'image/webp' : sniffed;
  const variants: ProcessedVariant[] = [];
  for (const name of VARIANTS) {
    const targetWidth = name === 'full' ? null : VARIANT_WIDTHS[name];
    let pipeline = input().rotate().toColourspace('srgb');
    if (targetWidth !== null && targetWidth < width) pipeline = pipeline.resize({ width: targetWidth, withoutEnlargement: true });
    pipeline = encode(pipeline, contentType);
    try {
      const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
      variants.push({ name, bytes: data, width: info.width, height: info.pageHeight ?? info.height });
    } catch (error) {
      throw refusalOf(error);
    }
  }
  return { contentType, width, height, variants };
}

function encode(pipeline: sharp.Sharp, type: StoredType): sharp.Sharp {
  switch (type) {
    case 'image/jpeg':
      return pipeline.jpeg({ quality: 85, mozjpeg: true });
    case 'image/png':
      return pipeline.png({ compressionLevel: 9 });
    case 'image/webp':
      return pipeline.webp({ quality: 85 });
    case 'image/gif':
      return pipeline.gif();
  }
}

function refusalOf(error: unknown): ImageRejected {
  const message = error instanceof Error ? error.message : '';
  if (/pixel limit/i.test(message)) return new ImageRejected('IMAGE_TOO_LARGE', 'This image has too many pixels');
  return new ImageRejected('INVALID_IMAGE', 'This file could not be read as an image');
}
