/**
 * Maps and sets split into many small ones, for collections that grow to tens of thousands of
 * entries while the extension host works in short turns (src/host/turns.ts).
 *
 * Why: a JavaScript Map or Set grows by rehashing every entry into a table twice the size, in
 * one go. At 65,536 entries that took 18 ms in Node and 60–90 ms in the browser's extension
 * host under load — one `set` call holding the host longer than a whole turn may. Split into
 * SHARDS parts, each part grows 64 times more often but by a 64th of the work, so no single
 * call pauses for long. Which part holds a key comes from `shardOf`, a cheap function of the key
 * that must give the same number for the same key every time.
 *
 * No `vscode` import: core code.
 */

/** How many parts a sharded collection has (a power of two). */
export const SHARDS = 64;
const MASK = SHARDS - 1;

/**
 * A part number for a string: from its length and its first and last 8 characters (keys can be
 * whole paragraphs; hashing all of each would cost more than the map saves).
 */
export function stringShard(key: string): number {
  const n = key.length;
  let h = Math.imul(n, 0x9e3779b1);
  const head = Math.min(n, 8);
  for (let i = 0; i < head; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, n - 8); i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return n === 0 ? 0 : mix(h);
}

/** The top bits of a 32-bit murmur finaliser: every input bit moves them. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 26;
}

/** A part number for an integer. */
export function numberShard(key: number): number {
  return mix(Math.imul(key | 0, 0x9e3779b1));
}

/** What a part of a sharded collection is: a Map or a Set. */
interface Part<K> {
  readonly size: number;
  has(key: K): boolean;
  delete(key: K): boolean;
  clear(): void;
}

/** The parts, the count and the operations a sharded Map and Set share. */
abstract class Sharded<K, P extends Part<K>> {
  protected readonly parts: P[] = [];
  private count = 0;

  constructor(private readonly shardOf: (key: K) => number, make: () => P) {
    for (let i = 0; i < SHARDS; i++) this.parts.push(make());
  }

  protected part(key: K): P {
    return this.parts[this.shardOf(key) & MASK];
  }

  /** Counts what an addition to `part` (of `before` entries until then) added. */
  protected added(part: P, before: number): this {
    this.count += part.size - before;
    return this;
  }

  get size(): number {
    return this.count;
  }

  has(key: K): boolean {
    return this.part(key).has(key);
  }

  delete(key: K): boolean {
    const deleted = this.part(key).delete(key);
    if (deleted) this.count--;
    return deleted;
  }

  clear(): void {
    for (const part of this.parts) part.clear();
    this.count = 0;
  }
}

/** A Map whose entries are kept in SHARDS smaller maps (see the module comment). Iteration goes part by part, not in insertion order. */
export class ShardedMap<K, V> extends Sharded<K, Map<K, V>> implements Map<K, V> {
  constructor(shardOf: (key: K) => number) {
    super(shardOf, () => new Map());
  }

  get(key: K): V | undefined {
    return this.part(key).get(key);
  }

  set(key: K, value: V): this {
    const part = this.part(key);
    const before = part.size;
    part.set(key, value);
    return this.added(part, before);
  }

  forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  *entries(): MapIterator<[K, V]> {
    for (const part of this.parts) yield* part.entries();
  }

  *keys(): MapIterator<K> {
    for (const part of this.parts) yield* part.keys();
  }

  *values(): MapIterator<V> {
    for (const part of this.parts) yield* part.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'ShardedMap';
  }
}

/** A Set whose members are kept in SHARDS smaller sets (see the module comment). */
export class ShardedSet<T> extends Sharded<T, Set<T>> implements Set<T> {
  constructor(shardOf: (value: T) => number) {
    super(shardOf, () => new Set());
  }

  add(value: T): this {
    const part = this.part(value);
    const before = part.size;
    part.add(value);
    return this.added(part, before);
  }

  forEach(callback: (value: T, value2: T, set: Set<T>) => void, thisArg?: unknown): void {
    for (const value of this.values()) callback.call(thisArg, value, value, this);
  }

  *values(): SetIterator<T> {
    for (const part of this.parts) yield* part.values();
  }

  keys(): SetIterator<T> {
    return this.values();
  }

  *entries(): SetIterator<[T, T]> {
    for (const value of this.values()) yield [value, value];
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.values();
  }

  get [Symbol.toStringTag](): string {
    return 'ShardedSet';
  }
}
