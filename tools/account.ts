// `npm run account -- --email E --handle H --password P --role admin [--name "Display Name"] [--job-title "Title"]`
// Creates the account, or promotes the existing one with that email, so a fresh install can get its first admin.
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Role } from '../apps/api/src/accounts/account.entity';
import { SignUpInput } from '../apps/api/src/accounts/accounts.inputs';
import { AccountsService } from '../apps/api/src/accounts/accounts.service';
import { parseFlags, runTool, withServices } from './cli';

const USAGE =
  'usage: npm run account -- --email E --handle H --password P --role member|employee|moderator|admin [--name "Display Name"] [--job-title "Title"]';

runTool(async () => {
  const flags = parseFlags(process.argv.slice(2));
  const role = (flags.role ?? 'member').toUpperCase() as Role;
  if (!Object.values(Role).includes(role)) {
    console.error(`Unknown role "${flags.role}": use member, employee, moderator or admin.\n${USAGE}`);
    process.exit(2);
  }
  const input = plainToInstance(SignUpInput, {
    email: flags.email,
    handle: flags.handle,
    displayName: flags.name ?? flags.handle,
    password: flags.password,
  });
  const problems = (await validate(input)).flatMap((e) => Object.values(e.constraints ?? {}));
  if (problems.length) {
    console.error(`${problems.join('\n')}\n${USAGE}`);
    process.exit(2);
  }
  const jobTitle = flags['job-title'] ?? (role === Role.EMPLOYEE ? 'Community Team' : undefined);
  await withServices(async (app) => {
    const { account, created } = await app.get(AccountsService).upsert({ ...input, role, jobTitle });
    console.log(
      `${created ? 'Created' : 'Updated'} ${account.handle} <${account.email}> as ${account.role.toLowerCase()}.`,
    );
  });
});
