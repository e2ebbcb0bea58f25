import { Module, OnModuleInit } from '@nestjs/common';
import { ContentProvider, ContentRegistry, NodeRegistry, PersonalDataRegistry, RoomAccessRegistry, tableContentProvider } from '@palabre/core';
import { CommunitiesModule } from '@palabre/communities';
import { MediaModule } from '@palabre/media';
import { AdviceRepository } from './advice.repository';
import { RepliesRepository } from './replies.repository';
import { AdviceLoaders } from './advice.loaders';
import { AdvicePolicy } from './advice.policy';
import { AdviceService } from './advice.service';
import { AdviceReadsService } from './advice-reads.service';
import { SearchService } from './search.service';
import { SearchRepository } from './search.repository';
import { ThreadCurationRepository } from './thread-curation.repository';
import { AdvicePersonalData } from './advice.personal-data';
import { AdvicePersonalDataRepository } from './advice-personal-data.repository';
import { AdviceResolver } from './advice.resolver';
import { MembershipAdviceFieldsResolver, ReplyFieldsResolver, SpaceAdviceFieldsResolver, ThreadFieldsResolver } from './advice-fields.resolver';
import { REPLY_TYPE, ReplyType, THREAD_TYPE, ThreadType } from './advice.types';

@Module({
  imports: [CommunitiesModule, MediaModule],
  providers: [AdvicePersonalData, AdvicePersonalDataRepository, AdviceRepository, RepliesRepository, SearchRepository, ThreadCurationRepository, AdviceLoaders, AdvicePolicy, AdviceService, AdviceReadsService, SearchService, AdviceResolver, ThreadFieldsResolver, ReplyFieldsResolver, SpaceAdviceFieldsResolver, MembershipAdviceFieldsResolver],
  exports: [AdviceService, AdviceReadsService, AdviceRepository, RepliesRepository, AdvicePolicy, AdviceLoaders, SearchService, ThreadCurationRepository],
})
export class AdviceModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly rooms: RoomAccessRegistry,
    private readonly content: ContentRegistry,
    private readonly repo: AdviceRepository,
    private readonly replies: RepliesRepository,
    private readonly reads: AdviceReadsService,
    private readonly loaders: AdviceLoaders,
    private readonly policy: AdvicePolicy,
    private readonly personalData: PersonalDataRegistry,
    private readonly adviceData: AdvicePersonalData,
  ) {}

  onModuleInit(): void {
    this.nodes.register(THREAD_TYPE, ThreadType, async (ctx, id) => {
      const thread = await this.reads.visibleThread(ctx, id);
      return thread ? ThreadType.from(thread) : null;
    });
    this.nodes.register(REPLY_TYPE, ReplyType, async (ctx, id) => {
      const reply = await this.loaders.replyById(ctx).load(id);
      if (!reply || !(await this.reads.visibleThread(ctx, reply.thread_id))) return null;
      const visible = await this.reads.visibleReply(ctx, reply.id, { communityId: reply.community_id });
      return visible ? ReplyType.from(visible) : null;
    });
    // A thread's room is open to whoever may see the thread.
    this.rooms.register('thread', (ctx, ids) => this.policy.visibleThreadIds(ctx, ids));
    this.content.register(this.threadProvider());
    this.content.register(this.replyProvider());
    this.personalData.register(this.adviceData);
  }

  private threadProvider(): ContentProvider {
    return tableContentProvider({ kind: 'THREAD', typeName: THREAD_TYPE, table: 'threads', lockable: true, findByIds: (db, ids) => this.repo.findThreadsByIds(ids, db), parentOf: (row) => row.id });
  }

  /** A reply is not locked on its own: its thread is. */
  private replyProvider(): ContentProvider {
    return tableContentProvider({ kind: 'REPLY', typeName: REPLY_TYPE, table: 'replies', lockable: false, findByIds: (db, ids) => this.replies.findRepliesByIds(ids, db), parentOf: (row) => row.thread_id });
  }
}
