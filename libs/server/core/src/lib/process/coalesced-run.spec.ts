import { CoalescedRun } from './coalesced-run';

describe('CoalescedRun', () => {
  it('gives a call made during a run the next run, shared by every call made meanwhile, never the one in progress', async () => {
    const started: number[] = [];
    let release: () => void = () => undefined;
    let count = 0;
    const runs = new CoalescedRun(async () => {
      count += 1;
      started.push(count);
      if (count === 1) await new Promise<void>((resolve) => (release = resolve));
      return count;
    });
    const first = runs.run();
    const second = runs.run();
    const third = runs.run();
    release();
    expect(await first).toBe(1);
    // Both calls made during run 1 see run 2: it started after they asked.
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    expect(started).toEqual([1, 2]);
    expect(await runs.run()).toBe(3);
  });

  it('runs the next one even when the run in progress failed, and settles without rejecting', async () => {
    let count = 0;
    const runs = new CoalescedRun(async () => {
      count += 1;
      if (count === 1) throw new Error('first run fails');
      return count;
    });
    const first = runs.run();
    const second = runs.run();
    await expect(first).rejects.toThrow('first run fails');
    expect(await second).toBe(2);
    await expect(runs.settled()).resolves.toBeUndefined();
  });
});
