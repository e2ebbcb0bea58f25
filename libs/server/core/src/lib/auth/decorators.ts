import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../context/request-context';

export const IS_PUBLIC = 'palabre:isPublic';

/** Marks a handler callable without signing in; everything else is denied by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ ctx: RequestContext }>().ctx;
  }
  return context.switchToHttp().getRequest<{ palabreContext: RequestContext }>().palabreContext;
}

/** Injects the request context (actor, loaders, request id) into a resolver or controller. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => requestContextOf(context));
