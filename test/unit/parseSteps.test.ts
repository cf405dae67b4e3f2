/**
 * The stepping parse (beginParse) against parseNote: whatever the steps, the model is the same,
 * on every fixture note, on samples and on notes built to cross a step boundary inside each kind
 * of multi-line block (fence, math block, HTML block, front matter, list, definition).
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beginParse, parseNote, type NoteModel } from '../../src/core/notes';

/** Parses `text` yielding at every chance and resuming; returns the model and the number of steps. */
function stepped(text: string, linesPerCheck: number): { model: NoteModel; steps: number } {
  const job = beginParse(text, {}, linesPerCheck);
  let steps = 1;
  while (!job.step(() => true)) steps++;
  return { model: job.result(), steps };
}

const root = join(__dirname, '..', '..', '..');
const notes = [
  ...readdirSync(join(root, 'test', 'fixtures')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'test', 'fixtures', f)),
  ...readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.md')).map((f) => join(root, 'samples', f)),
];

const crossing = [
  '---', 'title: front', 'tags: [a]', '---', '',
  '# 标题 Heading', '', '```python', 'x = 1', '# not a heading', '```', '',
  '$$', '\\sum_{i=1}^{n} i', '# not a heading either', '$$', '',
  '<div>', '# hidden', '</div>', '',
  '- 术语：定义的第一行', '  继续的第二行', '- Q: 问题？', '  答：回答', '',
  'Setext', '===', '', '**1.2 伪标题**', '', '段落定义。', '',
  '<!--', '# comment', '-->', '', '    indented code', '    # still code', '', '## End ##', '',
].join('\n');

suite('parser: stepping parse equals parseNote', () => {
  test('every fixture and sample note, yielding every 1, 2, 3 and 7 lines', () => {
    assert.ok(notes.length >= 10, `found ${notes.length} notes`);
    for (const file of notes) {
      const text = readFileSync(file, 'utf8');
      const expected = parseNote(text);
      for (const n of [1, 2, 3, 7]) {
        const { model, steps } = stepped(text, n);
        assert.deepEqual(model, expected, `${file} in steps of ${n} lines`);
        if (expected.lineCount > n + 1) assert.ok(steps > 1, `${file}: really stepped (${steps} steps)`);
      }
    }
  });

  test('a step boundary inside each multi-line block changes nothing (also with CRLF)', () => {
    for (const text of [crossing, crossing.replace(/\n/g, '\r\n'), crossing + '\n```\nunclosed fence\n']) {
      const expected = parseNote(text);
      assert.ok(expected.topics.length >= 3 && expected.codeBlocks.length >= 2 && expected.math.length >= 1);
      for (let n = 1; n <= 12; n++) assert.deepEqual(stepped(text, n).model, expected, `steps of ${n} lines`);
    }
  });

  test('the default step holds 2,000 lines: a 10,000-line note takes several steps, result() finishes a started parse', () => {
    const text = Array.from({ length: 2500 }, (_, i) => `## H${i}\n\nQ: 问题 ${i}？\n答：$x_${i}$`).join('\n');
    const expected = parseNote(text);
    const job = beginParse(text);
    assert.equal(job.step(() => true), false, 'stops after the first check');
    assert.ok(job.linesDone > 0 && job.linesDone < expected.lineCount);
    assert.equal(job.step(() => true), false);
    assert.deepEqual(job.result(), expected);
    assert.equal(job.step(() => true), true, 'a finished job has nothing left');
    assert.strictEqual(job.result(), job.result(), 'the model is made once');
  });

  test('the finishing work runs in steps too: a big note yielding at every check equals parseNote, and step() is done only with the model', () => {
    const text = Array.from({ length: 3000 }, (_, i) => [
      `## 第 ${i} 节 Section ${i}`, '', `**Q${i}: 为什么 (${i})?**`, '', `答：数值稳定 $x_${i}$。`, '',
      `- 术语${i}：一个定义 \`x_${i}\`.`, `- Term ${i}: a definition.`, '', `### Sub ${i}`, `Q: 问题 ${i}？`, '  A: 缩进的回答', '',
    ].join('\n')).join('\n');
    const expected = parseNote(text);
    assert.deepEqual([expected.lineCount, expected.topics.length, expected.questions.length, expected.definitions.length], [39000, 9000, 6000, 6000]);
    const job = beginParse(text);
    let calls = 0;
    let lineLoopCalls = 0;
    for (;;) {
      calls++;
      if (job.step(() => true)) break;
      if (lineLoopCalls === 0 && job.linesDone === expected.lineCount - 1) lineLoopCalls = calls;
    }
    // The line loop: 39,000 lines, 2,000 between two checks. Then the finishing work, 500 items
    // between two checks: 6,000 definitions, 9,000 section ends, 9,000 topics, 15,000 start
    // lines of topics and questions, 6,000 answers; the last call makes the model.
    assert.equal(lineLoopCalls, 20);
    assert.equal(calls, 20 + 12 + 18 + 18 + 30 + 12 + 1);
    assert.deepEqual(job.result(), expected);
    // Yielding at every line and every item.
    const fine = beginParse(text, {}, 1);
    let fineSteps = 1;
    while (!fine.step(() => true)) fineSteps++;
    assert.ok(fineSteps > expected.lineCount + 24000, `${fineSteps} steps`);
    assert.deepEqual(fine.result(), expected);
  });
});
