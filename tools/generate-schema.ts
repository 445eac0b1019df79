// Writes apps/api/schema.gql from the resolvers; the web app's generated types read it.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildSchemaSdl } from '../apps/api/src/graphql/schema';
import { parseCommand } from './args.cjs';

const { positionals } = parseCommand({
  command: 'node dist/tools/generate-schema.js',
  summary:
    'Writes the GraphQL schema from the resolvers (`npm run schema` also regenerates the web app’s types).',
  positionals: [{ name: 'file', description: 'where to write it (default apps/api/schema.gql)' }],
});
const file = positionals[0] ?? 'apps/api/schema.gql';

buildSchemaSdl()
  .then((sdl) => {
    writeFileSync(file, sdl);
    console.log(`Wrote ${file}`);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
