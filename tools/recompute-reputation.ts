// `npm run recompute-reputation`: rebuilds every account's reputation from the ledger and reports disagreements.
// Exit code 0 when the stored totals already agreed, 3 when some had to be corrected.
import { ReputationService } from '../apps/api/src/reputation/reputation.service';
import { parseCommand } from './args.cjs';
import { runTool, withServices } from './cli';

parseCommand({
  command: 'npm run recompute-reputation',
  summary:
    'Rebuilds every reputation total from the ledger. Exit code 0 when every stored total agreed,\n' +
    '3 when some disagreed (and were corrected).',
});

runTool(() =>
  withServices(async (app) => {
    const { accounts, corrected } = await app.get(ReputationService).recomputeAll();
    for (const fix of corrected)
      console.log(`  ${fix.id}: stored ${fix.stored}, ledger says ${fix.ledger} (corrected)`);
    console.log(
      `${accounts} accounts checked; ${corrected.length ? `${corrected.length} corrected` : 'every stored total agrees with the ledger'}.`,
    );
    if (corrected.length) process.exitCode = 3;
  }),
);
