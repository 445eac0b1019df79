// `npm run account`: creates an account, or promotes the existing one with that email, so a fresh install can
// get its first admin. An existing account keeps its password unless --reset-password says otherwise.
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Role } from '../apps/api/src/accounts/account.entity';
import { PASSWORD_MIN, SignUpInput } from '../apps/api/src/accounts/accounts.inputs';
import { AccountsService } from '../apps/api/src/accounts/accounts.service';
import { parseCommand } from './args.cjs';
import { runTool, UsageError, withServices } from './cli';

const ACCOUNT = {
  command: 'npm run account',
  summary:
    'Creates an account, or promotes the existing account with that email (role and job title).\n' +
    'An existing account keeps its password: pass --reset-password with --password to replace it.',
  options: {
    email: { type: 'string', valueName: 'E', description: 'the account’s email (required)', required: true },
    handle: { type: 'string', valueName: 'H', description: 'public handle (needed to create)' },
    password: {
      type: 'string',
      valueName: 'P',
      description: `password, at least ${PASSWORD_MIN} characters (needed to create)`,
    },
    role: { type: 'string', valueName: 'R', description: 'member (default), employee, moderator or admin' },
    name: { type: 'string', valueName: 'N', description: 'display name (default: the handle)' },
    'job-title': { type: 'string', valueName: 'T', description: 'shown on official answers (employees)' },
    'reset-password': {
      type: 'boolean',
      description: 'replace an existing account’s password with --password',
    },
  },
} as const;

const { values } = parseCommand(ACCOUNT);
const refuse = (problem: string): never => {
  throw new UsageError(problem);
};

runTool(async () => {
  const role = values.role === undefined ? undefined : (values.role.toUpperCase() as Role);
  if (role && !Object.values(Role).includes(role))
    refuse(`Unknown role "${values.role}": use member, employee, moderator or admin.`);
  if (values['reset-password'] && !values.password) refuse('--reset-password needs the new --password.');
  if (values.password !== undefined && values.password.length < PASSWORD_MIN)
    refuse(`Password must be at least ${PASSWORD_MIN} characters.`);
  const jobTitle = values['job-title'] ?? (role === Role.EMPLOYEE ? 'Community Team' : undefined);

  await withServices(async (app) => {
    const accounts = app.get(AccountsService);
    const existing = await accounts.findByEmail(values.email!);
    if (existing) {
      if (values.password && !values['reset-password'])
        refuse(
          `${existing.handle} <${existing.email}> already exists; nothing was changed.\n` +
            'To promote it, leave out --password; to replace its password as well, add --reset-password.',
        );
      const account = await accounts.promote(existing, {
        role,
        jobTitle:
          values['job-title'] ?? (role === Role.EMPLOYEE && !existing.jobTitle ? jobTitle : undefined),
        password: values['reset-password'] ? values.password : undefined,
      });
      console.log(
        `Updated ${account.handle} <${account.email}> as ${account.role.toLowerCase()}; ` +
          `password ${values['reset-password'] ? 'replaced' : 'unchanged'}.`,
      );
      return;
    }
    const input = plainToInstance(SignUpInput, {
      email: values.email,
      handle: values.handle,
      displayName: values.name ?? values.handle,
      password: values.password,
    });
    const problems = (await validate(input)).flatMap((e) => Object.values(e.constraints ?? {}));
    if (problems.length) refuse(problems.join('\n'));
    const account = await accounts.create({ ...input, role: role ?? Role.MEMBER, jobTitle });
    console.log(`Created ${account.handle} <${account.email}> as ${account.role.toLowerCase()}.`);
  });
});
