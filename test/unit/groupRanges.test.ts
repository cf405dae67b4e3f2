/**
 * How the Topics view groups a long list (groupRanges): ranges of 100 items, ranges of ranges
 * when there would be more than 500, so that no level shows more than 500 nodes.
 */
import * as assert from 'node:assert/strict';
import { groupRanges, type ItemRange } from '../../src/core/notes';

/** The ranges as `first+count/size`, nested ranges in brackets. */
function show(ranges: readonly ItemRange[]): string[] {
  return ranges.map((r) => `${r.first}+${r.count}/${r.size}${r.groups.length ? ` [${show(r.groups).join(' ')}]` : ''}`);
}

/** Checks that the ranges cover 0..length in order, each level within its limits; returns the depth. */
function check(ranges: readonly ItemRange[], first: number, length: number): number {
  assert.ok(ranges.length <= 500, `${ranges.length} nodes on one level`);
  let next = first;
  let depth = 0;
  for (const r of ranges) {
    assert.equal(r.first, next);
    assert.ok(r.count >= 1 && r.count <= r.size);
    if (r.groups.length > 0) {
      assert.ok(r.groups.length <= 100);
      assert.ok(r.groups.every((g) => g.size * 100 === r.size));
      depth = Math.max(depth, 1 + check(r.groups, r.first, r.count));
    } else {
      assert.equal(r.size, 100);
    }
    next += r.count;
  }
  assert.equal(next, first + length);
  return depth;
}

suite('groupRanges: long lists in the Topics view', () => {
  test('up to 100 items are shown as they are; more in ranges of 100', () => {
    assert.equal(groupRanges(0), undefined);
    assert.equal(groupRanges(100), undefined);
    assert.deepEqual(show(groupRanges(101)!), ['0+100/100', '100+1/100']);
    assert.deepEqual(show(groupRanges(250)!), ['0+100/100', '100+100/100', '200+50/100']);
  });

  test('up to 500 ranges of 100 on one level (the 10 MB note: 17,753 sections in 178 ranges)', () => {
    assert.equal(groupRanges(17753)!.length, 178);
    const full = groupRanges(50000)!;
    assert.equal(full.length, 500);
    assert.equal(check(full, 0, 50000), 0);
  });

  test('more items: ranges of 10,000 holding ranges of 100, and deeper still', () => {
    const r = groupRanges(50001)!;
    assert.deepEqual(show(r).map((s) => s.replace(/ \[.*\]$/, '')), ['0+10000/10000', '10000+10000/10000', '20000+10000/10000', '30000+10000/10000', '40000+10000/10000', '50000+1/10000']);
    assert.deepEqual(show(r[5].groups), ['50000+1/100']);
    assert.equal(r[0].groups.length, 100);
    assert.deepEqual(show(r[0].groups.slice(98)), ['9800+100/100', '9900+100/100']);
    assert.equal(check(r, 0, 50001), 1);
    assert.equal(check(groupRanges(5_000_000)!, 0, 5_000_000), 1);
    assert.equal(groupRanges(5_000_000)!.length, 500);
    const deeper = groupRanges(5_000_001)!;
    assert.equal(deeper.length, 6);
    assert.equal(check(deeper, 0, 5_000_001), 2);
  });

  test('other sizes and limits', () => {
    assert.deepEqual(show(groupRanges(10, 2, 2)!), ['0+8/8 [0+4/4 [0+2/2 2+2/2] 4+4/4 [4+2/2 6+2/2]]', '8+2/8 [8+2/4 [8+2/2]]']);
  });
});
