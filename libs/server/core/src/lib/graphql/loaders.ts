import DataLoader from 'dataloader';

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * A DataLoader that can also answer at once, without a promise, for a key primed with its value
 * (`loadKnown`). Pages read their rows with what the rows show (authors, the viewer's support), prime the
 * loaders with it, and a field resolver that returns the value itself lets graphql-js complete each row
 * synchronously: through `load`, every such field cost a promise, a microtask and a promiseForObject per
 * row. Only primed values are known (a batch's results keep going through `load`), with DataLoader's own
 * rule: a prime is ignored for a key already asked for or primed, until it is cleared.
 */
export class RequestLoader<K, V> extends DataLoader<K, V, string> {
  private readonly known = new Map<unknown, V>();
  private readonly asked = new Set<unknown>();
  private readonly cacheKeyOf: (key: K) => unknown;
  private readonly caches: boolean;

  constructor(batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, string>) {
    super(batch, options);
    this.cacheKeyOf = options?.cacheKeyFn ?? ((key: K) => key);
    this.caches = options?.cache !== false;
  }

  /** The value primed for this key, or what `load` answers. */
  loadKnown(key: K): V | Promise<V> {
    const cacheKey = this.cacheKeyOf(key);
    return this.known.has(cacheKey) ? (this.known.get(cacheKey) as V) : this.load(key);
  }

  override load(key: K): Promise<V> {
    const loading = super.load(key);
    if (this.caches) this.asked.add(this.cacheKeyOf(key));
    return loading;
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const cacheKey = this.cacheKeyOf(key);
    if (this.caches && !this.asked.has(cacheKey)) {
      this.asked.add(cacheKey);
      if (!(value instanceof Error) && !isPromiseLike(value)) this.known.set(cacheKey, value);
    }
    return super.prime(key, value);
  }

  override clear(key: K): this {
    const cacheKey = this.cacheKeyOf(key);
    this.asked.delete(cacheKey);
    this.known.delete(cacheKey);
    return super.clear(key);
  }

  override clearAll(): this {
    this.asked.clear();
    this.known.clear();
    return super.clearAll();
  }
}

/**
 * DataLoaders of one request. A loader is created the first time a key is asked for and
 * lives until the request ends, so batching and caching never cross requests or viewers.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, RequestLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>, options?: DataLoader.Options<K, V, string>): RequestLoader<K, V> {
    let loader = this.loaders.get(name) as RequestLoader<K, V> | undefined;
    if (!loader) {
      loader = new RequestLoader<K, V>(batch, options);
      this.loaders.set(name, loader as unknown as RequestLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Forget cached values after a write, so a mutation's payload shows the new state. */
  clearAll(): void {
    for (const loader of this.loaders.values()) loader.clearAll();
  }
}

/** Orders rows as the keys asked for, `null` where a key has no row (what DataLoader needs). */
export function orderByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): Array<V | null> {
  const byKey = new Map<K, V>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under the keys asked for, `[]` where a key has none. */
export function groupByKeys<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
