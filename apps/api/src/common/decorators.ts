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

/**
 * Field resolvers met once per item of a page (an answer's author, each ability's reason: hundreds per thread
 * page), and the thread page's own fields, take graphql-js's own arguments instead of `@Parent()` and `@Ctx()`:
 * `author(answer: AnswerEntity, _args: NoArgs, ctx: RequestContext)`. A field resolver without parameter
 * decorators is handed to graphql-js as it is (Nest's fast path), skipping Nest's per-call parameter pipeline
 * (decorator factories, pipes, promise wrapping). Fields with arguments keep `@Args()` and the decorators.
 */
export type NoArgs = Record<string, never>;
