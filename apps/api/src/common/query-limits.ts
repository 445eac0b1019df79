// Limits how deep and how expensive one GraphQL operation may be, before anything runs.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from './errors';

export const MAX_DEPTH = 12;
export const MAX_COMPLEXITY = 20_000;

/** A list field's cost is its children's cost times the page size it asks for (`first`). */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * args.first : undefined;

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

export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return depthOf(operation.selectionSet, fragments);
}

const refuse = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });

export function queryLimitsPlugin(
  limits = { depth: MAX_DEPTH, complexity: MAX_COMPLEXITY },
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          if (!operation) return;
          const depth = operationDepth(document, operation);
          if (depth > limits.depth) {
            throw refuse(
              `This query nests ${depth} levels deep; at most ${limits.depth} are allowed. Ask for less at once.`,
            );
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: request.operationName,
              variables: request.variables,
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not fit the schema: execution reports them as BAD_USER_INPUT, naming the variable.
            return;
          }
          if (complexity > limits.complexity) {
            throw refuse(
              `This query would cost ${complexity} (at most ${limits.complexity}). Ask for smaller pages (first) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
