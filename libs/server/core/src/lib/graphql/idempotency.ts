import { Injectable, OnModuleInit } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { createHash } from 'node:crypto';
import { ErrorCode } from '@palabre/contracts';
import { Clock } from '../clock/clock';
import { TokenService } from '../auth/token.service';
import { queryRows, TransactionRunner, type Db } from '../database/transaction-runner';
import { PersonalDataRegistry } from '../privacy/personal-data';
import type { GraphqlContext } from './graphql-context';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_SHAPE = /^[A-Za-z0-9_.:-]{1,200}$/;
/** How long a key answers with its first result. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;
/** A claim without an answer after this long belongs to a process that died: the key may run again. */
const ABANDONED_AFTER_MS = 2 * 60_000;
/** Errors that did not decide anything: the key is released so a retry runs for real. */
const RETRIABLE = new Set<string>([ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.TOO_MANY_REQUESTS, 'SERVICE_UNAVAILABLE']);

type SingleResult = FormattedExecutionResult;

type Claim = { kind: 'claimed' } | { kind: 'replay'; response: SingleResult } | { kind: 'mismatch' } | { kind: 'in-progress' };

/**
 * `Idempotency-Key` on a signed-in member's mutation: the first request with a key runs and its answer
 * is kept for a day; a replay with the same key and the same request gets that answer without running
 * again; the same key with another request is a CONFLICT. Keys are per member. Signed-out mutations
 * (sign-up, sign-in) ignore the header: their answers hold credentials, which are never stored.
 */
@Injectable()
export class IdempotencyStore implements OnModuleInit {
  constructor(
    private readonly db: TransactionRunner,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly personalData: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      feature: 'idempotency',
      inventory: [
        {
          category: 'Answers to retried requests',
          fields: ['request key', 'the answer you were given'],
          purpose: 'When your app retries an action on a flaky network, you get the first answer back instead of doing it twice',
          charterClause: 'security',
          retentionDays: 1,
          visibleTo: 'you only',
          columns: ['idempotency_keys.member_id', 'idempotency_keys.key', 'idempotency_keys.response'],
        },
      ],
      export: async (db: Db, memberId: string) => ({
        retriedRequests: await queryRows(db, `SELECT key, status, response, created_at FROM idempotency_keys WHERE member_id = $1 ORDER BY created_at`, [memberId]),
      }),
      erase: async (tx: Db, memberId: string) => {
        await tx.query(`DELETE FROM idempotency_keys WHERE member_id = $1`, [memberId]);
      },
      purgeExpired: async (tx: Db, now: Date) => {
        await tx.query(`DELETE FROM idempotency_keys WHERE created_at < $1`, [new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS)]);
      },
    });
  }

  private async claim(memberId: string, key: string, requestHash: string): Promise<Claim> {
    const now = this.clock.now();
    // One statement: the INSERT claims a new (or expired, or abandoned) key; otherwise the SELECT, which
    // sees the row as it was before the statement, says what the key already holds.
    const [row] = await queryRows<{ claimed: boolean | null; request_hash: string | null; status: string | null; response: SingleResult | null }>(
      this.db.reader,
      `WITH claimed AS (
         INSERT INTO idempotency_keys (member_id, key, request_hash, status, created_at) VALUES ($1, $2, $3, 'PENDING', $4)
         ON CONFLICT (member_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, status = 'PENDING', response = NULL, created_at = EXCLUDED.created_at
          WHERE idempotency_keys.created_at < $5 OR (idempotency_keys.status = 'PENDING' AND idempotency_keys.created_at < $6)
         RETURNING true AS claimed)
       SELECT (SELECT claimed FROM claimed) AS claimed, k.request_hash, k.status, k.response
         FROM (SELECT 1) AS one LEFT JOIN idempotency_keys k ON k.member_id = $1 AND k.key = $2`,
      [memberId, key, requestHash, now, new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS), new Date(now.getTime() - ABANDONED_AFTER_MS)],
    );
    if (row?.claimed) return { kind: 'claimed' };
    if (row?.request_hash !== requestHash) return { kind: 'mismatch' };
    if (row.status === 'DONE' && row.response) return { kind: 'replay', response: row.response };
    return { kind: 'in-progress' };
  }

  private async finish(memberId: string, key: string, response: SingleResult): Promise<void> {
    const retriable = response.errors?.some((error) => RETRIABLE.has(String(error.extensions?.['code'])));
    if (retriable) await this.db.reader.query(`DELETE FROM idempotency_keys WHERE member_id = $1 AND key = $2 AND status = 'PENDING'`, [memberId, key]);
    else await this.db.reader.query(`UPDATE idempotency_keys SET status = 'DONE', response = $3 WHERE member_id = $1 AND key = $2`, [memberId, key, JSON.stringify(response)]);
  }

  private memberOf(requestContext: GraphQLRequestContext<GraphqlContext>): string | null {
    const match = /^Bearer\s+(\S+)$/i.exec(requestContext.request.http?.headers.get('authorization') ?? '');
    return match ? (this.tokens.verifyAccessToken(match[1], this.clock.now())?.memberId ?? null) : null;
  }

  plugin(): ApolloServerPlugin<GraphqlContext> {
    return {
      requestDidStart: async ({ request }) => {
        const key = request.http?.headers.get(IDEMPOTENCY_KEY_HEADER);
        if (key === undefined) return;
        let claimed: { memberId: string; key: string } | null = null;
        return {
          responseForOperation: async (requestContext) => {
            if (requestContext.operation.operation !== 'mutation') return null;
            const memberId = this.memberOf(requestContext);
            if (!memberId) return null;
            if (!KEY_SHAPE.test(key)) return errorResponse(requestContext, 400, ErrorCode.BAD_USER_INPUT, 'Idempotency-Key must be 1–200 letters, digits, _ . : or -');
            const requestHash = createHash('sha256')
              .update(JSON.stringify([requestContext.source, requestContext.operationName ?? null, requestContext.request.variables ?? {}]))
              .digest('hex');
            const claim = await this.claim(memberId, key, requestHash);
            switch (claim.kind) {
              case 'claimed':
                claimed = { memberId, key };
                return null;
              case 'replay':
                requestContext.response.http.headers.set('idempotent-replayed', 'true');
                return { http: requestContext.response.http, body: { kind: 'single', singleResult: claim.response } };
              case 'mismatch':
                return errorResponse(requestContext, 422, ErrorCode.CONFLICT, 'This Idempotency-Key was already used for another request; use a new key for a new request');
              case 'in-progress':
                return errorResponse(requestContext, 409, ErrorCode.CONFLICT, 'A request with this Idempotency-Key is still running; retry in a moment');
            }
          },
          willSendResponse: async ({ response }) => {
            if (!claimed) return;
            const result: SingleResult = response.body.kind === 'single' ? response.body.singleResult : { errors: [{ message: 'incremental', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] };
            await this.finish(claimed.memberId, claimed.key, result);
          },
        };
      },
    };
  }
}

function errorResponse(requestContext: GraphQLRequestContext<GraphqlContext>, status: number, code: string, message: string): GraphQLResponse {
  requestContext.response.http.status = status;
  return { http: requestContext.response.http, body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } };
}
