/**
 * The preview renderer: fixture notes in test/fixtures/markdown → exact HTML fragments (KaTeX's
 * large output is checked by counting its elements), math delimiters, formula errors, marks,
 * resources and the export document.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNoteRenderer, escapeHtml, type RenderResult } from '../../src/core/markdown';
import { parseNote } from '../../src/core/notes';

const dir = join(__dirname, '../../../test/fixtures/markdown');
const fixture = (name: string): string => readFileSync(join(dir, name), 'utf8');

const html = (r: RenderResult): string => r.blocks.map((b) => b.html).join('');
const count = (s: string, needle: string): number => s.split(needle).length - 1;
/** The block whose source starts on `line` (0-based). */
const blockAt = (r: RenderResult, line: number): string => {
  const b = r.blocks.find((x) => x.startLine === line);
  assert.ok(b, `no block starts on line ${line}: ${r.blocks.map((x) => x.startLine).join(',')}`);
  return b.html;
};

suite('markdown: fixture notes', () => {
  test('basic note: headings, marks, lists, task lists, code, tables, links, footnotes', () => {
    const r = createNoteRenderer({ resolveResource: (h) => `https://res.example/${h}` }).render(fixture('markdown-basic.md'));
    assert.equal(blockAt(r, 0), '<h1 data-line="0">扩散模型笔记</h1>\n');
    assert.equal(blockAt(r, 8), '<p data-line="0" class="rn-definition rn-topic" data-term="Score matching"><strong>1.1 Score matching</strong></p>\n');
    assert.equal(blockAt(r, 18), '<p data-line="0" class="rn-question"><strong>Question： DDPM 和 DDIM 的区别?</strong></p>\n');
    assert.equal(blockAt(r, 22), '<pre><code data-line="0" class="language-python">loss = (eps - model(x_t, t)) ** 2  # $x$ 在代码里\n</code></pre>\n');
    const list = blockAt(r, 12);
    assert.ok(list.includes('<li data-line="0" class="rn-definition" data-term="KL 散度">'), list);
    assert.ok(list.includes('<li data-line="1" class="rn-definition" data-term="ELBO">'), list);
    assert.ok(list.includes('<li class="task-list-item" data-line="3">'), list);
    assert.ok(list.includes('<input class="task-list-item-checkbox" checked="" disabled="" type="checkbox"> 读完 DDIM 论文'), list);
    assert.ok(list.includes('<input class="task-list-item-checkbox" disabled="" type="checkbox"> 复现 '), list);
    assert.equal(count(list, 'class="katex"'), 2);
    const table = blockAt(r, 26);
    assert.ok(table.startsWith('<table data-line="0">\n<thead data-line="0">\n<tr data-line="0">\n<th>符号</th>'), table);
    assert.ok(table.includes('<tr data-line="2">\n<td><span class="katex">'), table);
    assert.equal(
      blockAt(r, 32),
      '<p data-line="0">See <a href="https://arxiv.org/abs/2006.11239">the paper</a> and the footnote' +
        '<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>. ' +
        '<img src="https://res.example/img/arch.png" alt="架构图"></p>\n',
    );
    assert.equal(blockAt(r, 34), '', 'a reference definition renders nothing');
    assert.equal(blockAt(r, 36), '<div class="footnote-item" id="fn1"><sup class="footnote-label">1</sup> <p data-line="0">Ho et al., 2020.</p>\n</div>\n');
    // Prices and escapes are text; the one broken formula is shown as source.
    assert.ok(blockAt(r, 2).endsWith(' 逐步加噪，价格 $5 and $10 不是公式，转义的 $ 也不是。</p>\n'), blockAt(r, 2));
    const all = html(r);
    assert.equal(count(all, 'class="katex"'), 7);
    assert.equal(count(all, 'class="katex-display"'), 2);
    assert.equal(count(all, 'class="rn-math-error"'), 1);
    assert.equal(r.errors.length, 1);
  });

  test('every formula the note parser finds is rendered, and nothing else', () => {
    for (const name of ['markdown-basic.md', 'markdown-math.md', 'markdown-blocks.md']) {
      const text = fixture(name);
      const model = parseNote(text);
      const r = createNoteRenderer({ macros: { '\\RR': '\\mathbb{R}', '\\KL': 'D_{KL}(#1\\,\\|\\,#2)' } }).render(text);
      const all = html(r);
      assert.equal(count(all, 'class="katex"') + count(all, 'class="rn-math-error"'), model.math.length, name);
      assert.equal(count(all, 'class="katex-display"') + r.errors.filter((e) => /^\$\$|^\\\[/.test(e.tex)).length,
        model.math.filter((m) => m.display).length, name);
    }
  });

  test('front matter is not shown', () => {
    const r = createNoteRenderer().render(fixture('markdown-blocks.md'));
    assert.equal(r.blocks[0].startLine, 0);
    assert.equal(r.blocks[0].endLine, 3);
    assert.equal(r.blocks[0].html, '');
  });
});

suite('markdown: math', () => {
  const render = (text: string, macros?: Record<string, string>): RenderResult => createNoteRenderer({ macros }).render(text);

  test('all four delimiters, inline and display', () => {
    const r = render(fixture('markdown-math.md'));
    const line3 = blockAt(r, 2);
    assert.equal(count(line3, 'class="katex"'), 4);
    assert.equal(count(line3, 'class="katex-display"'), 2, '$$…$$ and \\[…\\] on a line are display math');
    assert.ok(line3.includes('<annotation encoding="application/x-tex">a^2 + b^2 = c^2</annotation>'));
    assert.ok(line3.includes('<annotation encoding="application/x-tex">\\alpha + \\beta</annotation>'));
    const dollars = blockAt(r, 11);
    assert.ok(dollars.startsWith('<div data-line="0" class="rn-math-block"><span class="katex-display"><span class="katex">'), dollars);
    assert.ok(dollars.endsWith('</span></div>\n'));
    const brackets = blockAt(r, 15);
    assert.ok(brackets.startsWith('<div data-line="0" class="rn-math-block"><span class="katex-display">'), brackets);
  });

  test('prices, escaped dollars and code are not math', () => {
    const r = render(fixture('markdown-math.md'));
    assert.equal(blockAt(r, 4), '<p data-line="0">价格不是公式：GPU 每小时 $5 and $10。\n转义 $x$ 也不是，代码 <code>$y$</code> 与</p>\n');
    assert.equal(blockAt(r, 7), '<pre><code data-line="0">$$z$$ 在围栏里\n</code></pre>\n');
    assert.equal(html(render('A $5 and $10 ticket, \\$3 more.\n')), '<p data-line="0">A $5 and $10 ticket, $3 more.</p>\n');
    assert.equal(html(render('$ x$ and $x $ and $x$1\n')), '<p data-line="0">$ x$ and $x $ and $x$1</p>\n');
    assert.equal(html(render('`$a$` and ``$$b$$``\n')), '<p data-line="0"><code>$a$</code> and <code>$$b$$</code></p>\n');
    assert.equal(html(render('one $$ alone, and $ x\n')), '<p data-line="0">one $$ alone, and $ x</p>\n');
  });

  test('a formula does not cross a line end inline, as in the note parser', () => {
    const text = 'cost $a\nb$ here\n';
    assert.equal(parseNote(text).math.length, 0);
    assert.equal(html(render(text)), '<p data-line="0">cost $a\nb$ here</p>\n');
  });

  test('a $$ block may open inside a paragraph and keep text after its closer', () => {
    const r = render('上文\n$$\nx = 1\n$$ 之后\n');
    assert.equal(r.blocks.length, 1);
    const h = r.blocks[0].html;
    assert.ok(h.startsWith('<p data-line="0">上文</p>\n<div data-line="1" class="rn-math-block">'), h);
    assert.ok(h.endsWith('</div>\n<p data-line="3">之后</p>\n'), h);
  });

  test('$$ after a list marker or in a block quote is not a block (as in the note parser)', () => {
    for (const text of ['- $$\n  x\n  $$\n', '> $$\n> x\n> $$\n']) {
      assert.equal(parseNote(text).math.length, 0, text);
      assert.equal(count(html(render(text)), 'katex'), 0, text);
    }
  });

  test('a broken formula is its escaped source with the message, and an error with its exact range', () => {
    const text = '前文 $a$\n\n错误 $\\frac{a<b$ 之后 **照常**。\n';
    const r = render(text);
    assert.equal(r.errors.length, 1);
    const e = r.errors[0];
    assert.deepEqual(e.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 14 } });
    assert.equal(text.split('\n')[2].slice(3, 14), '$\\frac{a<b$');
    assert.equal(e.tex, '\\frac{a<b');
    assert.match(e.message, /^KaTeX parse error: /);
    assert.equal(
      r.blocks[1].html,
      `<p data-line="0">错误 <span class="rn-math-error" title="${escapeHtml(e.message)}">$\\frac{a&lt;b$</span> 之后 <strong>照常</strong>。</p>\n`,
    );
  });

  test('errors in multi-line blocks and in cached blocks keep exact, shifted ranges', () => {
    const text = '# T\n\n$$\n\\frac{1}{\n$$\n\n\\[ \\oops \\]\n';
    const renderer = createNoteRenderer();
    const r1 = renderer.render(text);
    assert.deepEqual(r1.errors.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.tex]), [
      [2, 0, 4, 2, '\n\\frac{1}{\n'],
      [6, 0, 6, 11, ' \\oops '],
    ]);
    assert.ok(r1.blocks[1].html.startsWith('<div data-line="0" class="rn-math-block"><span class="rn-math-error" title="'));
    const r2 = renderer.render('\n\n' + text);
    assert.deepEqual(r2.rendered, []);
    assert.deepEqual(r2.errors.map((e) => [e.range.start.line, e.range.end.line]), [[4, 6], [8, 8]]);
  });

  test('the fixture errors: broken, undefined macro, macro bomb, and macros from the options', () => {
    const text = fixture('markdown-math.md');
    const without = render(text);
    assert.deepEqual(without.errors.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1}:${e.tex}`), [
      '20:6:\\frac{1}{',
      '20:20:\\badmacro{x}',
      '22:5:\\def\\a{\\a\\a}\\a',
      '24:6:\\RR^n',
      '24:16:\\KL{p}{q}',
    ]);
    assert.match(without.errors[2].message, /Too many expansions/);
    const withMacros = render(text, { '\\RR': '\\mathbb{R}', '\\KL': 'D_{KL}(#1\\,\\|\\,#2)' });
    assert.deepEqual(withMacros.errors.map((e) => e.tex), ['\\frac{1}{', '\\badmacro{x}', '\\def\\a{\\a\\a}\\a']);
    assert.ok(blockAt(withMacros, 23).includes('<annotation encoding="application/x-tex">\\RR^n</annotation>'));
    assert.ok(blockAt(withMacros, 23).includes('mathbb'));
  });

  test('a CRLF note renders and reports errors as its LF original', () => {
    const lf = fixture('markdown-math.md');
    const a = render(lf);
    const b = render(lf.replace(/\n/g, '\r\n'));
    assert.deepEqual(b.errors, a.errors);
    assert.deepEqual(b.blocks.map((x) => [x.startLine, x.endLine, x.html]), a.blocks.map((x) => [x.startLine, x.endLine, x.html]));
  });

  test('macro bombs fail fast', () => {
    const bombs = [
      '$\\def\\a{\\a\\a}\\a$',
      '$\\def\\a{xxxxxxxxxx}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c\\c\\c\\c\\c\\c\\c}\\d\\d\\d\\d\\d$',
      '$\\gdef\\x{\\x x}\\x$',
    ];
    for (const b of bombs) {
      const t0 = Date.now();
      const r = render(b + '\n');
      assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms: ${b}`);
      assert.equal(r.errors.length, 1, b);
    }
  });

  test('macros defined with \\gdef in one formula do not leak into the next', () => {
    const r = render('$\\gdef\\foo{1}\\foo$ and $\\foo$\n');
    assert.deepEqual(r.errors.map((e) => e.tex), ['\\foo']);
  });

  test('KaTeX output is cached by formula: a repeated formula is rendered once', () => {
    const renderer = createNoteRenderer();
    renderer.render('$x^2$\n\n$x^2$ again\n\n$$x^2$$\n');
    assert.equal(renderer.stats.katexRenders, 2, 'inline and display are different entries');
    renderer.render('$x^2$ once more\n');
    assert.equal(renderer.stats.katexRenders, 2);
  });
});

suite('markdown: resources and export', () => {
  test('relative images and links go through resolveResource; absolute ones and anchors do not', () => {
    const seen: string[] = [];
    const r = createNoteRenderer({ resolveResource: (h) => (seen.push(h), `vscode-resource:/notes/${h}`) }).render(
      '![图](<图片/a b.png>) [相对](other.md#x) [绝对](https://example.com/a.png) [锚点](#top) ![](//cdn.example/x.png)\n\n<img src="raw.png" alt="r">\n',
    );
    assert.deepEqual(seen, ['图片/a b.png', 'other.md#x', 'raw.png']);
    const h = html(r);
    assert.ok(h.includes('<img src="vscode-resource:/notes/图片/a b.png" alt="图">'), h);
    assert.ok(h.includes('<a href="vscode-resource:/notes/other.md#x">相对</a>'), h);
    assert.ok(h.includes('<a href="https://example.com/a.png">绝对</a>'), h);
    assert.ok(h.includes('<a href="#top">锚点</a>'), h);
    assert.ok(h.includes('<img src="//cdn.example/x.png" alt="">'), h);
    assert.ok(h.includes('<img src="vscode-resource:/notes/raw.png" alt="r">'), h);
  });

  test('renderDocument: a complete document with charset, a script-free CSP, the CSS and the blocks', () => {
    const doc = createNoteRenderer().renderDocument('# 标题\n\n正文 $x$\n', { title: 'A <note>', css: '.katex { font: 1em KaTeX_Main; }' });
    assert.ok(doc.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'), doc.slice(0, 200));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(doc);
    assert.ok(csp);
    assert.match(csp[1], /default-src 'none'/);
    assert.doesNotMatch(csp[1], /script-src/);
    assert.ok(doc.includes('<title>A &lt;note&gt;</title>'));
    assert.ok(doc.includes('.katex { font: 1em KaTeX_Main; }'));
    assert.ok(doc.includes('"Noto Sans CJK SC"'));
    assert.ok(doc.includes('<h1 data-line="0">标题</h1>'));
    assert.equal(count(doc, 'class="katex"'), 1);
    assert.ok(doc.trimEnd().endsWith('</html>'));
    assert.doesNotMatch(doc, /<script/i);
  });
});
