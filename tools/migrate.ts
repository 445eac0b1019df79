// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded Postgres under DATA_DIR.
import { parseCommand } from './args.cjs';
import { runTool, withDatabase } from './cli';

parseCommand({
  command: 'npm run migrate',
  summary:
    'Applies pending migrations to DATABASE_URL, or to the embedded Postgres under DATA_DIR.\n' +
    '`npm start` does this too at every start.',
});

runTool(() =>
  withDatabase(async (db) => {
    console.log(db.migrated.length ? `Applied: ${db.migrated.join(', ')}` : 'The schema is up to date.');
  }),
);
