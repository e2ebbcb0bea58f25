import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { RequestContext } from '../context/request-context';
import { statementsInCurrentScope } from '../database/query-stats';
import { createErrorFormatter } from './errors';
import type { ResponseCache } from './response-cache';

export interface GraphqlContext {
  req: Request;
  res: Response;
  ctx: RequestContext;
}

export const REQUEST_ID_HEADER = 'x-request-id';
export const SQL_COUNT_HEADER = 'x-sql-statements';

/** Reports how many SQL statements the request sent (tests and benchmarks read it). */
function sqlCountPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set(SQL_COUNT_HEADER, String(statementsInCurrentScope()));
        },
      };
    },
  };
}

/** Armor rejections become ordinary validation errors with a clear message. */
function armorRejection(message: string) {
  return (_ctx: unknown, error: GraphQLError) => {
    throw new GraphQLError(`${message}: ${error.message}`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  };
}

export function createGraphqlOptions(config: AppConfig, exposeSqlCount: boolean, responseCache: ResponseCache): Omit<ApolloDriverConfig, 'driver'> {
  const logger = new Logger('GraphQL');
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: true, onReject: [armorRejection('Query too deep')] },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, propagateOnRejection: true, onReject: [armorRejection('Too many aliases')] },
    // flattenFragments: a fragment costs what its fields cost inline (clients compose queries from per-component fragments).
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, flattenFragments: true, propagateOnRejection: true, onReject: [armorRejection('Query too expensive')] },
    maxTokens: { n: config.GRAPHQL_MAX_TOKENS, propagateOnRejection: true },
    maxDirectives: { n: 20, propagateOnRejection: true },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  }).protect();

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: config.NODE_ENV !== 'production',
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    // Apollo ships CJS and ESM typings of the same plugin type; Nest's config names the ESM one.
    // Cache hints are unused (the response cache is invalidated by writes, not by hints); the cache-control
    // plugin would otherwise wrap every field resolver.
    plugins: [...armor.plugins, ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...(exposeSqlCount ? [sqlCountPlugin()] : []), responseCache.plugin()] as ApolloDriverConfig['plugins'],
    formatError: createErrorFormatter(({ correlationId, error }) => logger.error({ correlationId, err: error }, 'Unexpected error in a GraphQL operation')),
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => {
      const requestId = String((req as Request & { id?: unknown }).id ?? req.headers[REQUEST_ID_HEADER] ?? randomUUID());
      const context = new RequestContext(requestId, req.ip ?? req.socket.remoteAddress ?? 'unknown', req.headers['user-agent'] ?? null);
      return { req, res, ctx: context };
    },
  };
}
