/**
 * Property tests (fast-check) over generated notes: random mixes of the notes' constructs —
 * headings, questions, definitions, math, code fences, HTML, clozes, CJK, CRLF, control
 * characters, lone surrogates. The note model, the card extractor, the term matcher and the
 * renderer never throw, every range lies inside the document, and results do not depend on
 * history (parsing twice, or rendering incrementally after edits, gives what a fresh run gives).
 *
 * `npm test` runs FUZZ_RUNS (default 100) cases per property; `npm run test:fuzz` runs 10,000.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createNoteRenderer } from '../../src/core/markdown';
import { parseNote, type NoteModel, type Range } from '../../src/core/notes';
import { extractCards } from '../../src/core/quiz/cardExtractor';
import { TermIndex, type TermDefinition } from '../../src/core/glossary/termIndex';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = { numRuns: RUNS, seed: SEED };

/** Pieces of lines as the notes write them, plus hostile and broken ones. */
const FRAGMENTS = [
  '# 扩散模型', '## 1.2 DDIM', '### Sampling 采样？', '#', '#####  ', 'Title', '===', '---', '***',
  '**1.2 DDIM**', '**LDM**', '**Question： 扩散模型常见采样方式?**', '**Question：** 为什么?', '**问**：', '问：什么是 KL 散度？',
  'Q: why?', '答：', 'A: because', '- KL 散度：衡量分布差异', '- **DDIM**：确定性采样', '- Term: text', '* [ ] task', '1. item',
  '  - nested：子项', '> quote', '> **Question：** 引用里的问题?', '| a | b |', '|---|---|', '```', '```python', '~~~', '    indented code',
  '$x_1$', '$$', '$$x^2$$', '\\[', '\\]', '\\(a\\)', '$5 and $10', '\\$', '$\\frac{a}{b}$', '$\\def\\a{\\a}\\a$', '$\\href{javascript:alert(1)}{x}$',
  '{{c1::马尔可夫链}}', '{{c2::$x_0$::hint}}', '==cloze==', 'front::back', 'front:::back', '?', '<!-- rn:skip -->', '<!--', '-->',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<div>', '</div>', '[link](javascript:alert(1))', '[^1]', '[^1]: note',
  '[ref]: http://example.com', '状态空间对偶性（SSD）', 'Deep Compression Autoencoder (DC-AE)', '使用马尔可夫链的过程', '基于LDM的方法', 'ＬＤＭ',
  '\t', ' ', '', '\u0000', '\u0007', '\u001b[0m', '\ud800', '\udfff', '😀', '\u200b', '\ufeff', '\u2028', 'é', '中文', 'text',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);
const line = fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join(''));
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n');
/** A note: lines joined by LF or CRLF (mixed), sometimes without a final line break. */
const note = fc.tuple(fc.array(fc.tuple(line, eol), { maxLength: 40 }), fc.boolean())
  .map(([lines, last]) => {
    const text = lines.map(([l, e]) => l + e).join('');
    return last ? text : text.replace(/\r?\n$/, '');
  });

/** Line lengths as the model counts lines: split at LF, a CR before it belongs to the break. */
function lineLengths(text: string): number[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.length - 1 : l.length));
}

function assertInside(range: Range, lengths: readonly number[], what: string): void {
  const { start, end } = range;
  const ok = (p: { line: number; character: number }): boolean =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length
    && p.character >= 0 && p.character <= lengths[p.line];
  assert.ok(ok(start) && ok(end), `${what}: ${JSON.stringify(range)} outside the document (${lengths.length} lines)`);
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: ${JSON.stringify(range)} ends before it starts`);
}

function rangesOf(model: NoteModel): [string, Range][] {
  return [
    ...model.topics.map((t): [string, Range] => [`topic ${t.title}`, t.range]),
    ...model.questions.map((q): [string, Range] => [`question ${q.text}`, q.range]),
    ...model.definitions.map((d): [string, Range] => [`definition ${d.term}`, d.range]),
    ...model.math.map((m): [string, Range] => [`math ${m.tex}`, m.range]),
    ...model.codeBlocks.map((c): [string, Range] => ['code', c.range]),
  ];
}

/** Every tag in the HTML: no script-capable element, no handler attribute, no script URL. */
function assertNothingExecutable(html: string): void {
  for (const [tag, name, attrs] of html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    assert.doesNotMatch(name, /^(script|iframe|frame|object|embed|base|meta|link|form)$/i, `element in ${tag}`);
    for (const [, attr, value = ''] of attrs.matchAll(/([^\s=>"'/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g)) {
      assert.doesNotMatch(attr, /^on/i, `handler in ${tag}`);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(attr)) {
        assert.doesNotMatch(value.replace(/^["']|["']$/g, '').trim(), /^(javascript:|vbscript:|data:text\/html)/i, `script URL in ${tag}`);
      }
    }
  }
}

suite(`properties (fast-check, ${RUNS} cases each)`, function () {
  this.timeout(Math.max(20_000, RUNS * 60));

  test('the note model: never throws, every range inside the note, the same text gives the same model', () => {
    fc.assert(fc.property(note, (text) => {
      const model = parseNote(text);
      const lengths = lineLengths(text);
      assert.equal(model.lineCount, lengths.length);
      for (const [what, range] of rangesOf(model)) assertInside(range, lengths, what);
      assert.deepEqual(parseNote(text), model);
    }), params);
  });

  test('cards: never throw, every card inside the note, ids unique per note', () => {
    fc.assert(fc.property(note, fc.boolean(), (text, reverse) => {
      const cards = extractCards(text, parseNote(text), 'notes/fuzz.md', { reverseDefinitions: reverse });
      const lengths = lineLengths(text);
      for (const c of cards) {
        assertInside(c.range, lengths, `${c.kind} card ${c.front}`);
        assert.ok(c.front.trim().length > 0, `a ${c.kind} card has a front`);
      }
      assert.equal(new Set(cards.map((c) => c.id)).size, cards.length, 'card ids are unique');
      assert.deepEqual(extractCards(text, parseNote(text), 'notes/fuzz.md', { reverseDefinitions: reverse }), cards);
    }), params);
  });

  test('the term matcher: never throws, matches ordered, inside the text and not overlapping; lookup agrees with findAll', () => {
    const terms = fc.array(fc.oneof(fc.constantFrom('SSD', 'LDM', 'KL 散度', '马尔可夫链', '扩散模型', '潜在扩散模型', 'DC-AE', 'mAP', 'x'), fc.string({ minLength: 1, maxLength: 6 })), { maxLength: 12 });
    fc.assert(fc.property(terms, note, (words, text) => {
      const index = new TermIndex();
      for (const w of words) {
        const def: TermDefinition = { term: w, aliases: [], definition: 'd', origin: { kind: 'builtin', field: 'fuzz' } };
        index.add(def);
      }
      const matches = index.findAll(text);
      let end = 0;
      for (const m of matches) {
        assert.ok(m.start >= end && m.start < m.end && m.end <= text.length, `match ${JSON.stringify([m.start, m.end])} after ${end} in ${text.length}`);
        end = m.end;
        const at = index.lookup(text, m.start);
        assert.ok(at && at.start <= m.start && at.end > m.start, `lookup at ${m.start} finds the match`);
      }
    }), params);
  });

  test('the renderer: never throws, blocks in order inside the note, nothing executable, incremental equals fresh', () => {
    const edits = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), line), { minLength: 1, maxLength: 3 });
    // KaTeX warns on the console about characters it has no metrics for (random Unicode).
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      fc.assert(fc.property(note, edits, (text, changes) => {
      const renderer = createNoteRenderer();
      let current = text;
      renderer.render(current);
      for (const [at, remove, insert] of changes) {
        const p = current.length === 0 ? 0 : at % (current.length + 1);
        current = current.slice(0, p) + insert + current.slice(Math.min(current.length, p + remove));
        const result = renderer.render(current);
        const fresh = createNoteRenderer().render(current);
        assert.deepEqual(result.blocks, fresh.blocks);
        assert.deepEqual(result.errors, fresh.errors);
        const lengths = lineLengths(current);
        let next = 0;
        for (const b of result.blocks) {
          assert.ok(b.startLine >= next && b.endLine >= b.startLine && b.endLine < lengths.length, `block ${b.startLine}–${b.endLine}`);
          next = b.endLine + 1;
          assertNothingExecutable(b.html);
        }
        for (const e of result.errors) assertInside(e.range, lengths, `formula error ${e.tex}`);
      }
      }), params);
    } finally {
      console.warn = warn;
    }
  });
});
