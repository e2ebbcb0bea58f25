import { visibleSql } from '@palabre/core';
import { authorColumnsSql } from '@palabre/communities';
import { IdeaStatus, OPEN_STATUSES } from './idea-status.machine';
import { IDEA_SUMMARY_COLUMNS_SQL } from './ideas.rows';

export enum IdeaOrder {
  NEWEST = 'NEWEST',
  MOST_SUPPORTED = 'MOST_SUPPORTED',
  TRENDING = 'TRENDING',
}

export interface IdeaListQuery {
  spaceId: string;
  statuses: readonly IdeaStatus[];
  overdue: boolean;
  campaignId: string | null;
  /** The triage board's sections: true, qualified or taken up (past OPEN); false, open and still gathering support; null, both. */
  qualified: boolean | null;
  orderBy: IdeaOrder;
  now: Date;
  /** Hidden ideas stay listed for their author and for the community's moderators and owners. */
  viewerId: string | null;
  moderator: boolean;
  limit: number;
  after: { key: number; id: string } | null;
}

/** Trending: supports received in the last week. */
const TRENDING_WINDOW = "interval '7 days'";

const SORT_KEYS: Record<IdeaOrder, string> = {
  [IdeaOrder.NEWEST]: `(extract(epoch FROM i.created_at) * 1000)::bigint`,
  [IdeaOrder.MOST_SUPPORTED]: `i.support_count::bigint`,
  [IdeaOrder.TRENDING]: `(SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id AND s.created_at > $5::timestamptz - ${TRENDING_WINDOW})`,
};

/**
 * The board statement for a query's shape, made once per shape. Parameters: $1 space, $2 statuses, $3 viewer,
 * $4 limit, then those of listPageValues' optional ones the query has: now (overdue filter or trending), campaign,
 * qualified filter and cursor (key, id). The moderator's view is written into the text.
 */
const listPageTexts = new Map<string, string>();
export function listPageSql(query: IdeaListQuery): string {
  const shape = [query.orderBy, query.moderator, query.overdue, query.campaignId !== null, query.qualified !== null, query.after !== null].join(':');
  let text = listPageTexts.get(shape);
  if (text) return text;
  let next = 5;
  const now = needsNow(query) ? `$${next++}::timestamptz` : null;
  const filters = [`i.space_id = $1::uuid`, visibleSql('i', '$3::uuid', String(query.moderator)), `i.status = ANY($2::text[])`];
  if (query.campaignId !== null) filters.push(`i.campaign_id = $${next++}::uuid`);
  if (query.overdue) filters.push(`i.next_update_due_at < ${now} AND i.status = ANY('{${OPEN_STATUSES.join(',')}}'::text[])`);
  if (query.qualified !== null) filters.push(`(i.qualified_at IS NOT NULL OR i.status <> '${IdeaStatus.OPEN}') = $${next++}::boolean`);
  const sortKey = query.orderBy === IdeaOrder.TRENDING ? SORT_KEYS[query.orderBy].replace('$5::timestamptz', now!) : SORT_KEYS[query.orderBy];
  const cursor = query.after !== null ? `WHERE (page.sort_key, page.id) < ($${next++}::bigint, $${next++}::uuid)` : '';
  text = `SELECT page.*, ${authorColumnsSql('page.community_id', 'page.author_id')},
              EXISTS (SELECT 1 FROM idea_supports s WHERE s.idea_id = page.id AND s.member_id = $3::uuid) AS viewer_supports
         FROM (SELECT ${IDEA_SUMMARY_COLUMNS_SQL}, ${sortKey} AS sort_key FROM ideas i WHERE ${filters.join(' AND ')}) page
       ${cursor}
       ORDER BY page.sort_key DESC, page.id DESC
       LIMIT $4::int`;
  listPageTexts.set(shape, text);
  return text;
}

const needsNow = (query: IdeaListQuery) => query.overdue || query.orderBy === IdeaOrder.TRENDING;

/** listPageSql's parameters, in its order. */
export function listPageValues(query: IdeaListQuery): unknown[] {
  const values: unknown[] = [query.spaceId, query.statuses, query.viewerId, query.limit];
  if (needsNow(query)) values.push(query.now);
  if (query.campaignId !== null) values.push(query.campaignId);
  if (query.qualified !== null) values.push(query.qualified);
  if (query.after) values.push(query.after.key, query.after.id);
  return values;
}
