import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { Response } from 'express';
import { ErrorCode } from '@palabre/contracts';
import { isDatabaseUnreachable, SERVICE_UNAVAILABLE_RETRY_SECONDS } from './errors';

/**
 * Without a filter, Nest logs every error a resolver or guard throws at error level with its stack,
 * so anonymous traffic asking for what it may not see floods the logs. Errors of GraphQL operations
 * go back to Apollo untouched: its formatter keeps the expected ones (typed codes) and logs the
 * unexpected ones once, at error level, with a correlation id. Expected ones are logged here at
 * debug level, without a stack, with the request id. HTTP routes keep Nest's default handling, except
 * that an unreachable database answers 503 with Retry-After there too.
 */
@Catch()
export class ExpectedErrorsFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType<GqlContextType>() !== 'graphql') {
      if (!isDatabaseUnreachable(exception) || host.getType() !== 'http') return super.catch(exception, host);
      const response = host.switchToHttp().getResponse<Response>();
      response.setHeader('retry-after', String(SERVICE_UNAVAILABLE_RETRY_SECONDS));
      response.status(503).json({ code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The service is briefly unavailable; retry in a few seconds', retryAfterSeconds: SERVICE_UNAVAILABLE_RETRY_SECONDS });
      return;
    }
    if (exception instanceof GraphQLError && typeof exception.extensions['code'] === 'string') {
      this.logger.debug({ code: exception.extensions['code'], message: exception.message }, 'Client error in a GraphQL operation');
    }
    // Thrown, not returned: graphql-js treats a returned value as the field's result unless it is an Error
    // of its own realm, which an error made by Node's core (a refused connection) may not be.
    throw exception;
  }
}

