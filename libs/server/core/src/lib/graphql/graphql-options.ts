import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationContext } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { RequestContext } from '../context/request-context';
import type { ErrorLanguage } from './error-language';
import { statementsInCurrentScope } from '../database/query-stats';
import { ErrorCode } from '@palabre/contracts';
import { createErrorFormatter, SERVICE_UNAVAILABLE_RETRY_SECONDS } from './errors';
import type { ResponseCache } from './response-cache';
import type { IdempotencyStore } from './idempotency';
import type { GraphqlContext } from './graphql-context';

export type { GraphqlContext } from './graphql-context';

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

/** A request the database could not serve answers 503 with Retry-After, so clients and proxies retry. */
function serviceUnavailableStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;

          if (!errors?.some((error) => error.extensions?.['code'] === ErrorCode.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(SERVICE_UNAVAILABLE_RETRY_SECONDS));
        },
      };
    },
  };
}

/**
 * Armor's limits report through the validation context, so a rejection is an ordinary validation
 * error (400, GRAPHQL_VALIDATION_FAILED). Letting armor throw instead (`propagateOnRejection`) makes the
 * error escape graphql-js's validation and Apollo answer 500.
 */
function reportAsValidationError(message: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(`${message}: ${error.message.replace(/^Syntax Error: /, '')}`));
  };
}

export function createGraphqlOptions(
  config: AppConfig,
  exposeSqlCount: boolean,
  responseCache: ResponseCache,
  idempotency: IdempotencyStore,
  errorLanguage?: ErrorLanguage,
): Omit<ApolloDriverConfig, 'driver'> {
  const logger = new Logger('GraphQL');
  const armor = new ApolloArmor({
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true, ignoreIntrospection: true, propagateOnRejection: false, onReject: [reportAsValidationError('Query too deep')] },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, propagateOnRejection: false, onReject: [reportAsValidationError('Too many aliases')] },
    // flattenFragments: a fragment costs what its fields cost inline (clients compose queries from per-component fragments).
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, flattenFragments: true, propagateOnRejection: false, onReject: [reportAsValidationError('Query too expensive')] },
    // Tokens are counted by graphql-js's own parser (`parseOptions.maxTokens` below): a parse error, answered 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, propagateOnRejection: false, onReject: [reportAsValidationError('Too many directives')] },
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
    // Nest would reset every response with `data` to 200; serviceUnavailableStatus decides that status instead.
    preserveHttpStatusForExecutionErrors: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    validationRules: armor.validationRules,
    // Apollo ships CJS and ESM typings of the same plugin type; Nest's config names the ESM one.
    // Cache hints are unused (the response cache is invalidated by writes, not by hints); the cache-control
    // plugin would otherwise wrap every field resolver.
    plugins: [...armor.plugins, serviceUnavailableStatus(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ...(exposeSqlCount ? [sqlCountPlugin()] : []), responseCache.plugin(), idempotency.plugin(), ...(errorLanguage ? [errorLanguage.plugin()] : [])] as ApolloDriverConfig['plugins'],
    formatError: createErrorFormatter(({ correlationId, error }) => logger.error({ correlationId, err: error }, 'Unexpected error in a GraphQL operation'), {
      hideSuggestions: config.NODE_ENV === 'production',
      logUnavailable: ({ correlationId, error }) => logger.warn({ correlationId, reason: error instanceof Error ? error.message : String(error) }, 'Database unreachable; answered SERVICE_UNAVAILABLE'),
      logRefused: ({ correlationId, error }) => logger.warn({ correlationId, err: error }, 'The database refused a value or a concurrent duplicate; answered CONFLICT or BAD_USER_INPUT'),
    }),
    context: ({ req, res }: { req: Request; res: Response }): GraphqlContext => {
      const requestId = String((req as Request & { id?: unknown }).id ?? req.headers[REQUEST_ID_HEADER] ?? randomUUID());
      const context = new RequestContext(requestId, req.ip ?? req.socket.remoteAddress ?? 'unknown', req.headers['user-agent'] ?? null);
      return { req, res, ctx: context };
    },
  };
}
