import { Inject, Injectable } from '@nestjs/common';
import { toGlobalId } from '@palabre/contracts';
import { APP_CONFIG, AppConfig } from '@palabre/core';

const ROOM_ACCESS_QUERY = 'query RoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed } }';

export type RoomAccessAnswer = { kind: 'ok'; allowed: Set<string> } | { kind: 'unauthenticated' } | { kind: 'unavailable' };

/**
 * Asks the api whether the socket's member may join rooms, so joins follow exactly the
 * API's membership rules (the gateway imports no feature).
 */
@Injectable()
export class RoomAccessClient {
  private readonly endpoint: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.endpoint = `${config.API_URL ?? `http://127.0.0.1:${config.API_PORT}`}/graphql`;
  }

  async check(token: string, rooms: string[]): Promise<RoomAccessAnswer> {
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ROOM_ACCESS_QUERY, variables: { rooms } }),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await response.json()) as { data?: { roomAccess: Array<{ room: string; allowed: boolean }> }; errors?: Array<{ extensions?: { code?: string } }> };
      if (body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) return { kind: 'unauthenticated' };
      if (!body.data) return { kind: 'unavailable' };
      return { kind: 'ok', allowed: new Set(body.data.roomAccess.filter((entry) => entry.allowed).map((entry) => entry.room)) };
    } catch {
      return { kind: 'unavailable' };
    }
  }

  /**
   * Community ids (local) among `communityIds` where the member moderates (OWNER or MODERATOR),
   * read through the public API (`node(id) { ... on Community { viewerRole } }`); empty on failure.
   */
  async moderatedCommunities(token: string, communityIds: readonly string[]): Promise<Set<string>> {
    const moderated = new Set<string>();
    for (let start = 0; start < communityIds.length; start += 10) {
      const chunk = communityIds.slice(start, start + 10);
      const fields = chunk.map((_, index) => `c${index}: node(id: $c${index}) { ... on Community { viewerRole } }`).join(' ');
      const query = `query Moderation(${chunk.map((_, index) => `$c${index}: ID!`).join(', ')}) { ${fields} }`;
      const variables = Object.fromEntries(chunk.map((id, index) => [`c${index}`, toGlobalId('Community', id)]));
      try {
        const response = await fetch(this.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(5000),
        });
        const body = (await response.json()) as { data?: Record<string, { viewerRole?: string | null } | null> };
        chunk.forEach((id, index) => {
          const role = body.data?.[`c${index}`]?.viewerRole;
          if (role === 'OWNER' || role === 'MODERATOR') moderated.add(id);
        });
      } catch {
        // Not knowing means not moderating: moderator-only events are simply not sent.
      }
    }
    return moderated;
  }
}
