/**
 * Hostile notes: raw HTML is sanitised, no script, event handler, style or dangerous URL
 * survives, and KaTeX's link commands stay disabled.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNoteRenderer, type RenderResult } from '../../src/core/markdown';

const dir = join(__dirname, '../../../test/fixtures/markdown');
const render = (text: string): string => createNoteRenderer({ resolveResource: (h) => `res:/${h}` }).render(text).blocks.map((b) => b.html).join('');
const blockAt = (r: RenderResult, line: number): string => r.blocks.find((b) => b.startLine === line)?.html ?? `(no block at ${line})`;

/** Every tag the output opens, with its attributes. */
function tags(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => m[0]);
}

suite('markdown: safety', () => {
  const text = readFileSync(join(dir, 'markdown-hostile.md'), 'utf8');
  const r = createNoteRenderer({ resolveResource: (h) => `res:/${h}` }).render(text);
  // KaTeX's own markup (with its inline styles) is trusted output: the blocks with formulas are checked apart.
  const withMath = r.blocks.filter((b) => b.html.includes('class="katex"'));
  const all = r.blocks.filter((b) => !withMath.includes(b)).map((b) => b.html).join('');

  test('the hostile fixture: nothing executable, no styles, no foreign frames', () => {
    for (const tag of tags(all)) {
      assert.doesNotMatch(tag, /^<(script|iframe|object|embed|svg|style|link|meta|form|input|base)\b/i, tag);
      assert.doesNotMatch(tag, /\son\w+\s*=/i, tag);
      assert.doesNotMatch(tag, /\sstyle\s*=/i, tag);
      assert.doesNotMatch(tag, /(javascript|vbscript|data:text)/i, tag);
    }
    assert.doesNotMatch(all, /alert\('boom'\)/, 'a script block is dropped with its content');
  });

  test('the hostile fixture, block by block', () => {
    assert.equal(blockAt(r, 2), '');
    assert.equal(blockAt(r, 4), '<img src="res:/x.png" width="100">');
    assert.equal(blockAt(r, 6), '&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;');
    assert.equal(blockAt(r, 8), '<p data-line="0">&lt;svg onload="alert(2)"&gt;&lt;circle r="4"/&gt;&lt;/svg&gt;</p>\n');
    assert.equal(blockAt(r, 10), '<div class="note">样式注入 <b>粗体</b></div>');
    assert.equal(blockAt(r, 12), '<p data-line="0">[点我](javascript:alert(4)) 和 <a>原始链接</a> 和 <a>编码</a></p>\n');
    assert.equal(
      blockAt(r, 18),
      '<p data-line="0">行内 <span>悬停</span> 与 <img src="data:image/png;base64,iVBORw0KGgo=" alt="ok"> 与 <img alt="bad"></p>\n',
    );
  });

  test('KaTeX \\href and \\url are not links (trust: false)', () => {
    assert.deepEqual(withMath.map((b) => b.startLine), [14, 22]);
    const math = blockAt(r, 14);
    assert.equal((math.match(/class="katex"/g) ?? []).length, 2);
    assert.doesNotMatch(math, /<a\b/);
    assert.doesNotMatch(math, /href=/);
  });

  test('single cases', () => {
    assert.equal(render('<script>alert(1)</script>\n'), '');
    assert.equal(render('text <script>alert(1)</script> more\n'), '<p data-line="0">text &lt;script&gt;alert(1)&lt;/script&gt; more</p>\n');
    assert.equal(render('<img src=x onerror=alert(1)>\n'), '<img src="res:/x">');
    assert.equal(render('<a href="JaVaScRiPt:alert(1)">x</a>\n'), '<p data-line="0"><a>x</a></p>\n');
    assert.equal(render('<a href=" java\tscript:alert(1)">x</a>\n'), '<p data-line="0"><a>x</a></p>\n');
    assert.equal(render('<a href="vbscript:msgbox(1)">x</a>\n'), '<p data-line="0"><a>x</a></p>\n');
    assert.equal(render('<a href="data:text/html,<script>alert(1)</script>">x</a>\n').includes('data:'), false);
    assert.equal(render('<p style="background:url(javascript:alert(1))">x</p>\n'), '<p>x</p>');
    assert.equal(render('[x](javascript:alert(1))\n'), '<p data-line="0">[x](javascript:alert(1))</p>\n');
    assert.equal(render('[x](vbscript:alert(1))\n'), '<p data-line="0">[x](vbscript:alert(1))</p>\n');
    assert.equal(render('![x](data:text/html;base64,AAAA)\n'), '<p data-line="0">![x](data:text/html;base64,AAAA)</p>\n');
    assert.equal(render('<https://example.com/?q=<script>>\n').includes('<script'), false);
    assert.equal(render('<details open><summary>Q</summary>A</details>\n'), '<details open=""><summary>Q</summary>A</details>');
    assert.equal(render('<!-- hidden --> after\n'), ' after');
    assert.equal(render('<svg><script>alert(1)</script></svg>\n').includes('<svg'), false);
  });

  test('raw HTML never gets a mark attribute it did not have, and table cells keep their spans', () => {
    assert.equal(render('<table><tr><td colspan="2" onclick="x()">a</td></tr></table>\n'), '<table><tr><td colspan="2">a</td></tr></table>');
  });
});
