// Limits what one GraphQL operation may ask for, before anything runs: depth, cost (lists by their page size,
// nested lists multiplied, Markdown rendering by input size), aliases, expensive root fields per operation,
// and the per-address rate limits of the root fields that have one (counted once per alias).
import type { ApolloServerPlugin } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLList,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import {
  ComplexityEstimator,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import type { NextFunction, Request, Response } from 'express';
import type { RequestContext } from './context';
import { requestLocale } from '../i18n/locales';
import { msg, translate, type Msg } from '../i18n/translate';
import { AppError, ErrorCode } from './errors';
import type { RateLimitName, RateLimits } from './rate-limits';

export const MAX_DEPTH = 12;
/** Brackets nested in the query text, checked before parsing (the parser recurses once per level). */
export const MAX_SOURCE_NESTING = 40;
/** Objects and lists nested in the variables (real inputs nest three or four levels). */
export const MAX_VARIABLE_NESTING = 16;
/** Tokens in one query; a full page of the web app uses a few hundred. */
export const MAX_TOKENS = 5_000;
export const MAX_COMPLEXITY = 20_000;
/** Aliases let one request repeat a field; a page of the web app uses a handful. */
export const MAX_ALIASES = 30;
/**
 * A list without `first` (categories, a category's tags, an answer's comments) is costed as if it held this many:
 * such lists are short by design, but nested ones multiply (web-queries.spec.ts keeps every page well inside).
 */
export const ASSUMED_LIST_SIZE = 5;
/** Markdown rendered by previewMarkdown in one request, in characters of input (two full post bodies). */
export const MAX_RENDER_CHARS = 60_000;
/** Root fields that do real work per call, and how often one operation may name them. */
export const MAX_PER_OPERATION: Record<string, number> = {
  search: 3,
  similarThreads: 3,
  previewMarkdown: 3,
};
/** Root fields with a per-address rate limit: each occurrence (alias) counts once, before anything runs. */
export const ROOT_FIELD_LIMITS: Record<string, RateLimitName> = {
  previewMarkdown: 'previewsPerIp',
  recordView: 'recordEventsPerIp',
  recordDeflection: 'recordEventsPerIp',
  recordSearchClick: 'recordEventsPerIp',
};

/** Markdown preview: rendering costs by input size (1 per 100 characters). */
export const markdownCost = (body: unknown): number =>
  1 + Math.ceil((typeof body === 'string' ? body.length : 0) / 100);

/** A connection's cost is its children's cost times the page size it asks for (`first`). */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * args.first : undefined;

/** A plain list of objects (not a connection's edges, which the connection's `first` already counts). */
const listEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  const type = getNullableType(field.type);
  if (!(type instanceof GraphQLList) || !isObjectType(getNamedType(type)) || field.name === 'edges') {
    return undefined;
  }
  return 1 + childComplexity * ASSUMED_LIST_SIZE;
};

/** How an operation is costed: declared field costs, then page sizes, then plain lists, then 1 per field. */
export const costEstimators = (): ComplexityEstimator[] => [
  fieldExtensionsEstimator(),
  pageSizeEstimator,
  listEstimator,
  simpleEstimator({ defaultComplexity: 1 }),
];

function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue; // introspection is served by the library, not our resolvers
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) {
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
      }
    }
  }
  return deepest;
}

const fragmentsOf = (document: DocumentNode) =>
  new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  return depthOf(operation.selectionSet, fragmentsOf(document));
}

/** Every field the operation selects, fragments expanded (each fragment spread counts where it is spread). */
function walkFields(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visit: (field: FieldNode, root: boolean) => void,
  root = true,
  seen: Set<string> = new Set(),
): void {
  if (!set) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      visit(selection, root);
      walkFields(selection.selectionSet, fragments, visit, false, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walkFields(selection.selectionSet, fragments, visit, root, seen);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        walkFields(fragment.selectionSet, fragments, visit, root, new Set([...seen, fragment.name.value]));
      }
    }
  }
}

function argumentValue(
  value: ValueNode | undefined,
  variables: Record<string, unknown> | undefined,
): unknown {
  if (!value) return undefined;
  if (value.kind === Kind.VARIABLE) return variables?.[value.name.value];
  if (value.kind === Kind.STRING) return value.value;
  return undefined;
}

export interface OperationCensus {
  aliases: number;
  /** Root field name → how many times the operation names it. */
  rootFields: Map<string, number>;
  /** Characters of Markdown the operation asks previewMarkdown to render. */
  renderChars: number;
}

export function operationCensus(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Record<string, unknown>,
): OperationCensus {
  const census: OperationCensus = { aliases: 0, rootFields: new Map(), renderChars: 0 };
  walkFields(operation.selectionSet, fragmentsOf(document), (field, root) => {
    if (field.alias) census.aliases += 1;
    if (!root) return;
    const name = field.name.value;
    census.rootFields.set(name, (census.rootFields.get(name) ?? 0) + 1);
    if (name === 'previewMarkdown') {
      const body = argumentValue(field.arguments?.find((a) => a.name.value === 'body')?.value, variables);
      if (typeof body === 'string') census.renderChars += body.length;
    }
  });
  return census;
}

/** How deeply brackets nest in GraphQL source text, ignoring strings and comments. */
export function sourceNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end === -1 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++)
          if (source[i] === '\\') i++;
      }
    } else if (c === '{' || c === '(' || c === '[') {
      deepest = Math.max(deepest, ++depth);
    } else if (c === '}' || c === ')' || c === ']') {
      depth--;
    }
  }
  return deepest;
}

/** Why these variables are refused (too deep, or text with NUL characters), or null when they are fine. */
export function variablesProblem(value: unknown, depth = 0): Msg | null {
  if (typeof value === 'string') {
    return value.includes('\0') ? msg('errors.query.nulCharacters') : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_VARIABLE_NESTING) {
    return msg('errors.query.variablesTooDeep', { max: MAX_VARIABLE_NESTING });
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const problem = variablesProblem(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * Query texts already found fine, up to 32 KB each: the web app sends the same few documents (a thread page's is
 * 5 KB), and looking one up costs a hash of the text where scanning it again costs a loop over every character.
 */
const FINE_SOURCE_MAX_CHARS = 32 * 1024;
const fineSources = new LRUCache<string, true>({ max: 500 });

/** Why this request's text is refused before GraphQL parses it, or null. */
export function sourceProblem(source: unknown, variables: unknown): Msg | null {
  if (typeof source === 'string' && !fineSources.get(source)) {
    const nesting = sourceNesting(source);
    if (nesting > MAX_SOURCE_NESTING) {
      return msg('errors.query.bracketsTooDeep', { depth: nesting, max: MAX_SOURCE_NESTING });
    }
    if (source.includes('\0') || /\\u0000|\\u\{0+\}/i.test(source)) {
      return msg('errors.query.nulCharacters');
    }
    if (source.length <= FINE_SOURCE_MAX_CHARS) fineSources.set(source, true);
  }
  return variablesProblem(variables);
}

/**
 * Express middleware in front of Apollo (after the body is parsed): the parser and validation recurse once per
 * nesting level, and Postgres refuses NUL bytes deep inside; both are the caller's mistake and get a plain
 * BAD_USER_INPUT instead of a stack overflow or a database error. (Apollo masks errors thrown before parsing.)
 */
export function refuseHostileSource(req: Request, res: Response, next: NextFunction): void {
  const bodies: unknown[] = Array.isArray(req.body) ? req.body : [req.body ?? req.query];
  for (const body of bodies) {
    const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown };
    let vars = variables;
    if (typeof vars === 'string') {
      try {
        vars = JSON.parse(vars);
      } catch {
        vars = undefined; // Apollo reports unreadable variables itself
      }
    }
    const problem = sourceProblem(query, vars);
    if (problem) {
      // Before the session is read: worded in this browser's language (cookie, Accept-Language).
      const message = translate(requestLocale(req, null, 'en'), problem);
      res.status(400).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
      return;
    }
  }
  next();
}

const refuse = (message: Msg) => new AppError(ErrorCode.BAD_USER_INPUT, message, { http: { status: 400 } });

export interface QueryLimits {
  depth: number;
  complexity: number;
  aliases: number;
  renderChars: number;
}

interface Measured {
  depth: number;
  census: ReturnType<typeof operationCensus>;
  complexity: number;
}

/**
 * Depth, census and cost are pure functions of the document (Apollo keeps one parsed DocumentNode per query
 * text), the operation and the variables: the same request again (every search, every thread page) reuses them
 * instead of walking the document with the schema each time (about 5 % of a search's CPU in the API).
 */
const MEASURED = new WeakMap<DocumentNode, LRUCache<string, Measured>>();
function measured(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  measure: () => Measured,
): Measured {
  let byVariables = MEASURED.get(document);
  if (!byVariables) {
    byVariables = new LRUCache<string, Measured>({ max: 500 });
    MEASURED.set(document, byVariables);
  }
  const key = JSON.stringify([operationName ?? null, variables ?? null]);
  if (key.length > 4_096) return measure();
  let found = byVariables.get(key);
  if (!found) {
    found = measure();
    byVariables.set(key, found);
  }
  return found;
}

export function queryLimitsPlugin(
  options: { rateLimits?: RateLimits; limits?: Partial<QueryLimits> } = {},
): ApolloServerPlugin<RequestContext> {
  const limits: QueryLimits = {
    depth: MAX_DEPTH,
    complexity: MAX_COMPLEXITY,
    aliases: MAX_ALIASES,
    renderChars: MAX_RENDER_CHARS,
    ...options.limits,
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          if (!operation) return;
          const { depth, census, complexity } = measured(
            document,
            request.operationName,
            request.variables,
            () => {
              let cost: number;
              try {
                cost = getComplexity({
                  schema,
                  query: document,
                  operationName: request.operationName,
                  variables: request.variables,
                  estimators: costEstimators(),
                });
              } catch {
                // Variables that do not fit the schema: execution reports them as BAD_USER_INPUT, naming the variable.
                cost = 0;
              }
              return {
                depth: operationDepth(document, operation),
                census: operationCensus(document, operation, request.variables),
                complexity: cost,
              };
            },
          );
          if (depth > limits.depth) {
            throw refuse(msg('errors.query.tooDeep', { depth, max: limits.depth }));
          }
          if (census.aliases > limits.aliases) {
            throw refuse(
              msg('errors.query.tooManyAliases', { aliases: census.aliases, max: limits.aliases }),
            );
          }
          for (const [name, count] of census.rootFields) {
            const max = MAX_PER_OPERATION[name];
            if (max !== undefined && count > max) {
              throw refuse(msg('errors.query.fieldTooOften', { field: name, count, max }));
            }
          }
          if (census.renderChars > limits.renderChars) {
            throw refuse(
              msg('errors.query.tooMuchMarkdown', { chars: census.renderChars, max: limits.renderChars }),
            );
          }
          if (complexity > limits.complexity) {
            throw refuse(
              msg('errors.query.tooComplex', { cost: String(complexity), max: String(limits.complexity) }),
            );
          }
          // Rate-limited root fields count once per occurrence, so aliases cannot multiply one allowance.
          if (options.rateLimits && contextValue?.ip) {
            for (const [name, count] of census.rootFields) {
              const limit = ROOT_FIELD_LIMITS[name];
              if (!limit) continue;
              try {
                await options.rateLimits.consume(limit, contextValue.ip, undefined, count);
              } catch (e) {
                if (!(e instanceof GraphQLError)) throw e;
                // The rate limit's own error (worded in the reader's language), answered as HTTP 429.
                Object.assign(e.extensions, { http: { status: 429 } });
                throw e;
              }
            }
          }
        },
      };
    },
  };
}
