/**
 * A per-socket message budget (fixed window): beyond `perWindow` messages in `windowMs` a
 * message is refused; after `maxRefusals` refusals in a row of windows the socket is closed.
 * Pure and synchronous, so it runs before any handler and costs nothing to other sockets.
 */
export class MessageThrottle {
  private windowStart = Number.NEGATIVE_INFINITY;
  private count = 0;
  private refusals = 0;

  constructor(
    private readonly perWindow = 30,
    private readonly windowMs = 10_000,
    private readonly maxRefusals = 20,
  ) {}

  take(nowMs: number): 'ok' | 'refuse' | 'disconnect' {
    if (nowMs - this.windowStart >= this.windowMs) {
      // A window that ended within budget forgives earlier refusals.
      if (this.count <= this.perWindow) this.refusals = 0;
      this.windowStart = nowMs;
      this.count = 0;
    }
    this.count += 1;
    if (this.count <= this.perWindow) return 'ok';
    this.refusals += 1;
    return this.refusals > this.maxRefusals ? 'disconnect' : 'refuse';
  }
}
