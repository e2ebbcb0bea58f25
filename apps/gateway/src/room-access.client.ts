import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@palabre/core';

const ROOM_ACCESS_QUERY = 'query RoomAccess($rooms: [String!]!) { roomAccess(rooms: $rooms) { room allowed moderates } }';
const TIMEOUT_MS = 5000;

/** `moderated`: the allowed rooms whose moderator-only events the member receives too. */
export type RoomAccessAnswer = { kind: 'ok'; allowed: Set<string>; moderated: Set<string> } | { kind: 'unauthenticated' } | { kind: 'unavailable' };

/**
 * Asks the api whether the socket's member may join rooms, and which of them they moderate, in one
 * call, so joins follow exactly the API's membership rules (the gateway imports no feature).
 *
 * Through node:http with keep-alive rather than fetch: a gateway asks once per subscribe, and
 * fetch's web streams allocated ~50 KB per call, much of it outliving the young generation
 * during a connection storm and left as holes in the old one.
 */
@Injectable()
export class RoomAccessClient implements OnApplicationShutdown {
  private readonly endpoint: URL;
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.endpoint = new URL(`${config.API_URL ?? `http://127.0.0.1:${config.API_PORT}`}/graphql`);
    const secure = this.endpoint.protocol === 'https:';
    this.agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
    this.send = secure ? httpsRequest : httpRequest;
  }

  onApplicationShutdown(): void {
    this.agent.destroy();
  }

  async check(token: string, rooms: string[]): Promise<RoomAccessAnswer> {
    try {
      const body = (await this.query(token, ROOM_ACCESS_QUERY, { rooms })) as {
        data?: { roomAccess: Array<{ room: string; allowed: boolean; moderates: boolean }> };
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      if (body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) return { kind: 'unauthenticated' };
      if (!body.data) return { kind: 'unavailable' };
      const allowed = body.data.roomAccess.filter((entry) => entry.allowed);
      return { kind: 'ok', allowed: new Set(allowed.map((entry) => entry.room)), moderated: new Set(allowed.filter((entry) => entry.moderates).map((entry) => entry.room)) };
    } catch {
      return { kind: 'unavailable' };
    }
  }

  /** POSTs a GraphQL query as the token's member; the parsed JSON answer, whatever its status. */
  private query(token: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const request = this.send(
        this.endpoint,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('error', reject);
          response.on('close', () => {
            clearTimeout(deadline);
            if (!response.complete) return reject(new Error('the api closed the response early'));
            try {
              resolve(JSON.parse(text));
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      const deadline = setTimeout(() => request.destroy(new Error(`no answer from the api within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      request.on('error', (error) => {
        clearTimeout(deadline);
        reject(error);
      });
      request.end(body);
    });
  }
}
