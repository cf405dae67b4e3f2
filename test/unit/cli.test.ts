import * as assert from 'node:assert/strict';
import { join } from 'node:path';
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
    const paths = JSON.parse(r.out).notes.map((n: { file: string }) => n.file);
    assert.deepEqual(paths, [...paths].sort());
    const files = paths.map((f: string) => f.replace(/.*[\\/]/, ''));
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
