import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Node, toGlobalId } from '@palabre/core';
import type { MemberRow } from './members.repository';

export const MEMBER_TYPE = 'Member';

@ObjectType('Member', { implements: () => [Node], description: 'A person in Palabre, known by a pseudonym' })
export class MemberType implements Node {
  @Field(() => ID)
  id!: string;

  /** Local uuid, for services; not exposed. */
  localId!: string;

  @Field({ description: 'Pseudonym: 3–30 letters, digits, _ or -' })
  handle!: string;

  /** Readable by the member only (resolved in MemberFieldsResolver); absent where the row was read without it (authors). */
  privateEmail?: string;

  @Field()
  createdAt!: Date;

  /** Readable by the member only (AccountFieldsResolver). */
  emailVerifiedAt!: Date | null;

  static from(row: MemberRow): MemberType {
    return Object.assign(new MemberType(), {
      id: toGlobalId(MEMBER_TYPE, row.id),
      localId: row.id,
      handle: row.handle,
      privateEmail: row.email,
      createdAt: row.created_at,
      emailVerifiedAt: row.email_verified_at ?? null,
    });
  }
}
