import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Guardian } from '../guardian/guardian';
import type { RequestContext, Viewer } from './context';

/** The signed-in account making the request, or null for a visitor. */
export const CurrentViewer = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Viewer | null =>
    GqlExecutionContext.create(ctx).getContext<RequestContext>().viewer,
);

/** The whole request context (viewer, loaders, ip, response for cookies). */
export const Ctx = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext =>
  GqlExecutionContext.create(ctx).getContext<RequestContext>(),
);

/** The request's guardian: services take it and ask it before they act. */
export const CurrentGuardian = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Guardian =>
    GqlExecutionContext.create(ctx).getContext<RequestContext>().guardian,
);
