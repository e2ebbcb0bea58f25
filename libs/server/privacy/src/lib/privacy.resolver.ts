import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommunitiesErrorCode, Locale, PrivacyErrorCode } from '@palabre/contracts';
import { Connection, Ctx, localIdOf, PageArgs, Public, raises, RequestContext } from '@palabre/core';
import { charterIn } from './data-charter';
import { DataExportService } from './data-export.service';
import { AccountErasureService } from './account-erasure.service';
import { DeleteAccountInput } from './privacy.inputs';
import { AccountDeletionType, DATA_EXPORT_TYPE, DataCharterType, DataExportConnection, DataExportLinkType, DataExportType } from './privacy.types';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportService,
    private readonly erasure: AccountErasureService,
  ) {}

  @Public()
  @Query(() => DataCharterType, { description: 'What Palabre stores, why and for how long' })
  dataCharter(@Args('locale', { type: () => Locale, defaultValue: Locale.EN }) locale: Locale): DataCharterType {
    return charterIn(locale);
  }

  @Mutation(() => DataExportType, { description: raises('Ask for a JSON archive of everything about you; asking again while one is pending returns it') })
  async requestDataExport(@Ctx() ctx: RequestContext): Promise<DataExportType> {
    return DataExportType.from(await this.exports.request(ctx));
  }

  @Query(() => DataExportConnection, { description: 'Your data exports, newest first' })
  async dataExports(@Ctx() ctx: RequestContext, @Args() page: PageArgs): Promise<Connection<DataExportType>> {
    const connection = await this.exports.list(ctx, page);
    return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: DataExportType.from(edge.node) })) };
  }

  @Mutation(() => DataExportLinkType, { description: raises('A single-use download link for a READY export (EXPORT_NOT_READY while it is built)', PrivacyErrorCode.ExportNotReady, PrivacyErrorCode.ExportUnavailable) })
  issueDataExportLink(@Ctx() ctx: RequestContext, @Args('exportId', { type: () => ID }) exportId: string): Promise<DataExportLinkType> {
    return this.exports.issueLink(ctx, localIdOf(exportId, DATA_EXPORT_TYPE, 'exportId'));
  }

  @Mutation(() => AccountDeletionType, { description: raises('Schedule the deletion of your account after a grace period (cancelAccountDeletion until then)', CommunitiesErrorCode.LastOwner) })
  async deleteAccount(@Ctx() ctx: RequestContext, @Args('input') input: DeleteAccountInput): Promise<AccountDeletionType> {
    return AccountDeletionType.from(await this.erasure.scheduleDeletion(ctx, input));
  }

  @Mutation(() => Boolean, { description: raises('Keep your account: cancels the scheduled deletion (NOT_FOUND when none is scheduled)') })
  cancelAccountDeletion(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.erasure.cancelDeletion(ctx);
  }

  @Query(() => AccountDeletionType, { nullable: true, description: 'Your scheduled account deletion, if any' })
  async accountDeletion(@Ctx() ctx: RequestContext): Promise<AccountDeletionType | null> {
    const row = await this.erasure.scheduled(ctx);
    return row ? AccountDeletionType.from(row) : null;
  }
}
