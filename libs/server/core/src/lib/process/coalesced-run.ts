/**
 * One run of an async job at a time. A call while a run is going gets the NEXT run (shared by every call made
 * meanwhile), never the one in progress: that run may have read the clock or the rows before the call, and a caller
 * awaiting "what I asked for is done" (an export requested, events committed, a clock moved in a test) must see a
 * run that started after it asked.
 */
export class CoalescedRun<T> {
  private running: Promise<T> | null = null;
  private next: Promise<T> | null = null;

  constructor(private readonly job: () => Promise<T>) {}

  run(): Promise<T> {
    if (!this.running) {
      this.running = this.job().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.next ??= this.running.then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  /** Resolves once nothing runs nor waits to run (for shutdown); never rejects. */
  async settled(): Promise<void> {
    while (this.running || this.next) await (this.next ?? this.running)?.catch(() => undefined);
  }

  private startNext(): Promise<T> {
    this.next = null;
    return this.run();
  }
}
