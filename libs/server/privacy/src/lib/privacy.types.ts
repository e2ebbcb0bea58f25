import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale } from '@palabre/contracts';
import { ConnectionType, Node, toGlobalId } from '@palabre/core';
import type { AccountDeletionRow, DataExportRow } from './privacy.repository';

export enum DataExportStatus {
  PENDING = 'PENDING',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}

export enum ContentChoiceEnum {
  ANONYMISE = 'ANONYMISE',
  DELETE = 'DELETE',
}

registerEnumType(DataExportStatus, { name: 'DataExportStatus', description: 'PENDING while the archive is built, READY to download, EXPIRED once deleted' });
registerEnumType(ContentChoiceEnum, {
  name: 'ContentChoice',
  description: 'ANONYMISE keeps what you wrote under "former member #n"; DELETE removes it',
});

export const DATA_EXPORT_TYPE = 'DataExport';

@ObjectType('CharterClause')
export class CharterClauseType {
  @Field() id!: string;
  @Field() title!: string;
  @Field() text!: string;
}

@ObjectType('DataCharter', { description: 'What Palabre stores, why, and for how long (versioned, shipped with the code)' })
export class DataCharterType {
  @Field() version!: string;
  @Field(() => Locale) locale!: Locale;
  @Field(() => [CharterClauseType]) clauses!: CharterClauseType[];
}

@ObjectType('DataExport', { implements: () => [Node], description: 'A JSON archive of everything Palabre holds about you' })
export class DataExportType implements Node {
  @Field(() => ID) id!: string;
  @Field(() => DataExportStatus) status!: DataExportStatus;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) readyAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the archive is deleted' }) expiresAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Last download through a link' }) downloadedAt!: Date | null;

  static from(row: DataExportRow): DataExportType {
    return Object.assign(new DataExportType(), {
      id: toGlobalId(DATA_EXPORT_TYPE, row.id),
      status: row.status,
      requestedAt: row.requested_at,
      readyAt: row.ready_at,
      expiresAt: row.expires_at,
      downloadedAt: row.downloaded_at,
    });
  }
}

export const DataExportConnection = ConnectionType(DataExportType, 'DataExport');

@ObjectType('DataExportLink', { description: 'A single-use, short-lived download link; it is shown only once' })
export class DataExportLinkType {
  @Field() url!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('AccountDeletion', { description: 'A scheduled deletion of your account' })
export class AccountDeletionType {
  @Field(() => ContentChoiceEnum) contentChoice!: ContentChoiceEnum;
  @Field() requestedAt!: Date;
  @Field({ description: 'After this moment the deletion is irreversible; cancelAccountDeletion until then' }) executeAfter!: Date;

  static from(row: AccountDeletionRow): AccountDeletionType {
    return Object.assign(new AccountDeletionType(), { contentChoice: row.content_choice, requestedAt: row.requested_at, executeAfter: row.execute_after });
  }
}
