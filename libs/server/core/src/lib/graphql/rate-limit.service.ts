import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import { APP_CONFIG, AppConfig } from '../config/config';
import { inFrench, tooManyRequests } from './errors';

type RedisClient = ReturnType<typeof createClient>;

export interface RateLimitRule {
  /** Unique name, also the key prefix in Redis. */
  name: string;
  points: number;
  durationSeconds: number;
  /** How long a key stays blocked once it is over the limit. */
  blockSeconds?: number;
}

/** The general budget of GraphQL requests, per member when signed in, per address otherwise. */
export function generalRequestRule(config: AppConfig): RateLimitRule {
  return { name: 'requests', points: config.RATE_LIMIT_POINTS, durationSeconds: config.RATE_LIMIT_WINDOW_SECONDS };
}

/**
 * Named rate limiters from rate-limiter-flexible: in memory on one machine, in Redis when
 * REDIS_URL is set so that every api process shares the same counts.
 */
@Injectable()
export class RateLimitService implements OnModuleInit, OnModuleDestroy {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private redis: RedisClient | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Connects at start, so readiness tells the truth before the first limited request. */
  onModuleInit(): void {
    this.redisClient();
  }

  /**
   * While Redis is unreachable nothing waits for it: commands are not queued (they would hold every
   * request), the limiter answers from its in-memory insurance (per process), and the client keeps
   * reconnecting in the background, so shared counts resume by themselves.
   */
  private redisClient(): RedisClient | null {
    if (!this.config.REDIS_URL) return null;
    if (!this.redis) {
      this.redis = createClient({ url: this.config.REDIS_URL, disableOfflineQueue: true });
      this.redis.on('error', () => undefined);
      void this.redis.connect().catch(() => undefined);
    }
    return this.redis;
  }

  /** Whether shared (Redis) counts are in use: false without REDIS_URL, or while Redis is unreachable. */
  get sharedStoreReady(): boolean | null {
    if (!this.config.REDIS_URL) return null;
    return this.redisClient()?.isReady ?? false;
  }

  limiter(rule: RateLimitRule): RateLimiterAbstract {
    let limiter = this.limiters.get(rule.name);
    if (limiter) return limiter;
    const options = { keyPrefix: `palabre:rl:${rule.name}`, points: rule.points, duration: rule.durationSeconds, blockDuration: rule.blockSeconds ?? 0 };
    const redis = this.redisClient();
    limiter = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    this.limiters.set(rule.name, limiter);
    return limiter;
  }

  /** Consumes points or throws TOO_MANY_REQUESTS with the seconds to wait. */
  async consume(rule: RateLimitRule, key: string, points = 1, message = 'Too many requests; slow down and try again shortly', french?: string): Promise<void> {
    try {
      await this.limiter(rule).consume(key, points);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const error = tooManyRequests(message, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
        throw french ? inFrench(error, french) : error;
      }
      throw rejection;
    }
  }

  /** True when the key is currently over its limit, without consuming anything. */
  async isBlocked(rule: RateLimitRule, key: string): Promise<RateLimiterRes | null> {
    const state = await this.limiter(rule).get(key);
    if (state && state.remainingPoints <= 0 && state.consumedPoints > rule.points) return state;
    if (state && state.consumedPoints >= rule.points) return state;
    return null;
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.limiter(rule).delete(key);
  }

  async onModuleDestroy(): Promise<void> {
    // destroy() also stops a client that is still trying to reconnect.
    if (this.redis?.isReady) await this.redis.close().catch(() => undefined);
    else this.redis?.destroy();
  }
}
