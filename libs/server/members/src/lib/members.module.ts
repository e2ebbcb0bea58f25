import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CredentialVerifier, MentionDirectory, ErrorLanguage, EventsService, MailAddressPolicy, NodeRegistry, PersonalDataRegistry, SessionValidator } from '@palabre/core';
import { MemberEntity } from './member.entity';
import { RefreshTokenEntity, SessionEntity } from './session.entity';
import { MembersRepository } from './members.repository';
import { SessionsRepository } from './sessions.repository';
import { ActiveSessionsCache } from './active-sessions.cache';
import { MembersService } from './members.service';
import { MembersLoaders } from './members.loaders';
import { MembersResolver } from './members.resolver';
import { MemberFieldsResolver } from './member-fields.resolver';
import { MEMBER_TYPE, MemberType } from './member.type';
import { MembersPersonalData, TOMBSTONE_HANDLE_PREFIX } from './members.personal-data';
import { MembersPersonalDataRepository } from './members-personal-data.repository';
import { MemberDataInventoryResolver } from './member-data-inventory.resolver';
import { SessionsService } from './sessions.service';
import { SessionsResolver } from './sessions.resolver';
import { BrowserSessionCookie } from './browser-session.cookie';
import { AccountLinksRepository } from './account-links.repository';
import { AccountMailSender } from './account-mail.sender';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';
import { PasswordChecks } from './password-checks';
import { AccountEmailResolver, AccountFieldsResolver } from './account-email.resolver';
import { MutesRepository } from './mutes.repository';
import { MutedRoomsFilter, MutesService } from './mutes.service';
import { MutesResolver } from './mutes.resolver';
import { MutesPersonalData } from './mutes.personal-data';

@Module({
  imports: [TypeOrmModule.forFeature([MemberEntity, SessionEntity, RefreshTokenEntity])],
  providers: [
    MembersRepository,
    SessionsRepository,
    ActiveSessionsCache,
    MembersService,
    MembersLoaders,
    MembersResolver,
    MemberFieldsResolver,
    MembersPersonalData,
    MembersPersonalDataRepository,
    MemberDataInventoryResolver,
    SessionsService,
    SessionsResolver,
    BrowserSessionCookie,
    AccountLinksRepository,
    AccountMailSender,
    PasswordChecks,
    EmailVerificationService,
    PasswordResetService,
    AccountEmailResolver,
    AccountFieldsResolver,
    MutesRepository,
    MutesService,
    MutesResolver,
    MutesPersonalData,
    MutedRoomsFilter,
    { provide: MailAddressPolicy, useFactory: (links: AccountLinksRepository) => ({ isVerifiedAddress: (address: string) => links.isVerifiedAddress(address) }), inject: [AccountLinksRepository] },
    {
      provide: MentionDirectory,
      useFactory: (repo: MembersRepository): MentionDirectory => ({
        existing: async (db, handles) => new Map((await repo.existingHandles(db, handles, TOMBSTONE_HANDLE_PREFIX)).map((handle) => [handle.toLowerCase(), handle])),
      }),
      inject: [MembersRepository],
    },
    { provide: CredentialVerifier, useFactory: (members: MembersService) => ({ verifyPassword: (memberId: string, password: string) => members.verifyPassword(memberId, password) }), inject: [MembersService] },
    { provide: SessionValidator, useFactory: (members: MembersService) => ({ isActive: (sessionId: string, memberId: string) => members.isSessionActive(sessionId, memberId) }), inject: [MembersService] },
  ],
  exports: [MutesService, MembersService, MembersLoaders, SessionValidator, CredentialVerifier, MentionDirectory, SessionsService, MailAddressPolicy],
})
export class MembersModule implements OnModuleInit {
  constructor(
    private readonly nodes: NodeRegistry,
    private readonly loaders: MembersLoaders,
    private readonly personalData: PersonalDataRegistry,
    private readonly membersData: MembersPersonalData,
    private readonly errorLanguage: ErrorLanguage,
    private readonly accountLinks: AccountLinksRepository,
    private readonly mutesData: MutesPersonalData,
    private readonly events: EventsService,
    private readonly mutedRooms: MutedRoomsFilter,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this.membersData);
    this.personalData.register(this.mutesData);
    this.events.filterRooms((tx, events) => this.mutedRooms.filter(tx, events));
    // Signed-in callers read errors in their own language.
    this.errorLanguage.useMemberLocales(async (memberId) => (await this.accountLinks.accountOf(this.accountLinks.reader, memberId))?.locale ?? 'EN');
    this.nodes.register(MEMBER_TYPE, MemberType, async (ctx, id) => {
      const row = await this.loaders.byId(ctx).load(id);
      return row ? MemberType.from(row) : null;
    });
  }
}
