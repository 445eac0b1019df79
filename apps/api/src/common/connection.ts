// The one pagination helper: cursor connections (first/after, edges, pageInfo) with capped page sizes.
import { Type } from '@nestjs/common';
import { ArgsType, Field, FieldMiddleware, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badInput, type FieldProblem } from './errors';
import { msg } from '../i18n/translate';
import { says } from './validation';

export const MAX_PAGE_SIZE = 100;
const CURSOR_MAX_LENGTH = 500;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Resolved only when asked for (GraphQL calls functions found on the parent). */
  totalCount?: number | (() => Promise<number>);
}

/** Counting is a query of its own, so connections carry a function and it runs only when the field is asked for. */
const lazyCount: FieldMiddleware = async (_ctx, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

/** Declares `<Name>Edge` and `<Name>Connection` GraphQL types for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string, withTotal = true): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }

  if (!withTotal) return ConnectionClass as Type<Connection<T>>;

  @ObjectType(`${name}Connection`)
  class CountedConnection extends ConnectionClass {
    @Field(() => Int, { description: 'How many items match, across all pages.', middleware: [lazyCount] })
    totalCount: number;
  }
  return CountedConnection as Type<Connection<T>>;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  @IsInt()
  @Min(1, { message: says(msg('errors.input.firstMin')) })
  @Max(MAX_PAGE_SIZE, { message: says(msg('errors.input.firstMax', { max: MAX_PAGE_SIZE })) })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(CURSOR_MAX_LENGTH)
  after?: string | null;
}

/** What is wrong with a page size `first` (at least 1, at most `max`), in the words of PageArgs' decorators. */
export function pageSizeProblems(first: number, max: number): FieldProblem[] {
  if (!Number.isInteger(first) || first < 1)
    return [{ field: 'first', message: msg('errors.input.firstMin') }];
  if (first > max) return [{ field: 'first', message: msg('errors.input.firstMax', { max }) }];
  return [];
}

/** A page's arguments as GraphQL hands them over (defaults applied), before they are checked. */
export interface PageArgsValue {
  first: number;
  after?: string | null;
}

/**
 * PageArgs' rules checked by hand, for a field on a hot page (a thread's answers) that takes its arguments
 * as a plain object (`@Args({ type: () => AnswerPageArgs }) page: PageArgsValue`) so that the validation pipe
 * does not build and validate a class instance per request. Every problem at once, as BAD_USER_INPUT; an
 * over-long cursor is a cursor this list never gave out.
 */
export function checkPage<T extends PageArgsValue>(page: T, max = MAX_PAGE_SIZE): T {
  const problems = pageSizeProblems(page.first, max);
  if (page.after != null && page.after.length > CURSOR_MAX_LENGTH)
    problems.push({ field: 'after', message: msg('errors.input.badCursor') });
  if (problems.length) throw badInput(problems);
  return page;
}

export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor; a tampered or foreign cursor is a BAD_USER_INPUT. */
export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T): T | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through
  }
  throw badInput('after', msg('errors.input.badCursor'));
}

/** Builds a connection from rows fetched with LIMIT first + 1. */
export function toConnection<T>(
  rows: T[],
  first: number,
  cursorOf: (row: T, index: number) => string,
  totalCount?: () => Promise<number>,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node, i) => ({ cursor: cursorOf(node, i), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** Deeper than this an offset cursor was not made by us (nobody pages 10,000 entries deep). */
export const MAX_OFFSET = 10_000;

/** Offset cursors, for short lists in a fixed order (a thread's answers). */
export const offsetCursor = {
  encode: (offset: number) => encodeCursor({ o: offset }),
  decode: (cursor: string | null | undefined): number =>
    decodeCursor(cursor, (v): v is { o: number } => {
      const o = (v as { o?: unknown })?.o;
      return typeof o === 'number' && Number.isInteger(o) && o >= 0 && o <= MAX_OFFSET;
    })?.o ?? -1,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);
