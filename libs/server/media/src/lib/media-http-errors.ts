import { HttpException } from '@nestjs/common';
import { ErrorCode, MediaErrorCode } from '@palabre/contracts';

/** The JSON every media route answers on failure: the same stable codes as GraphQL's `extensions.code`. */
export class MediaHttpError extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode | MediaErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super({ statusCode: status, code, message, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) }, status);
  }
}

export const mediaNotFound = () => new MediaHttpError(404, ErrorCode.NOT_FOUND, 'This image does not exist or is not visible to you');
export const mediaUnauthenticated = () => new MediaHttpError(401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload images (send your access token as a bearer token)');
