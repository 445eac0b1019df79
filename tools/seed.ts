// `npm run seed`: seeds the demo community (categories, one account per role, threads and answers) unless it already ran.
import { seedDemoCommunity } from '../apps/api/src/seed/demo-seed';
import { parseCommand } from './args.cjs';
import { runTool, withServices } from './cli';

parseCommand({
  command: 'npm run seed',
  summary:
    'Seeds the demo community once (categories, one account per role, threads, answers and votes) into\n' +
    'DATABASE_URL or the embedded Postgres. Does nothing when it already ran. Not for real installs.',
});

runTool(() =>
  withServices(async (app, _db, config) => {
    const result = await seedDemoCommunity(app, config.dataDir);
    console.log(
      result.seeded
        ? `Seeded ${result.threads} threads. Sign in as:\n  ${result.signIns.join('\n  ')}`
        : 'The demo community was already seeded.',
    );
  }),
);
