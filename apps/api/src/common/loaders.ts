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
 * What each loader has already loaded, by key. DataLoader only hands out promises, and a promise costs a
 * microtask and a closure even when its value is long known: fields met once per answer of a page (its
 * abilities, whether it is accepted, its comments) ask for the thread the page loaded first, and read it here
 * without waiting (see `loaded`).
 */
const SETTLED = new WeakMap<DataLoader<unknown, unknown>, Map<unknown, unknown>>();

/** The loader's value for `key` when it has been loaded already, else its promise (DataLoader's `load`). */
export function loaded<K, V>(loader: DataLoader<K, V>, key: K): V | Promise<V> {
  const settled = SETTLED.get(loader as DataLoader<unknown, unknown>);
  if (settled?.has(key)) return settled.get(key) as V;
  return loader.load(key);
}

/** `use(value)` now if the value is there, else once it is: for field resolvers that read `loaded` values. */
export function whenLoaded<T, R>(value: T | Promise<T>, use: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(use) : use(value);
}

/** A DataLoader whose loaded values `loaded` can read at once. */
function settlingLoader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  const settled = new Map<K, V>();
  const loader = new DataLoader<K, V>(
    async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, i) => settled.set(key, values[i]));
      return values;
    },
    { batchScheduleFn },
  );
  SETTLED.set(loader as DataLoader<unknown, unknown>, settled as Map<unknown, unknown>);
  return loader;
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
    loader = settlingLoader<K, V | null>(async (keys) => {
      const rows = await batch(keys);
      const byKey = new Map(rows.map((r) => [keyOf(r), r]));
      return keys.map((k) => byKey.get(k) ?? null);
    });
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
    loader = settlingLoader<K, V[]>(async (keys) => {
      const rows = await batch(keys);
      const byKey = new Map<K, V[]>();
      for (const r of rows) {
        const k = keyOf(r);
        const list = byKey.get(k);
        if (list) list.push(r);
        else byKey.set(k, [r]);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
