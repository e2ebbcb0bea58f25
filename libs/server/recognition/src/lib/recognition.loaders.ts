import { Injectable } from '@nestjs/common';
import { orderByKeys, RequestContext } from '@palabre/core';
import { BadgesRepository, BadgeRow } from './badges.repository';
import { ContentKey, KudosPageKey, KudosRepository, KudosRow } from './kudos.repository';
import { BoardKey, BoardRow, ProfileRow, ReciprocityRepository, ReciprocityRow } from './reciprocity.repository';
import { MemberInCommunity, ReputationRepository } from './reputation.repository';

const contentKey = (key: ContentKey) => `${key.contentType}:${key.contentId}`;
const memberKey = (key: MemberInCommunity) => `${key.communityId}:${key.memberId}`;

/** Per-request DataLoaders of recognition: every field on a page costs one statement in total. */
@Injectable()
export class RecognitionLoaders {
  constructor(
    private readonly kudosRepo: KudosRepository,
    private readonly reputationRepo: ReputationRepository,
    private readonly badgesRepo: BadgesRepository,
    private readonly reciprocityRepo: ReciprocityRepository,
  ) {}

  kudosById(ctx: RequestContext) {
    return ctx.loaders.get<string, KudosRow | null>('recognition.kudosById', async (ids) => orderByKeys(ids, await this.kudosRepo.findByIds(ids), (row) => row.id));
  }

  kudosCount(ctx: RequestContext) {
    return ctx.loaders.get<ContentKey, number>('recognition.kudosCount', (keys) => this.kudosRepo.counts(keys), { cacheKeyFn: contentKey });
  }

  viewerGaveKudos(ctx: RequestContext) {
    return ctx.loaders.get<ContentKey, boolean>(
      'recognition.viewerGaveKudos',
      async (keys) => (ctx.memberId ? this.kudosRepo.givenBy(ctx.memberId, keys) : keys.map(() => false)),
      { cacheKeyFn: contentKey },
    );
  }

  kudosPage(ctx: RequestContext) {
    return ctx.loaders.get<KudosPageKey, KudosRow[]>('recognition.kudosPage', (keys) => this.kudosRepo.pages(keys), { cacheKeyFn: (key) => JSON.stringify(key) });
  }

  reputation(ctx: RequestContext) {
    return ctx.loaders.get<MemberInCommunity, number>('recognition.reputation', (keys) => this.reputationRepo.pointsOf(keys), { cacheKeyFn: memberKey });
  }

  badges(ctx: RequestContext) {
    return ctx.loaders.get<MemberInCommunity, BadgeRow[]>('recognition.badges', (keys) => this.badgesRepo.badgesOf(keys), { cacheKeyFn: memberKey });
  }

  reciprocity(ctx: RequestContext) {
    return ctx.loaders.get<MemberInCommunity, ReciprocityRow>('recognition.reciprocity', (keys) => this.reciprocityRepo.balances(keys), { cacheKeyFn: memberKey });
  }

  profile(ctx: RequestContext) {
    return ctx.loaders.get<string, ProfileRow | null>('recognition.profile', async (ids) =>
      orderByKeys(ids, await this.reciprocityRepo.profiles(ids), (row) => row.member_id),
    );
  }

  boardEnabled(ctx: RequestContext) {
    return ctx.loaders.get<string, boolean>('recognition.boardEnabled', (ids) => this.reciprocityRepo.boardEnabled(ids));
  }

  board(ctx: RequestContext) {
    return ctx.loaders.get<BoardKey, BoardRow[]>('recognition.board', (keys) => this.reciprocityRepo.boards(keys), {
      cacheKeyFn: (key) => `${key.communityId}:${key.start.toISOString()}`,
    });
  }
}
