import * as assert from 'node:assert/strict';
import { State } from 'ts-fsrs';
import { parseNote } from '../../src/core/notes';
import { extractCards } from '../../src/core/quiz/cardExtractor';
import { frontSimilarity, linkHistory, relinkRecords } from '../../src/core/quiz/history';
import { appendRecord, formatRecord, mergeAppend, parseLog, type Grade, type ReviewRecord, type UndoRecord } from '../../src/core/quiz/reviewLog';
import { forecast, Scheduler, todayCounts } from '../../src/core/quiz/scheduler';
import { StudySession } from '../../src/core/quiz/session';
import { isQuizWebviewToHost } from '../../src/protocol/quiz';
import { formulaCut, questionBlock, questionPrefix, skipLine, SKIP_COMMENT } from '../../src/core/quiz/annotate';

const DAY = 24 * 3600 * 1000;
// Local time: the forecast and the daily limits count local days.
const t0 = new Date(2026, 11, 3, 9, 0, 0);
const at = (ms: number): Date => new Date(t0.getTime() + ms);
const rec = (card: string, grade: Grade, time: Date, front = card, note = 'a.md'): ReviewRecord => ({ v: 1, card, note, front, grade, time: time.toISOString() });
const undo = (card: string, of: Date, time: Date): UndoRecord => ({ v: 1, card, note: 'a.md', undo: of.toISOString(), time: time.toISOString() });

suite('quiz core: undo, merge, history links, forecast, daily limits', () => {
  test('an undo line takes back exactly the record it names; the log only grows', () => {
    let text = '';
    text = appendRecord(text, rec('x', 3, t0));
    text = appendRecord(text, rec('x', 1, at(60_000)));
    const before = text;
    text = appendRecord(text, undo('x', at(60_000), at(70_000)));
    assert.ok(text.startsWith(before), 'append-only');
    const log = parseLog(text);
    assert.deepEqual(log.records.map((r) => `${r.card}${r.grade}`), ['x3']);
    assert.equal(log.undos.length, 1);
    assert.deepEqual(log.problems, []);
    // Replay equals a history in which the undone grade never happened.
    const s = new Scheduler();
    assert.deepEqual(s.replay(log.records).get('x'), s.grade(undefined, 3, t0));
    // Grading again after the undo counts normally.
    text = appendRecord(text, rec('x', 4, at(80_000)));
    assert.deepEqual(parseLog(text).records.map((r) => r.grade), [3, 4]);
  });

  test('an undo that arrives before its record (merged from another clone) still applies', () => {
    const text = formatRecord(undo('y', at(1000), at(2000))) + formatRecord(rec('y', 2, at(1000))) + formatRecord(rec('z', 3, at(1000)));
    assert.deepEqual(parseLog(text).records.map((r) => r.card), ['z']);
  });

  test('a malformed undo is a problem line, not a silent deletion', () => {
    const log = parseLog('{"v":1,"card":"x","note":"a.md","undo":"yesterday-ish","time":"2026-12-03T00:00:00Z"}\n');
    assert.deepEqual(log.problems.map(({ line, message }) => ({ line, message })), [{ line: 1, message: 'the undo names no valid time' }]);
  });

  test('merging with lines another window wrote meanwhile keeps both, and no line twice', () => {
    const base = formatRecord(rec('a', 3, t0));
    const theirs = base + formatRecord(rec('b', 3, at(1000)));
    const mine = [rec('c', 4, at(2000))];
    const merged = mergeAppend(theirs, mine);
    assert.ok(merged.startsWith(theirs));
    assert.deepEqual(parseLog(merged).records.map((r) => r.card), ['a', 'b', 'c']);
    assert.equal(mergeAppend(merged, mine), merged, 'appending the same line again changes nothing');
  });

  test('front similarity: small edits stay close, different questions do not; CJK included', () => {
    assert.equal(frontSimilarity('**DDPM 和 DDIM 的关系？**', 'DDPM 和 DDIM 的关系？'), 1);
    assert.ok(frontSimilarity('DDPM 和 DDIM 的关系？', 'DDPM 与 DDIM 的关系是什么？') >= 0.7);
    assert.ok(frontSimilarity('What is the role of the KL term in a VAE?', 'What is the role of the KL term in VAEs?') >= 0.7);
    assert.ok(frontSimilarity('DDPM 和 DDIM 的关系？', '为什么要加噪？') < 0.3);
  });

  test('a card whose front changed slightly keeps its history; an ambiguous change does not', () => {
    const before = '**Question： DDPM 和 DDIM 的关系？**\n\n共享权重。\n\n**Question： 为什么要加噪？**\n\n平滑。\n';
    const after = before.replace('DDPM 和 DDIM 的关系？', 'DDPM 与 DDIM 的关系是什么？');
    const old = extractCards(before, parseNote(before), 'a.md');
    const now = extractCards(after, parseNote(after), 'a.md');
    assert.notEqual(old[0].id, now[0].id, 'the id follows the front');
    const records = [rec(old[0].id, 3, t0, old[0].front), rec(old[1].id, 1, t0, old[1].front)];
    const links = linkHistory(now, records);
    assert.deepEqual([...links], [[old[0].id, now[0].id]]);
    const states = new Scheduler().replay(relinkRecords(records, links));
    assert.ok(states.has(now[0].id) && states.has(now[1].id));

    // Two new cards equally close to one orphan: no link (ambiguous).
    const twin = '**Question： DDPM 与 DDIM 的关系是什么？**\n\n甲。\n\n**Question： DDPM 与 DDIM 的关系是啥？**\n\n乙。\n';
    const twins = extractCards(twin, parseNote(twin), 'a.md');
    assert.equal(linkHistory(twins, [records[0]]).size, 0);
    // Another note's card is never linked.
    const elsewhere = extractCards(after, parseNote(after), 'b.md');
    assert.equal(linkHistory(elsewhere, [records[0]]).size, 0);
  });

  test('forecast: cards per local day for 14 days, overdue counted today, new cards not at all', () => {
    const s = new Scheduler();
    const states = s.replay([rec('a', 4, at(-30 * DAY)), rec('b', 3, t0), rec('c', 4, t0)]);
    const f = forecast(['a', 'b', 'c', 'new'], states, t0, 14);
    assert.equal(f.length, 14);
    assert.equal(f.reduce((x, y) => x + y, 0), 3 - (states.get('c')!.due.getTime() - t0.getTime() > 14 * DAY ? 1 : 0));
    assert.equal(f[0], 1 + (states.get('b')!.due.getTime() < new Date(2026, 11, 4).getTime() ? 1 : 0), 'a is overdue: due today');
    const cDay = Math.round((new Date(states.get('c')!.due).setHours(0, 0, 0, 0) - new Date(t0).setHours(0, 0, 0, 0)) / DAY);
    assert.ok(cDay >= 1 && f[cDay] >= 1, `c lands on day ${cDay}: ${f.join(',')}`);
  });

  test('daily counts: first grades today are new cards, later grades reviews; other days ignored', () => {
    const records = [rec('a', 3, at(-DAY)), rec('a', 3, t0), rec('b', 1, t0), rec('b', 3, at(600_000)), rec('c', 3, at(2 * DAY))];
    assert.deepEqual(todayCounts(records, at(3600_000)), { newCards: 1, reviews: 2 });
  });

  test('learning steps from the settings: with one 10 min step, Good graduates a new card, Again repeats it', () => {
    const s = new Scheduler({ learningSteps: ['10m'] });
    const good = s.grade(undefined, 3, t0);
    assert.equal(good.state, State.Review);
    assert.ok(good.due.getTime() - t0.getTime() >= DAY, 'not due again today');
    const again = s.grade(undefined, 1, t0);
    assert.equal(again.state, State.Learning);
    assert.equal(again.due.getTime() - t0.getTime(), 10 * 60_000);
    // Invalid steps are ignored (ts-fsrs's default then applies: Good on a new card is a learning step).
    assert.equal(new Scheduler({ learningSteps: ['soon'] }).grade(undefined, 3, t0).state, State.Learning);
  });
});

suite('quiz session: order, Again repeats, undo', () => {
  const cards = ['a', 'b', 'c'].map((id) => ({ id }));

  test('cards in order; Again brings a card back at the end; the session ends', () => {
    const s = new StudySession<{ id: string }, number>(cards);
    assert.equal(s.current?.id, 'a');
    s.grade(3, 1);
    s.grade(1, 2);
    assert.equal(s.total, 4);
    s.grade(4, 3);
    assert.equal(s.current?.id, 'b', 'b again after c');
    s.grade(3, 4);
    assert.ok(s.finished);
    assert.deepEqual(s.history.map((h) => `${h.item.id}${h.grade}`), ['a3', 'b1', 'c4', 'b3']);
  });

  test('undo: the last card is current again and an Again repeat is withdrawn', () => {
    const s = new StudySession<{ id: string }, string>(cards);
    s.grade(3, 'r1');
    s.grade(1, 'r2');
    assert.equal(s.total, 4);
    const back = s.undo();
    assert.equal(back?.extra, 'r2');
    assert.equal(s.current?.id, 'b');
    assert.equal(s.total, 3);
    assert.equal(s.position, 1);
    s.grade(4, 'r3');
    assert.equal(s.current?.id, 'c');
    assert.equal(s.undo()?.grade, 4);
    assert.equal(s.undo()?.grade, 3);
    assert.equal(s.undo(), undefined, 'nothing left to undo');
    assert.equal(s.current?.id, 'a');
  });

  test('undo in the log and in the session agree: replay equals the history without the undone grade', () => {
    const sched = new Scheduler({ learningSteps: ['10m'] });
    const s = new StudySession<{ id: string }, ReviewRecord>(cards);
    let text = '';
    const gradeNow = (g: Grade, when: Date): void => {
      const r = rec(s.current!.id, g, when);
      s.grade(g, r);
      text = appendRecord(text, r);
    };
    gradeNow(3, t0);
    gradeNow(1, at(1000));
    const taken = s.undo()!;
    text = appendRecord(text, undo(taken.extra.card, new Date(taken.extra.time), at(2000)));
    gradeNow(4, at(3000));
    const log = parseLog(text);
    assert.deepEqual(log.records.map((r) => `${r.card}${r.grade}`), ['a3', 'b4']);
    assert.deepEqual(sched.replay(log.records).get('b'), sched.grade(undefined, 4, at(3000)));
  });
});

suite('quiz annotations', () => {
  test('a question block in the note\'s own style and language', () => {
    const zh = '# 扩散\n\n**Question： 什么是扩散模型?**\n\n答案。\n';
    assert.equal(questionBlock('为什么要加噪', zh), '**Question： 为什么要加噪**');
    assert.equal(questionBlock('- 为什么要加噪\n因为要平滑。', zh), '**Question： 为什么要加噪**\n\n因为要平滑。');
    assert.equal(questionPrefix('# 笔记\n\n这是一篇中文笔记，没有问题。\n'), '**Question： ');
    assert.equal(questionPrefix('# Notes\n\nAn English note about attention.\n'), '**Question: ');
    assert.equal(questionPrefix('**问题：甲？**\n\n**问题：乙？**\n\n**Question: c?**\n'), '**问题：');
  });

  test('a selection that would cut a formula is found; whole formulas are fine', () => {
    const text = '前向过程 $q(x_t|x_0)$ 是高斯分布。';
    const model = parseNote(text);
    const s = text.indexOf('$');
    const e = text.lastIndexOf('$') + 1;
    const range = (a: number, b: number) => ({ start: { line: 0, character: a }, end: { line: 0, character: b } });
    assert.equal(formulaCut(model, range(s, e)), undefined, 'the whole formula');
    assert.equal(formulaCut(model, range(0, e + 2)), undefined, 'text around the whole formula');
    assert.ok(formulaCut(model, range(0, s + 3)), 'ends inside');
    assert.ok(formulaCut(model, range(s + 2, e + 2)), 'starts inside');
    assert.ok(formulaCut(model, range(s + 1, e - 1)), 'inside the formula');
  });

  test('the skip marker goes above the card under the cursor, and the extractor honours it', () => {
    const text = '# T\n\n- 马尔可夫链：下一状态只依赖当前状态。\n\n**Question： 为什么?**\n\n因为。\n更多。\n';
    const cards = extractCards(text, parseNote(text), 'a.md');
    assert.equal(skipLine(cards, 7), 4);
    assert.equal(skipLine(cards, 1), 1);
    const lines = text.split('\n');
    lines.splice(4, 0, SKIP_COMMENT);
    const skipped = lines.join('\n');
    assert.deepEqual(extractCards(skipped, parseNote(skipped), 'a.md').map((c) => c.kind), ['definition']);
  });
});

suite('quiz protocol', () => {
  test('the host accepts only well-formed messages from the webview', () => {
    assert.ok(isQuizWebviewToHost({ type: 'grade', grade: 3, ms: 1200 }));
    assert.ok(isQuizWebviewToHost({ type: 'undo' }));
    for (const bad of [null, 'grade', { type: 'grade', grade: 5, ms: 1 }, { type: 'grade', grade: 3 }, { type: 'grade', grade: '3', ms: 1 }, { type: 'grade', grade: 2, ms: -1 }, { type: 'eval' }]) {
      assert.equal(isQuizWebviewToHost(bad), false, JSON.stringify(bad));
    }
  });
});
