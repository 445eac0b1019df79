// Private categories as one viewer sees them: the categories they may not read, and those they may read but
// not post in. Loaded once per request (one small query; none for staff, who see everything) so that every
// visibility rule in the guardian stays synchronous, and turned into SQL for lists, search, feeds and counts.
import type { AccountEntity } from '../accounts/account.entity';
import { isStaffRole } from './roles';

export interface CategoryAccess {
  /** Whose access this is (null: a visitor); a guardian refuses to use another account's. */
  accountId: string | null;
  /** Categories whose read groups the viewer belongs to none of: invisible, with everything in them. */
  hidden: ReadonlySet<string>;
  /** Categories the viewer may read but not post in (post groups they are not in). */
  readOnly: ReadonlySet<string>;
}

/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Per restricted category and kind of access, whether the account whose id is in `accountColumn` is in one of
 * its groups: the one statement over the groups feature's permission and membership tables (declared as a read
 * model in tools/boundaries/read-models.json), run alone or inside another statement.
 */
const accessRowsSql = (accountColumn: string) =>
  `SELECT p.category_id AS "categoryId", p.access, bool_or(m.account_id IS NOT NULL) AS member
     FROM category_permissions p
     LEFT JOIN group_members m ON m.group_id = p.group_id AND m.account_id = ${accountColumn}
    GROUP BY p.category_id, p.access`;

type AccessRow = { categoryId: string; access: 'READ' | 'POST'; member: boolean };

/** Staff and admins: no limits. */
export const unlimited = (accountId: string): CategoryAccess => ({
  accountId,
  hidden: new Set(),
  readOnly: new Set(),
});

/** The viewer's access, in one query (none for staff). */
export async function loadCategoryAccess(
  db: Queryable,
  account: Pick<AccountEntity, 'id' | 'role'> | null,
): Promise<CategoryAccess> {
  if (account && isStaffRole(account.role)) return unlimited(account.id);
  const accountId = account?.id ?? null;
  return accessFrom(accountId, (await db.query(accessRowsSql('$1'), [accountId])) as AccessRow[]);
}

/**
 * The same rows as one JSON column of another statement: the session lookup reads the viewer and their access
 * in one round trip (every signed-in request starts with both). Read it back with `categoryAccessFromColumn`.
 */
export function categoryAccessColumnSql(accountColumn: string): string {
  return `(SELECT coalesce(json_agg(x), '[]'::json) FROM (${accessRowsSql(accountColumn)}) x)`;
}

/** The access a `categoryAccessColumnSql` column holds (as pg parses JSON); staff have no limits. */
export function categoryAccessFromColumn(
  account: Pick<AccountEntity, 'id' | 'role'>,
  column: unknown,
): CategoryAccess {
  if (isStaffRole(account.role)) return unlimited(account.id);
  if (!Array.isArray(column)) throw new Error('category access column: expected a JSON array');
  return accessFrom(account.id, column as AccessRow[]);
}

/** Several accounts at once (notification fan-out): one query for all of them. */
export async function loadCategoryAccessFor(
  db: Queryable,
  accounts: readonly Pick<AccountEntity, 'id' | 'role'>[],
): Promise<Map<string, CategoryAccess>> {
  const out = new Map<string, CategoryAccess>();
  const others = accounts.filter((a) => !isStaffRole(a.role)).map((a) => a.id);
  for (const a of accounts) if (isStaffRole(a.role)) out.set(a.id, unlimited(a.id));
  if (!others.length) return out;
  const rows = (await db.query(
    `SELECT a.id AS "accountId", p.category_id AS "categoryId", p.access,
            bool_or(m.account_id IS NOT NULL) AS member
       FROM unnest($1::uuid[]) AS a(id)
       CROSS JOIN category_permissions p
       LEFT JOIN group_members m ON m.group_id = p.group_id AND m.account_id = a.id
      GROUP BY a.id, p.category_id, p.access`,
    [others],
  )) as (AccessRow & { accountId: string })[];
  for (const id of others)
    out.set(
      id,
      accessFrom(
        id,
        rows.filter((r) => r.accountId === id),
      ),
    );
  return out;
}

function accessFrom(accountId: string | null, rows: AccessRow[]): CategoryAccess {
  const hidden = new Set<string>();
  const readOnly = new Set<string>();
  for (const r of rows) {
    if (r.member) continue;
    (r.access === 'READ' ? hidden : readOnly).add(r.categoryId);
  }
  for (const id of hidden) readOnly.delete(id);
  return { accountId, hidden, readOnly };
}

/**
 * SQL true when the category in `column` is readable: parameter-free (ids are checked to be UUIDs and written
 * as a literal), so it fits raw queries and query builders alike.
 */
export function readableCategorySql(column: string, hidden: ReadonlySet<string>): string {
  if (!hidden.size) return 'TRUE';
  const ids = [...hidden];
  if (!ids.every((id) => UUID.test(id))) throw new Error('category ids must be UUIDs');
  return `(${column} IS NULL OR ${column} <> ALL('{${ids.join(',')}}'::uuid[]))`;
}
