import { Module, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, PersonalDataRegistry } from '@palabre/core';
import { MediaController } from './media.controller';
import { MediaPersonalData } from './media.personal-data';
import { MediaRepository } from './media.repository';
import { MediaService } from './media.service';
import { MediaSessions } from './media-session';
import { createMediaStorage, MediaStorage, S3Storage } from './media-storage';
import { PostImages } from './post-images';
import { UploadsController } from './uploads.controller';

/** Image uploads, their storage and serving; posts take their images through PostImages. */
@Module({
  controllers: [UploadsController, MediaController],
  providers: [
    MediaRepository,
    MediaService,
    MediaSessions,
    PostImages,
    MediaPersonalData,
    { provide: MediaStorage, useFactory: (config: AppConfig) => createMediaStorage(config), inject: [APP_CONFIG] },
  ],
  exports: [PostImages, MediaStorage],
})
export class MediaModule implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly personalData: PersonalDataRegistry,
    private readonly mediaData: MediaPersonalData,
    private readonly storage: MediaStorage,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this.mediaData);
  }

  onModuleDestroy(): void {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}
