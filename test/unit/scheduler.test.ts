import * as assert from 'node:assert/strict';
import { State } from 'ts-fsrs';
import { formatRecord, parseLog, type Grade, type ReviewRecord } from '../../src/core/quiz/reviewLog';
import { formatInterval, Scheduler } from '../../src/core/quiz/scheduler';

const DAY = 24 * 3600 * 1000;
const t0 = new Date('2026-12-01T09:00:00Z');
const at = (ms: number): Date => new Date(t0.getTime() + ms);
const rec = (card: string, grade: Grade, time: Date): ReviewRecord => ({ v: 1, card, note: 'a.md', front: card, grade, time: time.toISOString() });

suite('scheduler (FSRS, driven by a fake clock)', () => {
  const s = new Scheduler({ retention: 0.9 });

  test('Good again and again: the interval grows', () => {
    let state = s.grade(undefined, 3, t0);
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Each review happens exactly when the card is due.
      const now = state.due;
      const next = s.grade(state, 3, now);
      intervals.push(next.due.getTime() - now.getTime());
      state = next;
    }
    for (let i = 1; i < intervals.length; i++) assert.ok(intervals[i] > intervals[i - 1], `interval ${i} grows: ${intervals.join(', ')}`);
    assert.equal(state.state, State.Review);
  });

  test('Again on a review card sends it to relearning, due within the hour', () => {
    let state = s.grade(undefined, 4, t0);
    state = s.grade(state, 3, state.due);
    assert.equal(state.state, State.Review);
    const lapse = s.grade(state, 1, state.due);
    assert.equal(lapse.state, State.Relearning);
    assert.equal(lapse.lapses, 1);
    assert.ok(lapse.due.getTime() - state.due.getTime() <= 3600 * 1000);
  });

  test('replaying the log gives the states that grading one by one gave', () => {
    const records = [rec('x', 3, t0), rec('y', 1, at(60_000)), rec('x', 3, at(2 * DAY)), rec('y', 3, at(DAY))];
    const states = s.replay(parseLog(records.map(formatRecord).join('')).records);
    let x = s.grade(undefined, 3, t0);
    x = s.grade(x, 3, at(2 * DAY));
    let y = s.grade(undefined, 1, at(60_000));
    y = s.grade(y, 3, at(DAY));
    assert.deepEqual(states.get('x'), x);
    assert.deepEqual(states.get('y'), y);
  });

  test('the queue: due reviews most overdue first, new cards within the daily limit', () => {
    const states = s.replay([rec('a', 3, t0), rec('b', 3, at(3_600_000))]);
    const later = at(30 * DAY);
    const q = s.queue(['n1', 'a', 'n2', 'b', 'n3'], states, later, 2);
    assert.deepEqual(q.due, ['a', 'b']);
    assert.deepEqual(q.fresh, ['n1', 'n2']);
    assert.deepEqual(s.queue(['a', 'b'], states, t0).due, [], 'nothing is due right after grading');
  });

  test('previewed intervals are ordered Again < Hard < Good < Easy, and read as people read them', () => {
    const state = s.grade(s.grade(undefined, 3, t0), 3, at(DAY));
    const p = s.preview(state, at(5 * DAY));
    assert.ok(p[1] < p[2] && p[2] < p[3] && p[3] < p[4]);
    assert.deepEqual([formatInterval(t0, at(10 * 60_000)), formatInterval(t0, at(3 * 3_600_000)), formatInterval(t0, at(4 * DAY)), formatInterval(t0, at(60 * DAY)), formatInterval(t0, at(500 * DAY))],
      ['10 min', '3 h', '4 d', '2 mo', '1.4 y']);
  });
});
