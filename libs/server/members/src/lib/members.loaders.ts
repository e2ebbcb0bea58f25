import { Injectable } from '@nestjs/common';
import { orderByKeys, RequestContext } from '@palabre/core';
import { MembersRepository, MemberRow } from './members.repository';

/** Per-request loaders over members; other features reach members through these. */
@Injectable()
export class MembersLoaders {
  constructor(private readonly members: MembersRepository) {}

  byId(ctx: RequestContext) {
    return ctx.loaders.get<string, MemberRow | null>('members.byId', async (ids) => orderByKeys(ids, await this.members.findByIds(ids), (row) => row.id));
  }
}
