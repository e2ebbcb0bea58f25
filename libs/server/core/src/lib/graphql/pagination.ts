import { Type } from '@nestjs/common';
import { ArgsType, Field, FieldMiddleware, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, at most 100' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
  /** Resolved only when the client asks for it. */
  totalCount: () => Promise<number>;
}

/** totalCount is a lazy function: it is computed only when a client asks for it. */
const resolveLazyCount: FieldMiddleware = async (_context, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

/** Code-first connection type: `XConnection { edges { cursor node } pageInfo totalCount }`. */
export function ConnectionType<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Total number of items across all pages', middleware: [resolveLazyCount] })
    totalCount!: () => Promise<number>;
  }
  return ConnectionClass as unknown as Type<Connection<T>>;
}

export type CursorValue = string | number | boolean | null;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * What each position of a cursor holds. A cursor is opaque to clients but not trusted: every value is
 * checked against its type before it reaches SQL, so a forged cursor is BAD_USER_INPUT, never a
 * database error.
 */
export type CursorField = 'timestamp' | 'timestamp?' | 'uuid' | 'number' | 'offset' | 'string';

/** The most common shape: (created_at, id). */
export const TIME_ID_CURSOR = ['timestamp', 'uuid'] as const satisfies readonly CursorField[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?Z$/;

/**
 * A real instant PostgreSQL can hold: JavaScript's parser takes 30 February (rolling it to March), 24:00
 * and year 0, which a timestamptz refuses with an error. The calendar fields must survive a round trip.
 */
function isTimestamp(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const parts = ISO_TIMESTAMP.exec(value);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (year < 1 || hour > 23 || minute > 59 || second > 59) return false;
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
/** Beyond any offset a page walk reaches; keeps OFFSET cheap and within int range. */
const MAX_OFFSET = 100_000;

function fits(field: CursorField, value: unknown): boolean {
  switch (field) {
    case 'timestamp?':
      return value === null || fits('timestamp', value);
    case 'timestamp':
      return isTimestamp(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'offset':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_OFFSET;
    case 'string':
      return typeof value === 'string' && value.length <= 200;
  }
}

/** Decodes a cursor made by encodeCursor with values of the given shape, or fails with BAD_USER_INPUT. */
export function decodeCursor(cursor: string | undefined | null, shape: readonly CursorField[]): CursorValue[] | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === shape.length && shape.every((field, index) => fits(field, values[index]))) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the typed error
  }
  throw badInput('The cursor in `after` is not valid; pass the endCursor of a previous page');
}

export function pageSize(args: PageArgs): number {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  return first;
}

/**
 * Builds a connection from rows fetched with LIMIT first + 1 (the extra row tells whether
 * there is a next page).
 */
export function toConnection<Row, Node>(
  rows: readonly Row[],
  first: number,
  hadCursor: boolean,
  cursorOf: (row: Row) => readonly CursorValue[],
  toNode: (row: Row) => Node,
  totalCount: () => Promise<number>,
): Connection<Node> {
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: memoise(totalCount),
  };
}

function memoise<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= load());
}
