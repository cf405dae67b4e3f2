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
import { beginParse } from '../../src/core/notes/parser';
import { BlockSync, type ListChange } from '../../src/host/preview/blockSync';
import { unpackBlocks, PENDING_ID_PREFIX } from '../../src/protocol/preview';
import type { BlockView } from '../../src/core/markdown';

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

  test('in steps that stop at random: the parser and the renderer give exactly their one-shot results', () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      fc.assert(fc.property(note, fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), (text, pattern) => {
        let k = 0;
        const shouldYield = (): boolean => pattern[k++ % pattern.length];
        const parse = beginParse(text, {}, 1);
        let steps = 0;
        while (!parse.step(shouldYield)) assert.ok(++steps < 100_000, 'the parse ends');
        assert.deepEqual(parse.result(), parseNote(text));
        const render = createNoteRenderer().begin(text);
        while (!render.step(shouldYield)) assert.ok(++steps < 200_000, 'the render ends');
        assert.deepEqual(render.result(), createNoteRenderer().render(text));
      }), params);
    } finally {
      console.warn = warn;
    }
  });

  test('the preview\'s messages: any two lists, any view, any rendering order, small limits: the webview ends with the target, every message within the limits', () => {
    interface B { id: string; startLine: number; endLine: number; html: string; rendered: boolean }
    // A list: blocks of 1–3 lines with a blank line between, ids from a small pool (edits keep
    // some); the html follows from the id, as a block's id follows from its content.
    const list = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 3 }), fc.boolean()), { maxLength: 60 })
      .map((items) => {
        let line = 0;
        const seen = new Set<number>();
        const out: B[] = [];
        for (const [key, lines, rendered] of items) {
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ id: `b${key}`, startLine: line, endLine: line + lines - 1, html: 'x'.repeat(1 + (key * 7) % 40), rendered });
          line += lines + 1;
        }
        return out;
      });
    const viewOf = (blocks: B[]): BlockView => ({
      length: blocks.length, id: (i) => blocks[i].id, startLine: (i) => blocks[i].startLine, endLine: (i) => blocks[i].endLine,
      html: (i) => (blocks[i].rendered ? blocks[i].html : undefined),
    });
    fc.assert(fc.property(list, list, fc.nat({ max: 200 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 120 }), (first, second, top, maxBlocks, maxHtml) => {
      const sync = new BlockSync({ maxBlocks, maxHtml });
      let shown: { id: string; startLine: number; endLine: number }[] = [];
      const html = new Map<string, string>();
      const apply = (c: ListChange, target: B[]): void => {
        const blocks = unpackBlocks(c.blocks);
        const sent = blocks.filter((b) => b.html !== undefined);
        assert.ok(blocks.length <= maxBlocks + 2, `${blocks.length} blocks in one message`);
        const size = sent.reduce((n, b) => n + (b.html as string).length, 0);
        assert.ok(size <= maxHtml || sent.length === 1, `${size} characters of html in one message`);
        const middle = new Set(shown.slice(c.keepHead, shown.length - c.keepTail).map((b) => b.id));
        for (const b of blocks) {
          if (b.html !== undefined) html.set(b.id, b.html);
          else assert.ok(b.id.startsWith(PENDING_ID_PREFIX) || middle.has(b.id), `${b.id} without html is kept from the list`);
          if (!b.id.startsWith(PENDING_ID_PREFIX)) assert.equal(html.get(b.id), target.find((t) => t.id === b.id)?.html);
        }
        shown = [...shown.slice(0, c.keepHead), ...blocks.map((b) => ({ id: b.id, startLine: b.startLine, endLine: b.endLine })),
          ...shown.slice(shown.length - c.keepTail).map((b) => ({ ...b, startLine: b.startLine + c.shift, endLine: b.endLine + c.shift }))];
      };
      for (const target of [first, second]) {
        const view = viewOf(target);
        const visible = { startLine: top, endLine: top + 10 };
        const change = sync.update(view, visible);
        if (change) apply(change, target);
        for (let round = 0; round < 2; round++) {
          let messages = 0;
          for (let c = sync.fill(view, visible); c; c = sync.fill(view, visible)) {
            apply(c, target);
            assert.ok(++messages <= 4 * target.length + 4, 'filling ends');
          }
          // The renderer finishes: every block rendered; the gaps fill.
          for (const b of target) b.rendered = true;
        }
        assert.equal(sync.pending, 0);
        assert.deepEqual(shown, target.map((b) => ({ id: b.id, startLine: b.startLine, endLine: b.endLine })));
      }
    }), params);
  });
});
