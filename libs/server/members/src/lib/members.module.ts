import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NodeRegistry, SessionValidator } from '@palabre/core';
import { MemberEntity } from './member.entity';
import { RefreshTokenEntity, SessionEntity } from './session.entity';
import { MembersRepository } from './members.repository';
import { SessionsRepository } from './sessions.repository';
import { MembersService } from './members.service';
import { MembersLoaders } from './members.loaders';
import { MembersResolver } from './members.resolver';
import { MemberFieldsResolver } from './member-fields.resolver';
import { MEMBER_TYPE, MemberType } from './member.type';

@Module({
  imports: [TypeOrmModule.forFeature([MemberEntity, SessionEntity, RefreshTokenEntity])],
  providers: [
    MembersRepository,
    SessionsRepository,
    MembersService,
    MembersLoaders,
    MembersResolver,
    MemberFieldsResolver,
    { provide: SessionValidator, useFactory: (members: MembersService) => ({ isActive: (sessionId: string, memberId: string) => members.isSessionActive(sessionId, memberId) }), inject: [MembersService] },
  ],
  exports: [MembersService, MembersLoaders, SessionValidator],
})
export class MembersModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loaders: MembersLoaders,
  ) {}

  onModuleInit(): void {
    this.nodes.register(MEMBER_TYPE, MemberType, async (ctx, id) => {
      const row = await this.loaders.byId(ctx).load(id);
      return row ? MemberType.from(row) : null;
    });
  }
}
