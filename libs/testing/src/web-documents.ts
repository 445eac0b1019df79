// The web app's GraphQL operations as its generated client sends them (apps/web/src/gql/graphql.ts: each
// operation's document with the fragments it spreads), for tests that check every page's operation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentNode, Kind, OperationDefinitionNode, print } from 'graphql';

export interface WebOperation {
  name: string;
  /** The document as sent: the operation and its fragments. */
  text: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

export function webOperations(): WebOperation[] {
  const generated = readFileSync(join(__dirname, '../../../apps/web/src/gql/graphql.ts'), 'utf8');
  return [...generated.matchAll(/export const \w+Document = (\{.*?\}) as unknown as DocumentNode/gs)].flatMap(
    (m) => {
      const document = JSON.parse(m[1]) as DocumentNode;
      const operation = document.definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      return operation
        ? [{ name: operation.name?.value ?? '', text: print(document), document, operation }]
        : [];
    },
  );
}
