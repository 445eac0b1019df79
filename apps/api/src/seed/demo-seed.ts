// The demo community seeded on first start: a few categories and one account of each role.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Role } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { CategoriesService, NewCategory } from '../categories/categories.service';
import { SystemStateEntity } from '../system/system-state.entity';

export const DEMO_CATEGORIES: NewCategory[] = [
  {
    slug: 'getting-started',
    name: 'Getting started',
    description: 'Setting up, first steps and the basics.',
    position: 1,
    responseTargetMinutes: 240,
  },
  {
    slug: 'billing',
    name: 'Billing & accounts',
    description: 'Invoices, payments, plans and your account.',
    position: 2,
    responseTargetMinutes: 120,
  },
  {
    slug: 'troubleshooting',
    name: 'Troubleshooting',
    description: 'Something is not working as it should.',
    position: 3,
    responseTargetMinutes: 480,
  },
  {
    slug: 'ideas',
    name: 'Ideas',
    description: 'Suggest improvements and vote on what we build next.',
    position: 4,
    responseTargetMinutes: 2880,
  },
  {
    slug: 'announcements',
    name: 'Announcements',
    description: 'News and updates from the team.',
    position: 5,
    responseTargetMinutes: 1440,
  },
];

export const DEMO_ACCOUNTS = [
  {
    handle: 'admin',
    displayName: 'Alex Admin',
    email: 'admin@demo.community',
    role: Role.ADMIN,
    jobTitle: 'Community Lead',
  },
  {
    handle: 'moderator',
    displayName: 'Mo Derator',
    email: 'moderator@demo.community',
    role: Role.MODERATOR,
    jobTitle: null,
  },
  {
    handle: 'employee',
    displayName: 'Erin Employee',
    email: 'employee@demo.community',
    role: Role.EMPLOYEE,
    jobTitle: 'Support Engineer',
  },
  {
    handle: 'member',
    displayName: 'Max Member',
    email: 'member@demo.community',
    role: Role.MEMBER,
    jobTitle: null,
  },
];

const SEED_KEY = 'demo-seed';

export interface SeedResult {
  seeded: boolean;
  /** Sign-in lines for the demo accounts created now (empty when the seed had already run). */
  signIns: string[];
}

export async function seedDemoCommunity(deps: {
  dataSource: DataSource;
  accounts: AccountsService;
  categories: CategoriesService;
  dataDir: string;
}): Promise<SeedResult> {
  const state = deps.dataSource.getRepository(SystemStateEntity);
  if (await state.findOne({ where: { key: SEED_KEY } })) return { seeded: false, signIns: [] };

  for (const category of DEMO_CATEGORIES) await deps.categories.ensure(category);
  const signIns: string[] = [];
  for (const demo of DEMO_ACCOUNTS) {
    if (await deps.accounts.findByEmail(demo.email)) continue;
    const password = `demo-${randomBytes(6).toString('hex')}`;
    await deps.accounts.create({ ...demo, password });
    signIns.push(`${demo.role.toLowerCase().padEnd(10)} ${demo.email}  password: ${password}`);
  }
  await state.save({ key: SEED_KEY, value: { at: new Date().toISOString() } });
  if (signIns.length) {
    // Passwords are random per installation; keep them where the person who started it can find them again.
    mkdirSync(deps.dataDir, { recursive: true });
    writeFileSync(join(deps.dataDir, 'demo-accounts.txt'), signIns.join('\n') + '\n', { mode: 0o600 });
  }
  return { seeded: true, signIns };
}
