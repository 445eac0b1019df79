// Every operation the web app sends fits the query limits with room to spare, so tightening the cost rules
// against abuse never breaks a page. (Variables get sample values; page sizes the pages use are literals.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  GraphQLSchema,
  GraphQLType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  typeFromAST,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { webOperations } from '@community/testing';
import {
  costEstimators,
  MAX_ALIASES,
  MAX_COMPLEXITY,
  MAX_DEPTH,
  operationCensus,
  operationDepth,
} from './query-limits';

const root = join(__dirname, '../../../..');

function sample(type: GraphQLType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(required.map((f) => [f.name, sample(f.type)]));
  }
  if (type.toString() === 'Int' || type.toString() === 'Float') return 20; // the default page size
  if (type.toString() === 'Boolean') return true;
  if (type.toString() === 'DateTime') return '2026-01-01T00:00:00Z';
  return '00000000-0000-4000-8000-000000000000';
}

const variablesFor = (schema: GraphQLSchema, op: OperationDefinitionNode) =>
  Object.fromEntries(
    (op.variableDefinitions ?? []).map((v) => [
      v.variable.name.value,
      sample(typeFromAST(schema, v.type as Parameters<typeof typeFromAST>[1])!),
    ]),
  );

it('every operation of the web app costs at most half the limit, within depth and alias caps', () => {
  const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));
  const operations = webOperations();
  expect(operations.length).toBeGreaterThan(30);
  const over: string[] = [];
  for (const { document, operation: op } of operations) {
    const variables = variablesFor(schema, op);
    const cost = getComplexity({
      schema,
      query: document,
      operationName: op.name?.value,
      variables,
      estimators: costEstimators(),
    });
    const depth = operationDepth(document, op);
    const { aliases } = operationCensus(document, op, variables);
    if (cost > MAX_COMPLEXITY / 2 || depth > MAX_DEPTH || aliases > MAX_ALIASES) {
      over.push(`${op.name?.value}: cost ${cost}, depth ${depth}, aliases ${aliases}`);
    }
  }
  expect(over).toEqual([]);
});
