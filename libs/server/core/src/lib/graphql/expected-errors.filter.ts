import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Without a filter, Nest logs every error a resolver or guard throws at error level with its stack,
 * so anonymous traffic asking for what it may not see floods the logs. Errors of GraphQL operations
 * go back to Apollo untouched: its formatter keeps the expected ones (typed codes) and logs the
 * unexpected ones once, at error level, with a correlation id. Expected ones are logged here at
 * debug level, without a stack, with the request id. HTTP routes keep Nest's default handling.
 */
@Catch()
export class ExpectedErrorsFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    if (exception instanceof GraphQLError && typeof exception.extensions['code'] === 'string') {
      this.logger.debug({ code: exception.extensions['code'], message: exception.message }, 'Client error in a GraphQL operation');
    }
    return exception;
  }
}

