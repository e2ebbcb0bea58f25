import { data } from 'react-router';
import { ApiError } from './graphql-client';

/** Runs a loader's GraphQL call; an API error becomes a response with the matching HTTP status (404 for NOT_FOUND...). */
export async function orThrowResponse<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ApiError) throw data({ code: error.code }, { status: error.status });
    throw error;
  }
}

/** A node that is absent or not of the expected type is simply not found. */
export function notFound(): never {
  throw data({ code: 'NOT_FOUND' }, { status: 404 });
}

/** `node(id:)` narrowed to the type a route expects (selected with `__typename`); anything else is not found. */
export function expectNode<T extends { __typename: string }>(node: T | Record<PropertyKey, never> | null | undefined, typename: T['__typename']): T {
  if (!node || !('__typename' in node) || node.__typename !== typename) notFound();
  return node as T;
}
