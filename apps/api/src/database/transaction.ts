// The one way services run several writes atomically: a failed mutation stores nothing.
import { DataSource, EntityManager } from 'typeorm';

export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction('READ COMMITTED', work);
}
