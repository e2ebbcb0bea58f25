import type { DemoWorld } from './demo-world';

/**
 * Feature seeders, run in order after the demo world exists. Each must be idempotent
 * (check before creating). Features append theirs here.
 */
export const seeders: Array<{ name: string; seed: (world: DemoWorld) => Promise<void> }> = [];
