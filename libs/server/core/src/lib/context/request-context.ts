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
    return new RequestContext(label, '127.0.0.1');
  }

  static forMember(memberId: string, sessionId = 'system'): RequestContext {
    const ctx = RequestContext.system(`member:${memberId}`);
    ctx.actor = { memberId, sessionId };
    return ctx;
  }
}
