// `npm run seed`: seeds the demo community (categories, one account per role, threads and answers) unless it already ran.
import { seedDemoCommunity } from '../apps/api/src/seed/demo-seed';
import { runTool, withServices } from './cli';

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
