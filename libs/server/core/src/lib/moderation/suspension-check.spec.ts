import { RequestContext } from '../context/request-context';
import type { Db, TransactionRunner } from '../database/transaction-runner';
import { WriteGate, type WriteGuard } from './suspension-check';

const reader = {} as Db;
const runner = { reader } as TransactionRunner;
const A = 'community-a';
const B = 'community-b';
const C = 'community-c';
const until = new Date('2026-12-10T10:00:00.000Z');

function guard(blocks: Map<string, Date>): WriteGuard & { asked: string[][] } {
  const asked: string[][] = [];
  return {
    asked,
    assertCanWrite: async () => undefined,
    assertCanPost: async () => undefined,
    writeBlocksAmong: async (_db, _memberId, ids) => {
      asked.push([...ids]);
      return new Map([...blocks].filter(([id]) => ids.includes(id)));
    },
  };
}

describe('WriteGate: the viewer’s side of assertCanWrite', () => {
  it('asks the guard once for all the communities of a request, and answers each (until when, or null)', async () => {
    const gate = new WriteGate(runner);
    const suspensions = guard(new Map([[B, until]]));
    gate.register(suspensions);
    const ctx = RequestContext.forMember('member-1');
    const answers = await Promise.all([gate.viewerWriteBlockedUntil(ctx, A), gate.viewerWriteBlockedUntil(ctx, B), gate.viewerCanWrite(ctx, C), gate.viewerCanWrite(ctx, B)]);
    expect(answers).toEqual([null, until, true, false]);
    expect(suspensions.asked).toEqual([[A, B, C]]);
  });

  it('asks nothing for a signed-out viewer (who may write nowhere) nor without a guard', async () => {
    const gate = new WriteGate(runner);
    const signedOut = RequestContext.system();
    expect(await gate.viewerCanWrite(signedOut, A)).toBe(false);
    expect(await gate.viewerCanWrite(RequestContext.forMember('member-1'), A)).toBe(true);
    const suspensions = guard(new Map([[A, until]]));
    gate.register(suspensions);
    expect(await gate.viewerWriteBlockedUntil(signedOut, A)).toBeNull();
    expect(suspensions.asked).toEqual([]);
  });

  it('falls back on assertCanWrite for a guard without the batched check: a refusal blocks with no known end', async () => {
    const gate = new WriteGate(runner);
    gate.register({
      assertCanWrite: async (_db, communityId) => {
        if (communityId === A) throw new Error('SUSPENDED');
      },
      assertCanPost: async () => undefined,
    });
    const ctx = RequestContext.forMember('member-1');
    expect(await Promise.all([gate.viewerCanWrite(ctx, A), gate.viewerCanWrite(ctx, B)])).toEqual([false, true]);
  });
});
