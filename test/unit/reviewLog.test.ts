import * as assert from 'node:assert/strict';
import { appendRecord, formatRecord, parseLog, type ReviewRecord } from '../../src/core/quiz/reviewLog';

const rec = (card: string, grade: 1 | 2 | 3 | 4, time: string): ReviewRecord => ({ v: 1, card, note: 'notes/a.md', front: `front of ${card}`, grade, time });

suite('review log', () => {
  test('append and read back, in time order', () => {
    let text = '';
    text = appendRecord(text, rec('b', 3, '2026-12-03T10:00:00.000Z'));
    text = appendRecord(text, rec('a', 1, '2026-12-02T10:00:00.000Z'));
    assert.equal(text.split('\n').length, 3);
    assert.equal(text, formatRecord(rec('b', 3, '2026-12-03T10:00:00.000Z')) + formatRecord(rec('a', 1, '2026-12-02T10:00:00.000Z')));
    const log = parseLog(text);
    assert.deepEqual(log.records.map((r) => r.card), ['a', 'b']);
    assert.deepEqual(log.problems, []);
  });

  test('bad lines are reported with their line numbers and every valid review is kept', () => {
    const good1 = formatRecord(rec('a', 3, '2026-12-01T00:00:00Z'));
    const good2 = formatRecord(rec('b', 4, '2026-12-01T01:00:00Z'));
    const good3 = formatRecord(rec('c', 2, '2026-12-01T02:00:00Z'));
    const text = [
      good1.trim(),
      '<<<<<<< HEAD',
      good2.trim(),
      '=======',
      good3.trim(),
      '>>>>>>> other-machine',
      '{"v":1,"card":"d","note":"n","grade":7,"time":"2026-12-01T00:00:00Z"}',
      'hand-edited nonsense',
      '{"v":1,"card":"e","note":"n","front":"f","grade":3,"ti',
    ].join('\n');
    const log = parseLog(text);
    assert.deepEqual(log.records.map((r) => r.card), ['a', 'b', 'c']);
    assert.deepEqual(log.problems.map(({ line, message }) => ({ line, message })), [
      { line: 2, message: 'a merge-conflict marker (the reviews on both sides are kept)' },
      { line: 4, message: 'a merge-conflict marker (the reviews on both sides are kept)' },
      { line: 6, message: 'a merge-conflict marker (the reviews on both sides are kept)' },
      { line: 7, message: 'grade 7 is not 1–4' },
      { line: 8, message: 'not valid JSON' },
      { line: 9, message: 'an incomplete last line (an interrupted write?)' },
    ]);
  });

  test('appending after a half-written line keeps it and starts a new line', () => {
    const broken = formatRecord(rec('a', 3, '2026-12-01T00:00:00Z')) + '{"v":1,"card":"x"';
    const next = appendRecord(broken, rec('b', 3, '2026-12-02T00:00:00Z'));
    assert.ok(next.startsWith(broken + '\n'), 'the old text survives byte for byte');
    const log = parseLog(next);
    assert.deepEqual(log.records.map((r) => r.card), ['a', 'b']);
    assert.deepEqual(log.problems.map((p) => p.line), [2]);
    assert.equal(log.problems[0].message, 'not valid JSON');
  });

  test('two writers: their lines merged in any order give the same history', () => {
    const a = [rec('x', 3, '2026-12-01T00:00:00Z'), rec('x', 1, '2026-12-03T00:00:00Z')];
    const b = [rec('y', 4, '2026-12-02T00:00:00Z')];
    const one = parseLog([...a, ...b].map(formatRecord).join(''));
    const two = parseLog([...b, ...a].map(formatRecord).join(''));
    assert.deepEqual(one, two);
    assert.deepEqual(one.records.map((r) => `${r.card}${r.grade}`), ['x3', 'y4', 'x1']);
  });
});
