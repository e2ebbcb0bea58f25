import { Inject, Injectable } from '@nestjs/common';
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
}
