import { Field, ID, ObjectType } from '@nestjs/graphql';
import { toGlobalId } from '@palabre/core';
import type { SessionListRow } from './sessions.repository';

export const SESSION_TYPE = 'Session';

@ObjectType('Session', { description: 'A signed-in device of the member (one sign-in, kept alive by refreshes)' })
export class SessionType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Browser and system, e.g. "Firefox on Linux", derived from the user agent at sign-in (which is not kept)' })
  deviceLabel!: string;

  @Field({ description: 'When this session was signed in' })
  createdAt!: Date;

  @Field({ description: 'When it was last refreshed (or signed in)' })
  lastUsedAt!: Date;

  @Field({ description: 'When it ends unless refreshed' })
  expiresAt!: Date;

  @Field({ description: 'True for the session making this request' })
  current!: boolean;

  static from(row: SessionListRow, currentSessionId: string | null): SessionType {
    return Object.assign(new SessionType(), {
      id: toGlobalId(SESSION_TYPE, row.id),
      deviceLabel: row.device_label,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      expiresAt: row.expires_at,
      current: row.id === currentSessionId,
    });
  }
}
