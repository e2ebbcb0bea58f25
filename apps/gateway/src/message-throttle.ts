export interface ThrottleLimits {
  /** Messages accepted per window. */
  perWindow: number;
  windowMs: number;
  /** Refused messages after which the socket is closed (forgiven by a window within budget). */
  maxRefusals: number;
}

const DEFAULT_LIMITS: ThrottleLimits = { perWindow: 30, windowMs: 10_000, maxRefusals: 20 };

/**
 * A per-socket message budget (fixed window): beyond `perWindow` messages in `windowMs` a
 * message is refused; after `maxRefusals` refusals in a row of windows the socket is closed.
 * Pure and synchronous, so it runs before any handler and costs nothing to other sockets.
 * The limits are shared: each socket keeps only its three counters.
 */
export class MessageThrottle {
  private windowStart = Number.NEGATIVE_INFINITY;
  private count = 0;
  private refusals = 0;

  constructor(private readonly limits: ThrottleLimits = DEFAULT_LIMITS) {}

  take(nowMs: number): 'ok' | 'refuse' | 'disconnect' {
    const { perWindow, windowMs, maxRefusals } = this.limits;
    if (nowMs - this.windowStart >= windowMs) {
      // A window that ended within budget forgives earlier refusals.
      if (this.count <= perWindow) this.refusals = 0;
      this.windowStart = nowMs;
      this.count = 0;
    }
    this.count += 1;
    if (this.count <= perWindow) return 'ok';
    this.refusals += 1;
    return this.refusals > maxRefusals ? 'disconnect' : 'refuse';
  }
}
