// The one DataLoader registry: each request gets fresh loaders, so a page costs a fixed number of queries.
import DataLoader from 'dataloader';

export type Loaders = Map<string, DataLoader<unknown, unknown>>;

/**
 * Dispatch a batch once the event loop has handled every I/O result that is ready (setImmediate), not after
 * each one: fields that become ready from different query results in the same turn share one batch, so a
 * page's query count does not depend on which result happened to arrive first.
 */
const batchScheduleFn = (dispatch: () => void) => setImmediate(dispatch);

export function createLoaders(): Loaders {
  return new Map();
}

/**
 * Returns the request's loader for `name`, creating it on first use. `batch` receives unique keys and
 * returns rows; `keyOf` says which key a row answers, so missing rows resolve to `missing`.
 */
export function loaderFor<K, V>(
  loaders: Loaders,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  let loader = loaders.get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(
      async (keys) => {
        const rows = await batch(keys);
        const byKey = new Map(rows.map((r) => [keyOf(r), r]));
        return keys.map((k) => byKey.get(k) ?? null);
      },
      { batchScheduleFn },
    );
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Like loaderFor, but each key maps to a list of rows (one-to-many relations). */
export function listLoaderFor<K, V>(
  loaders: Loaders,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  let loader = loaders.get(name) as DataLoader<K, V[]> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V[]>(
      async (keys) => {
        const rows = await batch(keys);
        const byKey = new Map<K, V[]>();
        for (const r of rows) {
          const k = keyOf(r);
          const list = byKey.get(k);
          if (list) list.push(r);
          else byKey.set(k, [r]);
        }
        return keys.map((k) => byKey.get(k) ?? []);
      },
      { batchScheduleFn },
    );
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
