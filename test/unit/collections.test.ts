/**
 * Sharded maps and sets (src/core/collections.ts) behave as Map and Set do, and spread the keys
 * of a long note over their parts, so that no part grows large enough to pause the host.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { numberShard, SHARDS, ShardedMap, ShardedSet, stringShard } from '../../src/core/collections';

type Op = { kind: 'set' | 'delete' | 'clear' | 'get'; key: string; value: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('set', 'set', 'set', 'delete', 'get', 'clear'),
  // A small alphabet, so keys repeat and deletes hit.
  key: fc.string({ unit: fc.constantFrom('a', 'b', '节', '\r', '\uD800', 'Z'), maxLength: 6 }),
  value: fc.integer(),
}) as fc.Arbitrary<Op>;

suite('sharded collections', () => {
  test('a ShardedMap answers as a Map after any sequence of operations', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const real = new Map<string, number>();
      const sharded = new ShardedMap<string, number>(stringShard);
      for (const o of ops) {
        if (o.kind === 'set') {
          assert.equal(sharded.set(o.key, o.value), sharded);
          real.set(o.key, o.value);
        } else if (o.kind === 'delete') {
          assert.equal(sharded.delete(o.key), real.delete(o.key));
        } else if (o.kind === 'get') {
          assert.equal(sharded.get(o.key), real.get(o.key));
          assert.equal(sharded.has(o.key), real.has(o.key));
        } else {
          sharded.clear();
          real.clear();
        }
        assert.equal(sharded.size, real.size);
      }
      const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
      assert.deepEqual([...sharded].sort(byKey), [...real].sort(byKey));
      assert.deepEqual([...sharded.keys()].sort(), [...real.keys()].sort());
      assert.deepEqual([...sharded.values()].sort(), [...real.values()].sort());
      const seen: [string, number][] = [];
      sharded.forEach((v, k, m) => {
        assert.equal(m, sharded);
        seen.push([k, v]);
      });
      assert.deepEqual(seen.sort(byKey), [...real].sort(byKey));
    }), { numRuns: 300, seed: 7 });
  });

  test('a ShardedSet answers as a Set after any sequence of operations', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
      const real = new Set<string>();
      const sharded = new ShardedSet<string>(stringShard);
      for (const o of ops) {
        if (o.kind === 'set') {
          assert.equal(sharded.add(o.key), sharded);
          real.add(o.key);
        } else if (o.kind === 'delete') {
          assert.equal(sharded.delete(o.key), real.delete(o.key));
        } else if (o.kind === 'get') {
          assert.equal(sharded.has(o.key), real.has(o.key));
        } else {
          sharded.clear();
          real.clear();
        }
        assert.equal(sharded.size, real.size);
      }
      assert.deepEqual([...sharded].sort(), [...real].sort());
      assert.deepEqual([...sharded.entries()].sort(), [...real.entries()].sort());
    }), { numRuns: 300, seed: 11 });
  });

  test('deleting while iterating visits every entry once, as a Map does', () => {
    const map = new ShardedMap<string, number>(stringShard);
    for (let i = 0; i < 5000; i++) map.set(`block ${i}`, i);
    let visited = 0;
    for (const [key, value] of map.entries()) {
      visited++;
      if (value % 2 === 0) map.delete(key);
    }
    assert.equal(visited, 5000);
    assert.equal(map.size, 2500);
    assert.ok([...map.values()].every((v) => v % 2 === 1));
  });

  test('the keys of a long note spread over every part: no part holds more than twice its share', () => {
    // Ids, headings and paragraphs as a 10 MB note has them: alike but for a number.
    const families = [
      (i: number) => `h:第 ${i} 节 Section ${i}`,
      (i: number) => `Plain paragraph ${i} with enough text to look like prose: the quick brown fox（${i}）。`,
      (i: number) => `- 术语${i}：一个用于测试的定义`,
      (i: number) => `b${i.toString(36)}`,
    ];
    const n = 64_000;
    for (const family of families) {
      const counts = new Array<number>(SHARDS).fill(0);
      for (let i = 0; i < n; i++) counts[stringShard(family(i))]++;
      const share = n / SHARDS;
      assert.ok(Math.max(...counts) <= 2 * share, `${family(0)}: the fullest part holds ${Math.max(...counts)} of ${n} (share ${share})`);
      assert.ok(Math.min(...counts) > 0, `${family(0)}: every part is used`);
    }
    const numbers = new Array<number>(SHARDS).fill(0);
    for (let i = 0; i < n; i++) numbers[numberShard(i)]++;
    assert.ok(Math.max(...numbers) <= 2 * (n / SHARDS), `line numbers: the fullest part holds ${Math.max(...numbers)}`);
    assert.equal(stringShard(''), 0);
    assert.equal(stringShard('same key'), stringShard('same key'));
  });
});
