// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded Postgres under DATA_DIR.
import { runTool, withDatabase } from './cli';

runTool(() =>
  withDatabase(async (db) => {
    console.log(db.migrated.length ? `Applied: ${db.migrated.join(', ')}` : 'The schema is up to date.');
  }),
);
