import type { DemoWorld } from './demo-world';
import { seedAdvice } from './seed-advice';
import { seedIdeas } from './seed-ideas';
import { seedNotifications } from './seed-notifications';
import { seedRecognition } from './seed-recognition';
import { seedModeration } from './seed-moderation';

/**
 * Feature seeders, run in order after the demo world exists. Each must be idempotent
 * (check before creating). Features append theirs here.
 */
export const seeders: Array<{ name: string; seed: (world: DemoWorld) => Promise<void> }> = [{ name: 'advice', seed: seedAdvice }, { name: 'ideas', seed: seedIdeas }, { name: 'notifications', seed: seedNotifications }, { name: 'recognition', seed: seedRecognition }, { name: 'moderation', seed: seedModeration }];
