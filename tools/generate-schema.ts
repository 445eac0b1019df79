// Writes apps/api/schema.gql from the resolvers; the web app's generated types read it.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildSchemaSdl } from '../apps/api/src/graphql/schema';

buildSchemaSdl()
  .then((sdl) => {
    writeFileSync(process.argv[2] ?? 'apps/api/schema.gql', sdl);
    console.log('Wrote apps/api/schema.gql');
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
