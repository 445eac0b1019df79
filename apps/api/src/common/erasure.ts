// What erasing a person asks of each feature that holds their data (issue 9: one owner per table). Privacy's
// erasure (apps/api/src/privacy/erasure.ts) calls each owning service's `erasePerson` in one transaction,
// passing its EntityManager; each returns how many rows of its tables it changed, for the audit row.
import { EntityManager } from 'typeorm';

/** The name an erased person's public posts and signed announcements keep. */
export const ERASED_NAME = 'Deleted user';

export interface ErasedPerson {
  id: string;
  /** The address before erasure (mail and webhook payloads are found by it). */
  email: string;
  /** Also remove their public threads, answers and comments instead of keeping them anonymously. */
  deletePosts: boolean;
}

export type ErasureCounts = Record<string, number | boolean>;

/** Rows an UPDATE or DELETE run through `manager.query` touched (it returns [rows, count]). */
export const rowCount = (result: unknown): number =>
  Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;

/** Runs named statements with the person's id as $1 and counts the rows each touched. */
export async function eraseRows(
  manager: EntityManager,
  statements: Record<string, string>,
  params: unknown[],
): Promise<ErasureCounts> {
  const counts: ErasureCounts = {};
  for (const [name, sql] of Object.entries(statements))
    counts[name] = rowCount(await manager.query(sql, params));
  return counts;
}
