import { CommitNotifier, NotificationSender } from './commit-notifier';

/** A sender whose sends finish when the test says, recording what each carried. */
class HeldSender implements NotificationSender {
  readonly sends: string[][] = [];
  private readonly releases: Array<(error?: Error) => void> = [];
  closed = false;

  publishToAll(channels: readonly string[]): Promise<void> {
    this.sends.push([...channels]);
    return new Promise((resolve, reject) => this.releases.push((error) => (error ? reject(error) : resolve())));
  }

  /** Finishes the oldest unfinished send, then lets the notifier go on. */
  async finish(error?: Error): Promise<void> {
    this.releases.shift()?.(error);
    await new Promise((resolve) => setImmediate(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

describe('CommitNotifier', () => {
  it('sends at once, and gathers what commits ask while a send is under way into the next one', async () => {
    const sender = new HeldSender();
    const notifier = new CommitNotifier(sender, () => undefined, () => undefined);
    notifier.notify(['palabre_outbox']);
    notifier.notify(['palabre_content_changed']);
    notifier.notify(['palabre_outbox', 'palabre_content_changed']);
    expect(sender.sends).toEqual([['palabre_outbox']]);
    await sender.finish();
    expect(sender.sends).toEqual([['palabre_outbox'], ['palabre_content_changed', 'palabre_outbox']]);
    await sender.finish();
    notifier.notify(['palabre_outbox']);
    expect(sender.sends).toHaveLength(3);
    await sender.finish();
    await notifier.close();
    expect(sender.closed).toBe(true);
  });

  it('sends nothing for a commit that changed nothing it notifies', async () => {
    const sender = new HeldSender();
    const notifier = new CommitNotifier(sender, () => undefined, () => undefined);
    notifier.notify([]);
    await notifier.close();
    expect(sender.sends).toEqual([]);
  });

  it('retries a failed send, with what was asked meanwhile, and reports the failure', async () => {
    const sender = new HeldSender();
    const errors: unknown[] = [];
    const notifier = new CommitNotifier(sender, () => undefined, (error) => errors.push(error), 1);
    notifier.notify(['palabre_outbox']);
    notifier.notify(['palabre_content_changed']);
    await sender.finish(new Error('connection lost'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(errors).toHaveLength(1);
    expect(sender.sends).toEqual([['palabre_outbox'], ['palabre_content_changed', 'palabre_outbox']]);
    await sender.finish();
    await notifier.close();
  });

  it('on close, waits for the send under way and what it gathered, then stops retrying', async () => {
    const sender = new HeldSender();
    const notifier = new CommitNotifier(sender, () => undefined, () => undefined, 1);
    notifier.notify(['palabre_outbox']);
    notifier.notify(['palabre_content_changed']);
    const closing = notifier.close();
    await sender.finish();
    await sender.finish(new Error('connection lost'));
    await closing;
    expect(sender.sends).toEqual([['palabre_outbox'], ['palabre_content_changed']]);
    expect(sender.closed).toBe(true);
  });
});
