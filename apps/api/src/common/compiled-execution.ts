// Executes the operations the web app sends again and again with graphql-jit: a document seen twice is compiled
// into one JavaScript function that walks the selection without graphql-js's per-field bookkeeping (building an
// info object, a path and a promise check for each of the ~1 500 fields of a thread page).
//
// Apollo Server has one public seam for its executor, the gateway interface, used here for the one schema this
// server has. Apollo still parses, validates (with its document cache), runs every plugin and formats errors;
// only `execute` is ours. A document seen once runs through graphql-js, so a client sending a new document on
// every request costs no compilation; at most COMPILED_LIMIT documents are kept, the least recently used dropped.
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { Injectable } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  DocumentNode,
  execute,
  getNamedType,
  getVariableValues,
  GraphQLSchema,
  isLeafType,
  isObjectType,
  typeFromAST,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Compiled operations kept per server: the web app has a few dozen documents; more is someone's experiment. */
export const COMPILED_LIMIT = 500;

interface Seen {
  /** Whether this operation may run compiled at all (see `compilable`). */
  compilable: boolean;
  /** Runs so far through graphql-js (compiled at the second). */
  runs: number;
  compiled?: CompiledQuery;
}

/** What an operation costs: whether it ran compiled, for tests that check the hot path really is compiled. */
export interface ExecutionStats {
  compiled: number;
  interpreted: number;
}

@Injectable()
export class CompiledExecution {
  readonly stats: ExecutionStats = { compiled: 0, interpreted: 0 };
  /** Keyed by document object: Apollo's document store hands out the same parsed document for the same text. */
  private readonly seen = new Map<DocumentNode, Map<string, Seen>>();

  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  /** The schema Nest built (read when Apollo starts, after Nest has built it). */
  private schema(): GraphQLSchema {
    return this.schemaHost.schema;
  }

  /** Apollo's gateway interface around `execute`, with the schema Nest built (no federation involved). */
  gateway(): Gateway {
    return {
      load: async () => ({ executor: this.executor }),
      onSchemaLoadOrUpdate: (callback) => {
        resolvePlainFieldsByDefault(this.schema());
        callback({ apiSchema: this.schema(), coreSupergraphSdl: '' });
        return () => undefined;
      },
      stop: async () => this.seen.clear(),
    };
  }

  readonly executor: Executor = async (request) => {
    const { document, operationName, operation, context } = request;
    const variables = request.request.variables ?? {};
    const entry = this.entry(document, operationName ?? '', operation);
    if (entry.compiled) {
      this.stats.compiled++;
      // graphql-js checks the variables, so a wrong one is refused in its words (and Apollo's 400); the compiled
      // query then coerces the same raw values again, which for scalars and enums it does the same way.
      const checked = getVariableValues(this.schema(), operation.variableDefinitions ?? [], variables);
      if (checked.errors) return { errors: checked.errors };
      return (await entry.compiled.query(undefined, context, variables)) as ExecutionResult;
    }
    this.stats.interpreted++;
    return (await execute({
      schema: this.schema(),
      document,
      contextValue: context,
      variableValues: variables,
      operationName,
    })) as ExecutionResult;
  };

  /**
   * Reads whose variables are scalars or enums: the pages people load. Writes are dominated by their transaction,
   * and graphql-jit does not fill in an input object's field defaults (`tags: [String!]! = []`) as graphql-js
   * does, so operations taking input objects always run through graphql-js.
   */
  private compilable(operation: OperationDefinitionNode): boolean {
    if (operation.operation !== 'query') return false;
    return (operation.variableDefinitions ?? []).every((v) =>
      isLeafType(getNamedType(typeFromAST(this.schema(), v.type))),
    );
  }

  private entry(document: DocumentNode, operationName: string, operation: OperationDefinitionNode): Seen {
    let byName = this.seen.get(document);
    if (byName) {
      // Least recently used first in the map's order: a flood of one-off documents drops those, not the pages'.
      this.seen.delete(document);
    } else {
      if (this.seen.size >= COMPILED_LIMIT) this.seen.delete(this.seen.keys().next().value as DocumentNode);
      byName = new Map();
    }
    this.seen.set(document, byName);
    let entry = byName.get(operationName);
    if (!entry) byName.set(operationName, (entry = { compilable: this.compilable(operation), runs: 0 }));
    if (entry.compilable && !entry.compiled && ++entry.runs >= 2) {
      const compiled = compileQuery(this.schema(), document, operationName || undefined, {
        // Error stacks are never sent to clients; capturing them per error is wasted work.
        disablingCapturingStackErrors: true,
      });
      // A document Apollo validated always compiles; if one ever does not, graphql-js keeps running it.
      if (isCompiledQuery(compiled)) entry.compiled = compiled;
    }
    return entry;
  }
}

/**
 * Nest gives every plain `@Field()` a resolver that reads the property of the same name (its
 * `rootFieldResolver`), which makes graphql-jit call a function, build an info object and check for a promise
 * for each of the ~1 500 plain fields of a thread page, where it would otherwise read the property inline. Those
 * resolvers are removed where they do exactly what default resolution does: the field has no default value and
 * reads the property named like the field. Returns how many were removed.
 */
export function resolvePlainFieldsByDefault(schema: GraphQLSchema): number {
  let removed = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as ((source: object) => unknown) | undefined;
      if (!resolve || resolve.name !== 'rootFieldResolver') continue;
      const probe = {};
      if (resolve({}) !== undefined || resolve({ [field.name]: probe }) !== probe) continue;
      field.resolve = undefined;
      removed++;
    }
  }
  return removed;
}
