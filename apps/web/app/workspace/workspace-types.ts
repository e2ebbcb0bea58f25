import type { QueueItemsQuery, ThreadCurationQuery } from '../graphql-workspace/graphql';

/**
 * Shapes the workspace screens hand to their parts, derived from the generated query types. They live apart
 * from the screens so that a part never imports the screen that renders it.
 */
export type ModerationQueueItemsNode = QueueItemsQuery['moderationQueue']['edges'][number]['node'];
export type QueueData = { total: number; items: ModerationQueueItemsNode[]; next: string | null; templates: Array<{ id: string; title: string; reason: string }> };
export type CurationThread = Extract<NonNullable<ThreadCurationQuery['node']>, { id: string }>;
