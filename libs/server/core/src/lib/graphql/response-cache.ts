import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { Counter } from 'prom-client';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from '../clock/clock';
import { databaseUrlOf } from '../database/database.module';
import { CONTENT_CHANGED_CHANNEL, TransactionRunner } from '../database/transaction-runner';
import { CommitInvalidation } from '../database/commit-invalidation';
import type { GraphqlContext } from './graphql-context';
import { RateLimitService, generalRequestRule } from './rate-limit.service';

export const RESPONSE_CACHE_HEADER = 'x-response-cache';

interface CachedResponse {
  result: { data?: Record<string, unknown> | null };
  storedAt: number;
}

const outcomes = new Counter({
  name: 'palabre_response_cache_total',
  help: 'Anonymous GraphQL queries answered from the response cache (hit), executed and kept (miss), or not cacheable (bypass)',
  labelNames: ['outcome'],
});

/**
 * Whole responses of anonymous queries, which are the same for every anonymous visitor.
 *
 * Correctness: every write to a table whose rows anonymous visitors can see raises a NOTIFY
 * (statement-level trigger, delivered only on commit, from any process or tool; sent right after the
 * commit for the TransactionRunner's transactions), and this process's own transactions that changed
 * such a table invalidate synchronously after commit. Invalidation is a generation bump:
 * a response is kept only if no invalidation happened while it was being computed, so a response
 * that read rows from before a commit is never served after it. While the LISTEN connection is
 * down nothing is served or kept. A TTL bounds the age of values derived from the clock alone
 * (overdue flags, expected answer times). Signed-in requests never touch the cache.
 */
@Injectable()
export class ResponseCache implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly entries: LRUCache<string, CachedResponse>;
  private readonly ttlMs: number;
  private readonly invalidation: CommitInvalidation;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly rateLimits: RateLimitService,
    transactions: TransactionRunner,
  ) {
    this.ttlMs = config.RESPONSE_CACHE_TTL_SECONDS * 1000;
    this.entries = new LRUCache<string, CachedResponse>({ maxSize: Math.max(1, config.RESPONSE_CACHE_MAX_MB) * 1024 * 1024, sizeCalculation: () => 1 });
    this.invalidation = new CommitInvalidation(CONTENT_CHANGED_CHANNEL, transactions, () => this.entries.clear(), 'ResponseCache');
  }

  get enabled(): boolean {
    return this.ttlMs > 0 && this.invalidation.listening;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.ttlMs > 0) await this.invalidation.start(databaseUrlOf(this.config));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.invalidation.close();
  }

  invalidate(): void {
    this.invalidation.invalidate();
  }

  get size(): number {
    return this.entries.size;
  }

  /** The Apollo plugin that serves and keeps anonymous query responses. */
  plugin(): ApolloServerPlugin<GraphqlContext> {
    return {
      requestDidStart: async ({ request }) => {
        if (!this.enabled || request.http?.headers.get('authorization') !== undefined) return;
        // Captured before execution: a response computed across an invalidation is not kept.
        const generationAtStart = this.invalidation.generation;
        let key: string | null = null;
        let served = false;
        return {
          responseForOperation: async (requestContext) => {
            if (requestContext.operation.operation !== 'query' || !this.enabled) {
              outcomes.inc({ outcome: 'bypass' });
              return null;
            }
            key = cacheKey(requestContext);
            const cached = this.entries.get(key);
            if (!cached || this.clock.now().getTime() - cached.storedAt >= this.ttlMs) return null;
            // Hits count against the visitor's request budget like executed queries. Over budget, the
            // query executes instead and the guard answers the typed TOO_MANY_REQUESTS error.
            const ctx = requestContext.contextValue.ctx;
            const withinBudget = await this.rateLimits.consume(generalRequestRule(this.config), `ip:${ctx.ipAddress}`).then(
              () => true,
              () => false,
            );
            if (!withinBudget) return null;
            served = true;
            outcomes.inc({ outcome: 'hit' });
            requestContext.response.http.headers.set(RESPONSE_CACHE_HEADER, 'hit');
            return { http: requestContext.response.http, body: { kind: 'single', singleResult: cached.result } };
          },
          willSendResponse: async ({ response }) => {
            if (served || key === null) return;
            response.http.headers.set(RESPONSE_CACHE_HEADER, 'miss');
            outcomes.inc({ outcome: 'miss' });
            const body = response.body;
            if (body.kind !== 'single' || body.singleResult.errors?.length || generationAtStart !== this.invalidation.generation || !this.enabled) return;
            this.entries.set(key, { result: body.singleResult, storedAt: this.clock.now().getTime() }, { size: JSON.stringify(body.singleResult).length + key.length });
          },
        };
      },
    };
  }
}

function cacheKey(requestContext: GraphQLRequestContext<GraphqlContext>): string {
  return `${requestContext.queryHash ?? ''}\u0000${requestContext.operationName ?? ''}\u0000${JSON.stringify(requestContext.request.variables ?? {})}`;
}
