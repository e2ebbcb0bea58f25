import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, ContentChoice, DataInventoryEntry, Db, PersonalDataProvider } from '@palabre/core';
import { VARIANTS } from './image-processing';
import { MediaRepository } from './media.repository';
import { MediaStorage } from './media-storage';
import { storageKey } from './media.service';

/** Files deleted per retention pass; the rest waits for the next pass. */
const SWEEP_BATCH = 500;

/** What media holds about a person (the images they uploaded), and how it leaves with them. */
@Injectable()
export class MediaPersonalData implements PersonalDataProvider {
  readonly feature = 'media';
  readonly inventory: DataInventoryEntry[];

  constructor(
    private readonly repo: MediaRepository,
    private readonly storage: MediaStorage,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.inventory = [
      {
        category: 'Images you uploaded',
        fields: ['image (re-encoded, without any metadata: no camera, place or date)', 'size', 'post it belongs to', 'upload date'],
        purpose: 'Shows the photos you attach to your threads, replies, ideas and comments',
        charterClause: 'contributions',
        retentionDays: null,
        visibleTo: `whoever can see the post it belongs to; you only before you post it (deleted after ${config.MEDIA_PENDING_RETENTION_HOURS} hours if you never do)`,
        columns: ['media_images.owner_id', 'media_images.variants'],
      },
    ];
  }

  async export(db: Db, memberId: string): Promise<Record<string, unknown>> {
    const rows = await this.repo.exportOf(db, memberId);
    return { images: rows.map((row) => ({ ...row, url: `/media/${String(row['id'])}` })) };
  }

  /** With DELETE every image goes; with ANONYMISE images stay with the anonymised posts, unposted ones go. */
  async erase(tx: Db, memberId: string, choice: ContentChoice): Promise<void> {
    await this.repo.tombstoneOwned(tx, memberId, choice === 'ANONYMISE', this.clock.now());
  }

  /**
   * Unposted uploads older than MEDIA_PENDING_RETENTION_HOURS are deleted; then the files of deleted images
   * go, and their rows last (a file deleted in a transaction that rolls back belongs to a row no one is
   * served anyway).
   */
  async purgeExpired(tx: Db, now: Date): Promise<void> {
    await this.repo.tombstonePendingBefore(tx, new Date(now.getTime() - this.config.MEDIA_PENDING_RETENTION_HOURS * 3_600_000), now);
    const gone = await this.repo.takeTombstoned(tx, SWEEP_BATCH);
    if (gone.length === 0) return;
    await this.storage.delete(gone.flatMap((row) => VARIANTS.map((variant) => storageKey(row.id, variant))));
    await this.repo.deleteRows(
      tx,
      gone.map((row) => row.id),
    );
  }
}
