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

const sortKey = (order: IdeaOrder, now: () => string): string => {
  if (order === IdeaOrder.NEWEST) return `(extract(epoch FROM i.created_at) * 1000)::bigint`;
  if (order === IdeaOrder.MOST_SUPPORTED) return `i.support_count::bigint`;
  return `(SELECT count(*) FROM idea_supports s WHERE s.idea_id = i.id AND s.created_at > ${now()} - ${TRENDING_WINDOW})`;
};

/** A statement and its values, whose placeholders are numbered as each value is added (they cannot drift apart). */
class Statement {
  readonly values: unknown[] = [];
  private nowParam: string | null = null;

  param(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }

  /** `now`, as one parameter however many times the text uses it. */
  now(at: Date): string {
    this.nowParam ??= this.param(at, 'timestamptz');
    return this.nowParam;
  }
}

type BoardFilter = Omit<IdeaListQuery, 'orderBy' | 'limit' | 'after'>;

/**
 * The board's conditions, holding only the filters the query uses: with each optional filter written as
 * `$n IS NULL OR …`, PostgreSQL planned the board anew on every request (0.32 ms for 0.20 ms of execution), and that
 * text's generic plan scanned and sorted the space's ideas (1.5 ms). Per shape, the generic plan is the index scan.
 * The moderator's view is written into the text (true or false).
 */
function boardWhere(statement: Statement, query: BoardFilter, viewer: string): string {
  const filters = [`i.space_id = ${statement.param(query.spaceId, 'uuid')}`, visibleSql('i', viewer, String(query.moderator)), `i.status = ANY(${statement.param(query.statuses, 'text[]')})`];
  if (query.campaignId !== null) filters.push(`i.campaign_id = ${statement.param(query.campaignId, 'uuid')}`);
  if (query.overdue) filters.push(`i.next_update_due_at < ${statement.now(query.now)} AND i.status = ANY('{${OPEN_STATUSES.join(',')}}'::text[])`);
  if (query.qualified !== null) filters.push(`(i.qualified_at IS NOT NULL OR i.status <> '${IdeaStatus.OPEN}') = ${statement.param(query.qualified, 'boolean')}`);
  return filters.join(' AND ');
}

/** One page of the board (see IdeasRepository.list), for the generic-plan reader. */
export function boardPageStatement(query: IdeaListQuery): { text: string; values: unknown[] } {
  const statement = new Statement();
  const viewer = statement.param(query.viewerId, 'uuid');
  const where = boardWhere(statement, query, viewer);
  const key = sortKey(query.orderBy, () => statement.now(query.now));
  const cursor = query.after ? `WHERE (page.sort_key, page.id) < (${statement.param(query.after.key, 'bigint')}, ${statement.param(query.after.id, 'uuid')})` : '';
  const text = `SELECT page.*, ${authorColumnsSql('page.community_id', 'page.author_id')},
              EXISTS (SELECT 1 FROM idea_supports s WHERE s.idea_id = page.id AND s.member_id = ${viewer}) AS viewer_supports
         FROM (SELECT ${IDEA_SUMMARY_COLUMNS_SQL}, ${key} AS sort_key FROM ideas i WHERE ${where}) page
       ${cursor}
       ORDER BY page.sort_key DESC, page.id DESC
       LIMIT ${statement.param(query.limit, 'int')}`;
  return { text, values: statement.values };
}

/** How many ideas the board lists in all, with the same conditions as its pages. */
export function boardCountStatement(query: BoardFilter): { text: string; values: unknown[] } {
  const statement = new Statement();
  const viewer = statement.param(query.viewerId, 'uuid');
  return { text: `SELECT count(*) FROM ideas i WHERE ${boardWhere(statement, query, viewer)}`, values: statement.values };
}
