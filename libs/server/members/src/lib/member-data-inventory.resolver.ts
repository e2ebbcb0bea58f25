import { ResolveField, Resolver } from '@nestjs/graphql';
import { DataInventoryEntryType, GraphqlContext, NoArgs, PersonalDataRegistry } from '@palabre/core';
import { MemberType } from './member.type';

@Resolver(() => MemberType)
export class MemberDataInventoryResolver {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  /** Every feature declares what it stores (see PersonalDataProvider); only the member sees their own list. */
  @ResolveField(() => [DataInventoryEntryType], { nullable: true, description: 'Every kind of personal data Palabre holds about you; null for anyone else' })
  dataInventory(member: MemberType, _args: NoArgs, { ctx }: GraphqlContext): DataInventoryEntryType[] | null {
    if (ctx.memberId !== member.localId) return null;
    return this.personalData.inventory().map(DataInventoryEntryType.from);
  }
}
