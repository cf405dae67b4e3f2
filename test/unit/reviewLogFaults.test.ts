/**
 * The review log under faults: a write killed mid-line, merge conflicts, hand edits, wrong
 * types, byte-order marks, CRLF, duplicated lines from a union merge, and two writers
 * interleaving their read-merge-write cycles. Every valid review is kept, every bad line is
 * reported with its line number and survives the next append byte for byte.
 */
import * as assert from 'node:assert/strict';
import { appendRecord, formatRecord, mergeAppend, parseLog, type ReviewRecord } from '../../src/core/quiz/reviewLog';

const rec = (card: string, grade: 1 | 2 | 3 | 4, minute: number): ReviewRecord =>
  ({ v: 1, card, note: 'notes/a.md', front: `front of ${card} 问题`, grade, time: new Date(Date.UTC(2026, 11, 1, 0, minute)).toISOString() });
const line = (r: ReviewRecord): string => formatRecord(r).trim();

suite('review log: faults', () => {
  test('a write killed mid-line: the partial last line is reported, the next append starts a new line and keeps it byte for byte', () => {
    const full = line(rec('a', 3, 1)) + '\n' + line(rec('b', 4, 2)) + '\n';
    for (let cut = 1; cut < line(rec('c', 2, 3)).length; cut += 7) {
      const damaged = full + line(rec('c', 2, 3)).slice(0, cut);
      const log = parseLog(damaged);
      assert.deepEqual(log.records.map((r) => r.card), ['a', 'b'], `cut at ${cut}`);
      assert.equal(log.problems.length, 1, `cut at ${cut}: ${JSON.stringify(log.problems)}`);
      assert.equal(log.problems[0].line, 3);
      const next = appendRecord(damaged, rec('d', 3, 4));
      assert.ok(next.startsWith(damaged), 'the old bytes stay');
      const again = parseLog(next);
      assert.deepEqual(again.records.map((r) => r.card), ['a', 'b', 'd']);
      assert.deepEqual(again.problems.map((p) => p.line), [3]);
    }
  });

  test('merge-conflict markers (with labels, diff3 base section): both sides count, each marker is reported with its line', () => {
    const text = [
      line(rec('a', 3, 1)),
      '<<<<<<< HEAD',
      line(rec('b', 3, 2)),
      '||||||| merged common ancestors',
      line(rec('a', 3, 1)),
      '=======',
      line(rec('c', 1, 3)),
      '>>>>>>> origin/main',
      '',
    ].join('\n');
    const log = parseLog(text);
    assert.deepEqual(log.records.map((r) => r.card), ['a', 'b', 'c'], 'the base section repeats a line: it counts once');
    assert.deepEqual(log.problems.map((p) => p.line), [2, 4, 6, 8]);
    assert.ok(log.problems.every((p) => /merge-conflict/.test(p.message)));
  });

  test('hand edits and wrong types: each bad line reported with its number and why, the good ones kept', () => {
    const bad = [
      '{"v":1,"card":"x","note":"n","grade":"3","time":"2026-12-01T00:00:00Z"}',
      '{"v":1,"card":"x","note":"n","grade":3,"time":"yesterday"}',
      '{"v":1,"card":"","note":"n","grade":3,"time":"2026-12-01T00:00:00Z"}',
      '{"v":1,"card":7,"note":"n","grade":3,"time":"2026-12-01T00:00:00Z"}',
      '{"v":1,"card":"x","note":null,"grade":3,"time":"2026-12-01T00:00:00Z"}',
      '{"v":2,"card":"x","note":"n","grade":3,"time":"2026-12-01T00:00:00Z"}',
      '{"v":1,"card":"x","note":"n","grade":3,"time":"2026-12-01T00:00:00Z","front":42}',
      '{"v":1,"card":"x","note":"n","undo":"never","time":"2026-12-01T00:00:00Z"}',
      '[1,2,3]', 'null', '42', '"a string"', "{'v':1}", '{"v":1,"card":"x",}', 'grade: 3',
    ];
    const text = [line(rec('a', 3, 1)), ...bad, line(rec('b', 2, 2))].join('\n') + '\n';
    const log = parseLog(text);
    assert.deepEqual(log.records.map((r) => r.card), ['a', 'b']);
    assert.deepEqual(log.problems.map((p) => p.line), bad.map((_, i) => i + 2));
    for (const p of log.problems) assert.ok(p.message.length > 5, JSON.stringify(p));
    assert.match(log.problems[0].message, /grade/);
    assert.match(log.problems[5].message, /version/);
    // The next append changes none of it.
    const next = appendRecord(text, rec('c', 4, 3));
    assert.equal(next.slice(0, text.length), text);
  });

  test('CRLF line ends, a byte-order mark and blank lines are no problems', () => {
    const text = '\uFEFF' + line(rec('a', 3, 1)) + '\r\n\r\n' + line(rec('b', 3, 2)) + '\r\n   \r\n';
    const log = parseLog(text);
    assert.deepEqual(log.records.map((r) => r.card), ['a', 'b']);
    assert.deepEqual(log.problems, []);
  });

  test('a line duplicated by a union merge counts once; undo still takes back exactly one review', () => {
    const a = line(rec('a', 3, 1));
    const text = [a, a, line(rec('a', 1, 5)), a].join('\n');
    assert.equal(parseLog(text).records.length, 2);
    const undo = JSON.stringify({ v: 1, card: 'a', note: 'notes/a.md', undo: rec('a', 1, 5).time, time: rec('a', 1, 6).time });
    assert.deepEqual(parseLog(text + '\n' + undo).records.map((r) => r.grade), [3]);
  });

  test('a log of 20,000 bad lines is read in linear time', () => {
    const text = Array.from({ length: 20000 }, (_, i) => `broken ${i}`).join('\n');
    const started = Date.now();
    const log = parseLog(text);
    assert.equal(log.problems.length, 20000);
    assert.equal(log.problems[19999].line, 20000);
    assert.match(log.problems[19999].message, /incomplete last line/);
    assert.match(log.problems[0].message, /not valid JSON/);
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
  });

  test('two writers interleaving read → merge → write, in every order, lose no review', () => {
    // Each writer reads the file, merges its line into what it read, and writes. The store
    // re-reads and merges again when the file changed before its write (compare-and-swap);
    // modelled here: a write only lands if the file is still what the writer read.
    for (let seed = 0; seed < 200; seed++) {
      let file = line(rec('base', 3, 0)) + '\n' + 'garbage line\n';
      const pending = Array.from({ length: 10 }, (_, i) => rec(`w${seed}-${i}`, ((i % 4) + 1) as 1 | 2 | 3 | 4, i + 1));
      let random = seed + 1;
      const next = (): number => (random = (random * 48271) % 2147483647) / 2147483647;
      const reads = new Map<number, string>();
      while (pending.length > 0 || reads.size > 0) {
        const i = Math.floor(next() * 10);
        const r = pending.find((p) => p.card === `w${seed}-${i}`);
        if (!r) {
          if (pending.length === 0) reads.clear();
          continue;
        }
        const seen = reads.get(i);
        if (seen === undefined || next() < 0.3) {
          reads.set(i, file);
          continue;
        }
        if (seen === file) {
          file = mergeAppend(file, [r]);
          pending.splice(pending.indexOf(r), 1);
        }
        reads.delete(i);
      }
      const log = parseLog(file);
      assert.equal(log.records.length, 11, `seed ${seed}`);
      assert.deepEqual(log.problems.map((p) => p.line), [2]);
      assert.ok(file.startsWith(line(rec('base', 3, 0)) + '\ngarbage line\n'));
    }
  });
});
