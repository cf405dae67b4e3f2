import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fixtures, run } from './cliHarness';


suite('cli: outline', () => {
  test('--json prints the documented schema with 1-based lines', () => {
    const r = run('outline', join(fixtures, 'questions.md'), '--json');
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.equal(json.notes.length, 1);
    const note = json.notes[0];
    assert.match(note.file, /questions\.md$/);
    assert.equal(note.eol, 'LF');
    assert.deepEqual(note.questions.map((q: { line: number; text: string }) => `${q.line}:${q.text}`).slice(0, 2), [
      '3:DDPM 和 DDIM 的关系?',
      '9:Why does classifier-free guidance need a null condition?',
    ]);
    assert.equal(note.questions[0].range.start.line, 2);
    assert.deepEqual(Object.keys(note), ['file', 'lineCount', 'eol', 'frontMatter', 'topics', 'questions', 'definitions', 'math', 'codeBlocks']);
  });

  test('a directory is walked for Markdown files in sorted order', () => {
    const r = run('outline', fixtures, '--json');
    assert.equal(r.code, 0);
    // Each folder's entries in sorted order, a subfolder's notes where the folder sorts.
    const paths: string[][] = JSON.parse(r.out).notes.map((n: { file: string }) => relative(fixtures, n.file).split(/[\\/]/));
    const bySegments = (a: string[], b: string[]): number => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length - b.length;
    };
    assert.deepEqual(paths, [...paths].sort(bySegments));
    assert.ok(paths.some((p) => p.length > 1), 'subfolders are walked');
    const files = paths.map((p) => p[p.length - 1]);
    assert.ok(files.includes('math.md') && files.includes('crlf.md'));
    assert.ok(files.every((f: string) => f.endsWith('.md')));
  });

  test('the text outline shows topics, questions and terms with their lines', () => {
    const r = run('outline', join(fixtures, 'definitions.md'));
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    assert.match(lines[0], /definitions\.md$/);
    assert.ok(lines.includes('   1  # 概率与优化基础'), r.out);
    assert.ok(lines.includes('   5      = 马尔可夫链'), r.out);
    assert.match(lines[lines.length - 1], /4 topics, 0 questions, 10 definitions, 1 formulas/);
  });

  test('an unreadable path is reported and the other files still print', () => {
    const r = run('outline', join(fixtures, 'no-such-note.md'), join(fixtures, 'math.md'), '--json');
    assert.equal(r.code, 1);
    assert.match(r.err, /cannot read .*no-such-note\.md: no such file or directory/);
    assert.equal(JSON.parse(r.out).notes.length, 1);
  });

  test('usage errors exit with 2', () => {
    assert.equal(run().code, 2);
    assert.equal(run('outline').code, 2);
    assert.equal(run('frobnicate', 'x').code, 2);
    assert.match(run('outline', 'x', '--bogus').err, /unknown option --bogus/);
    assert.equal(run('--help').code, 0);
  });
});

suite('cli: bad files', () => {
  test('a binary .md, a GBK note and a symbolic link loop: each reported clearly, the good note still read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rn-bad-'));
    try {
      writeFileSync(join(dir, 'good.md'), '# 好的笔记\n\n- 术语：定义\n');
      writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      // "# 中文笔记" in GBK.
      writeFileSync(join(dir, 'gbk.md'), Buffer.from([0x23, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xca, 0xbc, 0xc7, 0x0a]));
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', 'inner.md'), '# Inner\n');
      symlinkSync(dir, join(dir, 'sub', 'loop'), 'dir');
      const r = run('outline', dir, '--json');
      assert.equal(r.code, 1, r.err);
      const files = JSON.parse(r.out).notes.map((n: { file: string }) => n.file.replace(/.*[\\/]/, ''));
      assert.deepEqual(files, ['good.md', 'inner.md']);
      assert.match(r.err, /binary\.md: not a text file \(it holds NUL bytes\): skipped/);
      assert.match(r.err, /gbk\.md: not valid UTF-8 \(another encoding, such as GBK\?\): convert it to UTF-8; skipped/);
      assert.match(r.err, /skipping .*loop: a link to a folder already searched \(a symbolic link loop\?\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
