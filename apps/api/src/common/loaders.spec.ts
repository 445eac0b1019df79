import { createLoaders, listLoaderFor, loaded, loaderFor, whenLoaded } from './loaders';

const rows = [
  { id: 'a', group: 'x' },
  { id: 'b', group: 'x' },
  { id: 'c', group: 'y' },
];

describe('loaders', () => {
  it('hand out a value at once once it is loaded, a promise before, and batch as before', async () => {
    const loaders = createLoaders();
    const batches: string[][] = [];
    const byId = () =>
      loaderFor<string, (typeof rows)[number]>(
        loaders,
        'byId',
        async (ids) => {
          batches.push([...ids]);
          return rows.filter((r) => ids.includes(r.id));
        },
        (r) => r.id,
      );
    const first = loaded(byId(), 'a');
    const missing = loaded(byId(), 'zz');
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toEqual(rows[0]);
    expect(await missing).toBeNull();
    expect(batches).toEqual([['a', 'zz']]);

    // Loaded: the value itself, and the missing one as null, without another batch.
    expect(loaded(byId(), 'a')).toEqual(rows[0]);
    expect(loaded(byId(), 'zz')).toBeNull();
    expect(loaded(byId(), 'b')).toBeInstanceOf(Promise);
    expect(batches).toHaveLength(1);
  });

  it('do the same for lists', async () => {
    const loaders = createLoaders();
    const byGroup = () =>
      listLoaderFor<string, (typeof rows)[number]>(
        loaders,
        'byGroup',
        async (groups) => rows.filter((r) => groups.includes(r.group)),
        (r) => r.group,
      );
    expect(await loaded(byGroup(), 'x')).toEqual(rows.slice(0, 2));
    expect(loaded(byGroup(), 'x')).toEqual(rows.slice(0, 2));
  });

  it('whenLoaded works on a value now and on a promise later', async () => {
    expect(whenLoaded(2, (n) => n * 3)).toBe(6);
    const later = whenLoaded(Promise.resolve(2), (n) => n * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
  });
});
