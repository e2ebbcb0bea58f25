import { LoaderRegistry } from '../graphql/loaders';

export interface Actor {
  memberId: string;
  sessionId: string;
}

/**
 * Passed first to every service call: who acts, from where, and this request's loaders.
 * Services never read the HTTP request themselves.
 */
export class RequestContext {
  actor: Actor | null = null;
  /** True for work the platform does itself (jobs, seeds, fixtures): limits meant for people do not apply. */
  isSystem = false;
  readonly loaders = new LoaderRegistry();

  constructor(
    readonly requestId: string,
    readonly ipAddress: string,
    readonly userAgent: string | null = null,
  ) {}

  get memberId(): string | null {
    return this.actor?.memberId ?? null;
  }

  /** For code paths that run without a request (jobs, seeds, event handlers). */
  static system(label = 'system'): RequestContext {
    const ctx = new RequestContext(label, '127.0.0.1');
    ctx.isSystem = true;
    return ctx;
  }

  static forMember(memberId: string, sessionId = 'system'): RequestContext {
    const ctx = RequestContext.system(`member:${memberId}`);
    ctx.actor = { memberId, sessionId };
    return ctx;
  }
}
