/**
 * The block splitter and incremental rendering: exact block ranges for a fixture, stable ids,
 * only changed blocks rendered afresh.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNoteRenderer, splitBlocks } from '../../src/core/markdown';
import { parseNote } from '../../src/core/notes';
import { commonPrefix, commonSuffix } from '../../src/core/markdown/renderer';

const dir = join(__dirname, '../../../test/fixtures/markdown');
const fixture = (name: string): string => readFileSync(join(dir, name), 'utf8');
const ranges = (text: string): number[][] => splitBlocks(text).map((b) => [b.startLine, b.endLine]);

suite('markdown: block splitter', () => {
  test('the blocks fixture splits at blank lines and headings, never inside fences, math, HTML or lists', () => {
    assert.deepEqual(ranges(fixture('markdown-blocks.md')), [
      [0, 3], // front matter
      [5, 5], // # heading
      [7, 8], // paragraph of two lines
      [9, 9], // ## heading right after the paragraph
      [10, 10], // paragraph right after the heading
      [12, 17], // a loose list with a continuation and an indented paragraph
      [19, 20], // an ordered list
      [22, 25], // $$ block with a blank line inside
      [27, 31], // fence with a blank line and a # line inside
      [33, 34], // HTML block up to the blank line
      [36, 36], // </div>
      [38, 43], // \[ block with a blank line inside, and the paragraph line after it
    ]);
  });

  test('offsets cover the block text exactly, CRLF included', () => {
    const text = fixture('markdown-blocks.md').replace(/\n/g, '\r\n');
    const lines = text.split('\r\n');
    assert.deepEqual(ranges(text), ranges(fixture('markdown-blocks.md')));
    for (const b of splitBlocks(text)) {
      assert.equal(text.slice(b.start, b.end), lines.slice(b.startLine, b.endLine + 1).join('\r\n'));
    }
  });

  test('lists with blank lines stay together unless the marker changes', () => {
    assert.deepEqual(ranges('- a\n\n- b\n\n* c\n\n1. d\n\n2. e\n3) f\n'), [[0, 2], [4, 4], [6, 9]]);
  });

  test('unclosed constructs: a fence runs to the end, an unclosed $$ is no block', () => {
    assert.deepEqual(ranges('a\n\n```\nx\n\ny\n'), [[0, 0], [2, 6]], 'with the empty last line');
    assert.deepEqual(ranges('a\n\n$$\nx\n\ny\n'), [[0, 0], [2, 3], [5, 5]]);
  });

  test('an HTML comment spanning blank lines is one block', () => {
    assert.deepEqual(ranges('<!-- a\n\nb -->\n\ntext\n'), [[0, 2], [4, 4]]);
  });

  test('empty and blank notes have no blocks', () => {
    assert.deepEqual(ranges(''), []);
    assert.deepEqual(ranges('\n  \n\n'), []);
  });
});

suite('markdown: incremental rendering', () => {
  const note = fixture('markdown-basic.md');

  test('the first render renders every block; the same text again renders none', () => {
    const renderer = createNoteRenderer();
    const r1 = renderer.render(note);
    assert.deepEqual([...r1.rendered].sort(), r1.blocks.map((b) => b.id).sort());
    const r2 = renderer.render(note);
    assert.deepEqual(r2.rendered, []);
    assert.deepEqual(r2.blocks, r1.blocks);
  });

  test('editing one paragraph re-renders exactly that block', () => {
    const renderer = createNoteRenderer();
    const r1 = renderer.render(note);
    const edited = note.replace('DDIM 使用非马尔可夫的前向过程。', 'DDIM 使用非马尔可夫的前向过程，步数更少。');
    const r2 = renderer.render(edited);
    assert.equal(r2.blocks.length, r1.blocks.length);
    const changed = r2.blocks.filter((b, i) => b.id !== r1.blocks[i].id);
    assert.equal(changed.length, 1);
    assert.equal(changed[0].startLine, 20);
    assert.deepEqual(r2.rendered, [changed[0].id]);
    assert.equal(changed[0].html, '<p data-line="0">DDIM 使用非马尔可夫的前向过程，步数更少。</p>\n');
  });

  test('inserting lines at the top re-renders nothing and shifts the start lines', () => {
    const renderer = createNoteRenderer();
    const r1 = renderer.render(note);
    const r2 = renderer.render('\n\n' + note);
    assert.deepEqual(r2.rendered, []);
    assert.deepEqual(r2.blocks.map((b) => b.id), r1.blocks.map((b) => b.id));
    assert.deepEqual(r2.blocks.map((b) => b.startLine), r1.blocks.map((b) => b.startLine + 2));
    assert.deepEqual(r2.blocks.map((b) => b.html), r1.blocks.map((b) => b.html));
    const r3 = renderer.render('新的一段。\n\n' + note);
    assert.equal(r3.rendered.length, 1);
    assert.equal(r3.blocks[0].html, '<p data-line="0">新的一段。</p>\n');
    assert.deepEqual(r3.blocks.slice(1).map((b) => b.id), r1.blocks.map((b) => b.id));
  });

  test('ids are stable across renderers and distinct for repeated blocks', () => {
    const a = createNoteRenderer().render(note).blocks.map((b) => b.id);
    const b = createNoteRenderer().render(note).blocks.map((x) => x.id);
    assert.deepEqual(a, b);
    const r = createNoteRenderer().render('same\n\nsame\n\nsame\n');
    const ids = r.blocks.map((x) => x.id);
    assert.equal(new Set(ids).size, 3);
    assert.deepEqual(ids.slice(1), [`${ids[0]}-1`, `${ids[0]}-2`]);
    assert.deepEqual(r.rendered, ids, 'a repeated new block is new to the viewer too');
  });

  test('a change of marks re-renders the block even when its text is unchanged', () => {
    const renderer = createNoteRenderer();
    const r1 = renderer.render('**LDM**\n\n# 标题\n');
    assert.match(r1.blocks[0].html, /rn-topic/);
    assert.doesNotMatch(r1.blocks[0].html, /rn-definition/);
    // A paragraph right after the bold line makes it a definition too.
    const r2 = renderer.render('**LDM**\n\n潜空间扩散模型。\n');
    assert.match(r2.blocks[0].html, /class="rn-definition rn-topic" data-term="LDM"/);
    assert.equal(r2.blocks[0].startLine, 0);
    assert.equal(r2.blocks[0].endLine, 0);
    assert.notEqual(r2.blocks[0].id, r1.blocks[0].id);
    assert.deepEqual(r2.rendered, [r2.blocks[0].id, r2.blocks[1].id]);
  });

  test('reference definitions apply across blocks and a changed definition re-renders its users', () => {
    const renderer = createNoteRenderer();
    const r1 = renderer.render('See [paper][p].\n\n[p]: https://a.example\n');
    assert.equal(r1.blocks[0].html, '<p data-line="0">See <a href="https://a.example">paper</a>.</p>\n');
    const r2 = renderer.render('See [paper][p].\n\n[p]: https://b.example\n');
    assert.equal(r2.blocks[0].html, '<p data-line="0">See <a href="https://b.example">paper</a>.</p>\n');
  });

  test('footnotes are numbered note-wide in order of first reference', () => {
    const r = createNoteRenderer().render('甲[^b]\n\n乙[^a] 再[^b]\n\n[^a]: A\n\n[^b]: B\n');
    assert.match(r.blocks[0].html, /href="#fn1"/);
    assert.match(r.blocks[1].html, /href="#fn2".*href="#fn1"/);
    assert.match(r.blocks[2].html, /id="fn2"><sup class="footnote-label">2<\/sup> <p data-line="0">A<\/p>/);
    assert.match(r.blocks[3].html, /id="fn1"><sup class="footnote-label">1<\/sup> <p data-line="0">B<\/p>/);
  });

  test('a note model passed in gives the same result as the renderer parsing itself', () => {
    const a = createNoteRenderer().render(note);
    const b = createNoteRenderer().render(note, parseNote(note));
    assert.deepEqual(b, a);
  });

  test('data-line is relative to the block start', () => {
    const r = createNoteRenderer().render('# H\n\n- a\n- b\n\n  c\n\n| x | y |\n| - | - |\n| 1 | 2 |\n');
    assert.deepEqual(r.blocks.map((b) => b.startLine), [0, 2, 7]);
    assert.match(r.blocks[1].html, /<li data-line="1">\n<p data-line="1">b<\/p>\n<p data-line="3">c<\/p>/);
    assert.match(r.blocks[2].html, /<tr data-line="2">/);
  });
});

suite('markdown: incremental equals fresh', () => {
  test('common prefix and suffix', () => {
    const a = 'x'.repeat(40000) + 'A' + 'y'.repeat(30000);
    const b = 'x'.repeat(40000) + 'BB' + 'y'.repeat(30000);
    assert.equal(commonPrefix(a, b), 40000);
    assert.equal(commonSuffix(a, b, Math.min(a.length, b.length) - 40000), 30000);
    assert.equal(commonPrefix('abc', 'abc'), 3);
    assert.equal(commonSuffix('abc', 'abc', 0), 0);
    assert.equal(commonPrefix('', 'abc'), 0);
  });

  test('after any sequence of edits, the result is what a fresh renderer gives', () => {
    const base = ['markdown-basic.md', 'markdown-math.md', 'markdown-blocks.md'].map(fixture).join('\n');
    // Deterministic edits: inserts and deletions of text that changes the block structure too.
    const snippets = ['```\n', '$$\n', '\n\n', '# 新标题\n', '- ', '<div>\n', '$\\frac{a$', '词', '[^1]', '[ddpm]: https://x.example\n', '**问：为什么?**\n'];
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const renderer = createNoteRenderer();
    let text = base;
    renderer.render(text);
    for (let i = 0; i < 60; i++) {
      const at = rand(text.length);
      if (rand(3) === 0) text = text.slice(0, at) + text.slice(Math.min(text.length, at + rand(40)));
      else text = text.slice(0, at) + snippets[rand(snippets.length)] + text.slice(at);
      const inc = renderer.render(text);
      const fresh = createNoteRenderer().render(text);
      assert.deepEqual(inc.blocks, fresh.blocks, `edit ${i}`);
      assert.deepEqual(inc.errors, fresh.errors, `edit ${i}`);
    }
  });
});

suite('markdown: rendering in steps', () => {
  const note = Array.from({ length: 30 }, (_, i) => `## 第 ${i} 节 Section ${i}\n\n段落 ${i}：$x_{${i}}^2 + y$ and text.`).join('\n\n');

  test('one block per step, the requested lines first, then the rest in order; the result equals render()', () => {
    const job = createNoteRenderer().begin(note);
    const total = splitBlocks(note).length;
    assert.equal(job.remaining, total);
    // Stop after every block: the first step renders the first block overlapping lines 40–41.
    assert.equal(job.step(() => true, { startLine: 40, endLine: 41 }), false);
    assert.equal(job.remaining, total - 1);
    const partial = job.partial();
    const done = partial.filter((b) => !b.id.startsWith('pending-'));
    assert.equal(done.length, 1);
    assert.ok(done[0].startLine <= 41 && done[0].endLine >= 40, `rendered ${done[0].startLine}–${done[0].endLine}`);
    assert.match(done[0].html, /class="katex"|<h2/);
    const placeholder = partial.find((b) => b.id.startsWith('pending-'));
    assert.ok(placeholder);
    assert.match(placeholder.html, /^<div class="rn-pending" data-line="0" style="min-height:[\d.]+em"><\/div>$/);
    // The next step continues with the requested range, then from the top.
    job.step(() => true, { startLine: 40, endLine: 41 });
    job.step(() => true);
    const second = job.partial();
    assert.equal(second[0].id.startsWith('pending-'), false, 'the first block of the note is rendered third');
    let steps = 3;
    while (!job.step(() => true)) steps++;
    assert.equal(steps + 1, total);
    assert.equal(job.remaining, 0);
    assert.deepEqual(job.result(), createNoteRenderer().render(note));
  });

  test('a long note is split, marked, rendered and assembled in steps: each step stops when asked, and the result equals render()', () => {
    // Over 100,000 characters: the split and the marks pause too, and the result is assembled in pieces.
    const long = Array.from({ length: 3000 }, (_, i) => `## 第 ${i} 节\n\n**Q${i}: 为什么 ${i}?**\n\n- 术语${i}：定义 $x_{${i}}$。`).join('\n\n');
    assert.ok(long.length > 100_000);
    const job = createNoteRenderer().begin(long);
    let steps = 0;
    // Every call says stop: a step does one unit of work (a piece of the split, a span, a block, a piece of the result).
    while (!job.step(() => true)) steps++;
    assert.ok(steps > 3000 + 5, `${steps} steps`);
    assert.equal(job.ready, true);
    const result = job.result();
    assert.deepEqual(result, createNoteRenderer().render(long));
    // The view shows the same blocks, without copying them.
    const view = job.blocks;
    assert.equal(view.length, result.blocks.length);
    assert.deepEqual([view.id(7), view.startLine(7), view.endLine(7), view.html(7)],
      [result.blocks[7].id, result.blocks[7].startLine, result.blocks[7].endLine, result.blocks[7].html]);
  });

  test('the view of a job in progress has every block, html only for those rendered', () => {
    const job = createNoteRenderer().begin(note);
    job.step(() => true, { startLine: 40, endLine: 41 });
    const view = job.blocks;
    assert.equal(view.length, splitBlocks(note).length);
    const rendered = Array.from({ length: view.length }, (_, i) => view.html(i) !== undefined);
    assert.equal(rendered.filter(Boolean).length, 1);
    const i = rendered.indexOf(true);
    assert.ok(view.startLine(i) <= 41 && view.endLine(i) >= 40);
  });

  test('placeholders and real blocks have different ids, and partial() covers every block in order', () => {
    const job = createNoteRenderer().begin(note);
    job.step(() => true);
    const partial = job.partial();
    const result = job.result();
    assert.deepEqual(partial.map((b) => [b.startLine, b.endLine]), result.blocks.map((b) => [b.startLine, b.endLine]));
    assert.deepEqual(partial.map((b) => b.id.replace(/^pending-/, '')), result.blocks.map((b) => b.id));
    assert.equal(partial.filter((b) => b.id.startsWith('pending-')).length, result.blocks.length - 1);
  });

  test('a job over a cached note has nothing left; an abandoned job leaves the renderer consistent', () => {
    const renderer = createNoteRenderer();
    renderer.render(note);
    assert.equal(renderer.begin(note).remaining, 0);
    const edited = note.replace('段落 7：', '段落七：');
    const abandoned = renderer.begin(edited);
    assert.equal(abandoned.remaining, 1);
    // Never finished; the next render of another edit still equals a fresh render.
    const again = note.replace('段落 9：', '段落九：');
    const result = renderer.render(again);
    const fresh = createNoteRenderer().render(again);
    assert.deepEqual(result.blocks, fresh.blocks);
    assert.deepEqual(result.errors, fresh.errors);
    assert.equal(result.rendered.length, 1);
  });
});

suite('markdown: a long note in steps', () => {
  test('matching thousands of blocks takes several steps (not ready, nothing rendered), then rendering goes on; the result equals render()', () => {
    const note = Array.from({ length: 1500 }, (_, i) => `## H${i}\n\n段落 ${i} $x_{${i}}$`).join('\n\n');
    const job = createNoteRenderer().begin(note);
    assert.equal(job.ready, false);
    let steps = 0;
    while (!job.ready) {
      assert.equal(job.step(() => true), false);
      steps++;
    }
    assert.ok(steps > 10, `matching took ${steps} steps`);
    const before = job.remaining;
    // The step that finished matching may have rendered one block already.
    assert.ok(before === 3000 || before === 2999, `${before}`);
    job.step(() => true);
    assert.equal(job.remaining, before - 1, 'a ready job renders a block per step');
    assert.deepEqual(job.result(), createNoteRenderer().render(note));
  });
});
