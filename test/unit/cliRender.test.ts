import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fixtures, run } from './cliHarness';

const markdownFixtures = join(fixtures, 'markdown');

suite('cli: render', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'rn-render-'));
  });
  teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('-o writes a self-contained document with KaTeX CSS inlined and its fonts beside it', () => {
    const out = join(dir, 'sub', 'basic.html');
    const r = run('render', join(markdownFixtures, 'markdown-basic.md'), '-o', out);
    assert.equal(r.code, 0, r.err);
    const html = readFileSync(out, 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes('<meta charset="utf-8">'));
    assert.ok(html.includes('<title>markdown-basic</title>'));
    assert.match(html, /\.katex\{/, 'KaTeX CSS is inlined');
    assert.match(html, /url\(katex-fonts\/KaTeX_Main-Regular\.woff2\)/);
    assert.doesNotMatch(html, /url\(fonts\//);
    assert.equal((html.match(/class="katex"/g) ?? []).length, 7);
    assert.doesNotMatch(html, /<script/i);
    const fonts = readdirSync(join(dir, 'sub', 'katex-fonts'));
    assert.ok(fonts.includes('KaTeX_Main-Regular.woff2'), fonts.join(','));
    // Every font the CSS names is there.
    for (const m of html.matchAll(/url\(katex-fonts\/([^)]+)\)/g)) assert.ok(fonts.includes(m[1]), m[1]);
    // A relative image is made relative to the output file.
    const expected = relative(join(dir, 'sub'), join(markdownFixtures, 'img/arch.png')).split(/[\\/]/).join('/');
    assert.ok(html.includes(`<img src="${encodeURI(expected)}" alt="架构图">`), expected);
  });

  test('--output= and the default output name next to the note', () => {
    const note = join(dir, '笔记.md');
    writeFileSync(note, '# 标题\n\n$x$\n');
    assert.equal(run('render', note).code, 0);
    assert.ok(existsSync(join(dir, '笔记.html')));
    assert.ok(existsSync(join(dir, 'katex-fonts')));
    assert.equal(run('render', `--output=${join(dir, 'b.html')}`, note).code, 0);
    assert.ok(readFileSync(join(dir, 'b.html'), 'utf8').includes('<h1 data-line="0">标题</h1>'));
  });

  test('usage errors exit with 2, unreadable notes with 1', () => {
    assert.equal(run('render').code, 2);
    assert.equal(run('render', 'a.md', 'b.md').code, 2);
    assert.match(run('render', 'a.md', '-o').err, /needs a file name/);
    assert.equal(run('render', 'a.md', '-o').code, 2);
    assert.equal(run('render', 'a.md', '--json').code, 2);
    assert.equal(run('outline', 'a.md', '-o', 'x.html').code, 2);
    const missing = run('render', join(dir, 'missing.md'), '-o', join(dir, 'x.html'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /cannot read .*missing\.md: no such file or directory/);
  });
});

suite('cli: lint', () => {
  test('prints every formula error as file:line:col: message and exits 1', () => {
    const r = run('lint', join(markdownFixtures, 'markdown-math.md'));
    assert.equal(r.code, 1);
    const lines = r.out.split('\n');
    assert.equal(lines.length, 5, r.out);
    const file = relative(process.cwd(), join(markdownFixtures, 'markdown-math.md'));
    assert.deepEqual(lines.map((l) => l.replace(/: KaTeX parse error: .*$/, '')), [
      `${file}:20:6`, `${file}:20:20`, `${file}:22:5`, `${file}:24:6`, `${file}:24:16`,
    ]);
    assert.match(lines[2], /Too many expansions/);
    assert.match(lines[1], /Undefined control sequence: \\badmacro/);
  });

  test('a directory is walked; a clean note exits 0 with no output', () => {
    const r = run('lint', markdownFixtures);
    assert.equal(r.code, 1);
    const files = new Set(r.out.split('\n').map((l) => l.replace(/:\d+:\d+: .*$/, '').replace(/.*[\\/]/, '')));
    assert.deepEqual([...files].sort(), ['markdown-basic.md', 'markdown-math.md']);
    const clean = run('lint', join(markdownFixtures, 'markdown-hostile.md'), join(fixtures, 'definitions.md'));
    assert.equal(clean.code, 0);
    assert.equal(clean.out, '');
  });

  test('usage errors exit with 2; an unreadable path with 1', () => {
    assert.equal(run('lint').code, 2);
    assert.equal(run('lint', 'x.md', '--bogus').code, 2);
    const r = run('lint', join(fixtures, 'no-such-note.md'));
    assert.equal(r.code, 1);
    assert.match(r.err, /cannot read/);
  });

  test('the help lists the new commands', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    assert.match(r.out, /render <file> \[-o out\.html\]/);
    assert.match(r.out, /lint <file\|dir>\.\.\./);
  });
});
