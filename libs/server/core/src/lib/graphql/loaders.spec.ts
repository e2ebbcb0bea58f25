import { LoaderRegistry, RequestLoader } from './loaders';

interface Key {
  id: string;
}

function loaderCounting(options?: { cache?: false }) {
  const batches: string[][] = [];
  const loader = new RequestLoader<Key, string>(
    async (keys) => {
      batches.push(keys.map((key) => key.id));
      return keys.map((key) => `loaded ${key.id}`);
    },
    { cacheKeyFn: (key) => key.id, ...options },
  );
  return { loader, batches };
}

describe('RequestLoader', () => {
  it('answers a primed key at once, without a promise or a batch', async () => {
    const { loader, batches } = loaderCounting();
    loader.prime({ id: 'a' }, 'primed a');
    expect(loader.loadKnown({ id: 'a' })).toBe('primed a');
    await expect(loader.load({ id: 'a' })).resolves.toBe('primed a');
    const other = loader.loadKnown({ id: 'b' });
    expect(other).toBeInstanceOf(Promise);
    await expect(other).resolves.toBe('loaded b');
    expect(batches).toEqual([['b']]);
  });

  it('keeps DataLoader’s rule: a prime after a load, or a second prime, changes nothing until cleared', async () => {
    const { loader } = loaderCounting();
    const loading = loader.load({ id: 'a' });
    loader.prime({ id: 'a' }, 'primed a');
    await expect(loading).resolves.toBe('loaded a');
    await expect(loader.loadKnown({ id: 'a' })).resolves.toBe('loaded a');
    loader.prime({ id: 'b' }, 'first b').prime({ id: 'b' }, 'second b');
    expect(loader.loadKnown({ id: 'b' })).toBe('first b');
    loader.clear({ id: 'b' }).prime({ id: 'b' }, 'third b');
    expect(loader.loadKnown({ id: 'b' })).toBe('third b');
  });

  it('forgets primed values once cleared, and never knows an error, a promise or an uncached loader’s value', async () => {
    const { loader, batches } = loaderCounting();
    loader.prime({ id: 'a' }, 'primed a');
    loader.clearAll();
    await expect(loader.loadKnown({ id: 'a' })).resolves.toBe('loaded a');
    loader.prime({ id: 'e' }, new Error('gone'));
    await expect(loader.loadKnown({ id: 'e' })).rejects.toThrow('gone');
    loader.prime({ id: 'p' }, Promise.resolve('promised p'));
    await expect(loader.loadKnown({ id: 'p' })).resolves.toBe('promised p');
    const uncached = loaderCounting({ cache: false });
    uncached.loader.prime({ id: 'a' }, 'primed a');
    await expect(uncached.loader.loadKnown({ id: 'a' })).resolves.toBe('loaded a');
    expect(batches).toEqual([['a']]);
  });

  it('is what the registry of a request hands out, and clearAll reaches it', async () => {
    const registry = new LoaderRegistry();
    const loader = registry.get<string, string>('test', async (keys) => keys.map((key) => `loaded ${key}`));
    loader.prime('a', 'primed a');
    expect(loader.loadKnown('a')).toBe('primed a');
    registry.clearAll();
    await expect(loader.loadKnown('a')).resolves.toBe('loaded a');
  });
});
