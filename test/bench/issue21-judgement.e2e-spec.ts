/**
 * The bench's judgement of issue 21 (tools/bench/lib/issue21.cjs): CPU per request is judged at the issue's
 * machine speed, from how much slower this run's anchor was than the issue's own figures.
 */
import { resolve } from 'node:path';

interface BenchRow {
  name: string;
  ratioAnchor: number;
  cpuMsPerRequest: number;
  anchor?: { cpuMsPerRequest: number };
}
interface Judgement {
  slowdown: { factor: number; samples: Record<string, number> };
  rows: Array<{ name: string; cpuAtIssueSpeed: number; met: boolean }>;
}
interface Issue21 {
  machineSlowdown(rows: BenchRow[]): Judgement['slowdown'] | null;
  judgeIssue21(rows: BenchRow[]): Judgement | null;
}

let machineSlowdown: Issue21['machineSlowdown'];
let judgeIssue21: Issue21['judgeIssue21'];
beforeAll(async () => {
  const issue21 = (await import(resolve(__dirname, '..', '..', 'tools', 'bench', 'lib', 'issue21.cjs'))) as Issue21 & { default?: Issue21 };
  ({ machineSlowdown, judgeIssue21 } = issue21.default ?? issue21);
});

/** A bench row: the api's req/s share of the anchor, its CPU per request, and the anchor's. */
const row = (name: string, ratioAnchor: number, cpuMsPerRequest: number, anchorCpuMsPerRequest: number): BenchRow => ({
  name,
  ratioAnchor,
  cpuMsPerRequest,
  anchor: { cpuMsPerRequest: anchorCpuMsPerRequest },
});

describe('issue 21 judgement', () => {
  it('takes the median of the three anchors the issue measured as the machine slowdown', () => {
    // 0.20, 0.29 and 0.48 ms on the issue's machine: here 2×, 3× and 5× slower.
    const slowdown = machineSlowdown([row('thread-list-signed-in', 0.3, 1, 0.4), row('thread-page-signed-in', 0.3, 1, 0.87), row('reply', 0.3, 3, 2.4), row('idea-board', 0.3, 1, 9)]);
    expect(slowdown).toEqual({ factor: 3, samples: { 'thread-list-signed-in': 2, 'thread-page-signed-in': 3, reply: 5 } });
  });

  it('meets a target only with both the share of the anchor and the CPU at the issue speed', () => {
    const judgement = judgeIssue21([
      row('thread-list-signed-in', 0.32, 2.4, 0.4), // 2.4 ÷ 2 = 1.2 ms at the issue's speed: over 1 ms
      row('thread-page-signed-in', 0.24, 1.6, 0.58), // 0.8 ms, but 24% < 25%
      row('reply', 0.31, 2.9, 0.96), // 1.45 ms ≤ 1.5 and 31% ≥ 30%
      row('support', 0.3, 3.2, 1), // 1.6 ms: over 1.5
      row('search', 0.9, 1, 1), // no issue-21 target
    ]);
    expect(judgement?.slowdown.factor).toBe(2);
    expect(judgement?.rows.map(({ name, cpuAtIssueSpeed, met }) => [name, cpuAtIssueSpeed, met])).toEqual([
      ['thread-list-signed-in', 1.2, false],
      ['thread-page-signed-in', 0.8, false],
      ['reply', 1.45, true],
      ['support', 1.6, false],
    ]);
  });

  it('judges nothing when the run has none of the anchors the issue measured', () => {
    expect(judgeIssue21([row('idea-board', 0.5, 1, 0.3)])).toBeNull();
    expect(judgeIssue21([{ name: 'thread-list-signed-in', ratioAnchor: 0.3, cpuMsPerRequest: 1 }])).toBeNull();
  });
});
