import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '@community/testing';
import { AccountEntity, Role } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { CategoriesService } from '../categories/categories.service';
import { CategoryEntity } from '../categories/category.entity';
import { DEMO_CATEGORIES, seedDemoCommunity } from './demo-seed';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo seed', () => {
  it('creates the categories and one account of each role once, and the printed passwords sign in', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'seed-'));
    const deps = {
      dataSource: t.dataSource,
      accounts: t.app.get(AccountsService),
      categories: t.app.get(CategoriesService),
      dataDir,
    };
    const first = await seedDemoCommunity(deps);
    expect(first.seeded).toBe(true);
    expect(first.signIns).toHaveLength(4);
    expect(readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8')).toContain('admin@demo.community');

    const second = await seedDemoCommunity(deps);
    expect(second).toEqual({ seeded: false, signIns: [] });
    expect(await t.dataSource.getRepository(CategoryEntity).count()).toBe(DEMO_CATEGORIES.length);
    const roles = (await t.dataSource.getRepository(AccountEntity).find()).map((a) => a.role).sort();
    expect(roles).toEqual([Role.ADMIN, Role.EMPLOYEE, Role.MEMBER, Role.MODERATOR]);

    const [, email, , password] = first.signIns.find((l) => l.startsWith('employee'))!.split(/\s+/);
    const me = await t
      .client()
      .ok<{ signIn: { role: string; jobTitle: string } }>(
        'mutation($i: SignInInput!) { signIn(input: $i) { role jobTitle } }',
        { i: { email, password } },
      );
    expect(me.signIn).toEqual({ role: 'EMPLOYEE', jobTitle: 'Support Engineer' });
  });

  it('lists categories in display order and finds one by slug', async () => {
    const { categories } = await t.client().ok<{ categories: { slug: string }[] }>('{ categories { slug } }');
    expect(categories.map((c) => c.slug)).toEqual(DEMO_CATEGORIES.map((c) => c.slug));
    const { category } = await t
      .client()
      .ok<{ category: { name: string } | null }>('{ category(slug: "billing") { name } }');
    expect(category?.name).toBe('Billing & accounts');
    const { category: none } = await t.client().ok<{ category: null }>('{ category(slug: "nope") { name } }');
    expect(none).toBeNull();
  });
});
