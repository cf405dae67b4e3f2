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

/** A Map whose entries are kept in SHARDS smaller maps (see the module comment). Iteration goes part by part, not in insertion order. */
export class ShardedMap<K, V> implements Map<K, V> {
  private readonly parts: Map<K, V>[] = [];
  private count = 0;

  constructor(private readonly shardOf: (key: K) => number) {
    for (let i = 0; i < SHARDS; i++) this.parts.push(new Map());
  }

  private part(key: K): Map<K, V> {
    return this.parts[this.shardOf(key) & MASK];
  }

  get size(): number {
    return this.count;
  }

  get(key: K): V | undefined {
    return this.part(key).get(key);
  }

  has(key: K): boolean {
    return this.part(key).has(key);
  }

  set(key: K, value: V): this {
    const part = this.part(key);
    const before = part.size;
    part.set(key, value);
    this.count += part.size - before;
    return this;
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
export class ShardedSet<T> implements Set<T> {
  private readonly parts: Set<T>[] = [];
  private count = 0;

  constructor(private readonly shardOf: (value: T) => number) {
    for (let i = 0; i < SHARDS; i++) this.parts.push(new Set());
  }

  private part(value: T): Set<T> {
    return this.parts[this.shardOf(value) & MASK];
  }

  get size(): number {
    return this.count;
  }

  has(value: T): boolean {
    return this.part(value).has(value);
  }

  add(value: T): this {
    const part = this.part(value);
    const before = part.size;
    part.add(value);
    this.count += part.size - before;
    return this;
  }

  delete(value: T): boolean {
    const deleted = this.part(value).delete(value);
    if (deleted) this.count--;
    return deleted;
  }

  clear(): void {
    for (const part of this.parts) part.clear();
    this.count = 0;
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
