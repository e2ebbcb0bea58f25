import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from '../clock/clock';
import { unauthenticated } from '../graphql/errors';
import { RateLimitService, generalRequestRule } from '../graphql/rate-limit.service';
import { IS_PUBLIC, requestContextOf } from './decorators';
import { SessionValidator, TokenService } from './token.service';

interface HeaderCarrier {
  headers: Record<string, string | string[] | undefined>;
}

function bearerToken(request: HeaderCarrier | undefined): string | null {
  const header = request?.headers?.['authorization'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  return match ? match[1] : '';
}

/**
 * Deny by default: identifies the actor from the bearer token on every GraphQL operation,
 * rejects unauthenticated calls unless the handler is @Public(), and applies the general
 * rate limit keyed by member when signed in, by address otherwise.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private sessionValidator: SessionValidator | null | undefined;
  /** @Public() by handler and class: metadata set by decorators never changes, and reading it was a cost of every request. */
  private readonly publicHandlers = new WeakMap<object, WeakMap<object, boolean>>();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly moduleRef: ModuleRef,
    private readonly rateLimits: RateLimitService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private validator(): SessionValidator | null {
    if (this.sessionValidator === undefined) {
      try {
        this.sessionValidator = this.moduleRef.get(SessionValidator, { strict: false });
      } catch {
        this.sessionValidator = null;
      }
    }
    return this.sessionValidator ?? null;
  }

  private isPublic(handler: object, classRef: object): boolean {
    let byClass = this.publicHandlers.get(handler);
    if (!byClass) this.publicHandlers.set(handler, (byClass = new WeakMap()));
    let isPublic = byClass.get(classRef);
    if (isPublic === undefined) {
      isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler as () => unknown, classRef as () => unknown]) === true;
      byClass.set(classRef, isPublic);
    }
    return isPublic;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = requestContextOf(context);
    if (!ctx) return true;
    const isPublic = this.isPublic(context.getHandler(), context.getClass());

    if (ctx.actor === null) {
      const request = context.getType<string>() === 'graphql' ? (context.getArgByIndex(2) as { req?: HeaderCarrier })?.req : context.switchToHttp().getRequest<HeaderCarrier>();
      const token = bearerToken(request);
      if (token !== null) {
        const actor = token ? this.tokens.verifyAccessToken(token, this.clock.now()) : null;
        const active = actor ? await (this.validator()?.isActive(actor.sessionId, actor.memberId) ?? Promise.resolve(true)) : false;
        // A bad token is an error even on public handlers: the client believes it is signed in.
        if (!actor || !active) throw unauthenticated('Your session has expired or is invalid; sign in again');
        ctx.actor = actor;
      }
    }

    await this.rateLimits.consume(generalRequestRule(this.config), ctx.actor ? `member:${ctx.actor.memberId}` : `ip:${ctx.ipAddress}`);

    if (!isPublic && ctx.actor === null) throw unauthenticated();
    return true;
  }
}
