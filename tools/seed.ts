// `npm run seed`: seeds the demo community (categories and one account per role) unless it already ran.
import { AccountsService } from '../apps/api/src/accounts/accounts.service';
import { CategoriesService } from '../apps/api/src/categories/categories.service';
import { seedDemoCommunity } from '../apps/api/src/seed/demo-seed';
import { runTool, withServices } from './cli';

runTool(() =>
  withServices(async (app, db, config) => {
    const result = await seedDemoCommunity({
      dataSource: db.dataSource,
      accounts: app.get(AccountsService),
      categories: app.get(CategoriesService),
      dataDir: config.dataDir,
    });
    console.log(
      result.seeded
        ? `Seeded. Sign in as:\n  ${result.signIns.join('\n  ')}`
        : 'The demo community was already seeded.',
    );
  }),
);
