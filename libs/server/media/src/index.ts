export * from './lib/media.module';
export { PostImages, type RenderedBody } from './lib/post-images';
export { MediaStorage, LocalDiskStorage, S3Storage, createMediaStorage } from './lib/media-storage';
export { sniffImageType, processImage, VARIANTS, type VariantName } from './lib/image-processing';
export { MEDIA_COOKIE } from './lib/media-session';
