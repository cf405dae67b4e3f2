/**
 * The lean scan the CLI's term index runs (`scanNoteTerms`) against the full parse: the same
 * definitions, code blocks and front matter on every note in test/fixtures (all folders) and
 * samples/, on the same notes with CRLF line endings and a byte-order mark, and on generated
 * notes in the corpus style; and the same terms out of `termsFromNote`.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateNote } from '../../bench/generateNote';
import { termsFromNote } from '../../src/core/glossary/noteTerms';
import { parseNote } from '../../src/core/notes';
import { beginParse, scanNoteTerms } from '../../src/core/notes/parser';

const root = join(__dirname, '../../..');

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (/\.(md|markdown)$/i.test(name)) out.push(p);
  }
  return out;
}

function assertSame(text: string, label: string): void {
  const full = parseNote(text);
  const lean = scanNoteTerms(text);
  assert.deepEqual(lean.definitions, full.definitions, `${label}: definitions`);
  assert.deepEqual(lean.codeBlocks, full.codeBlocks, `${label}: code blocks`);
  assert.deepEqual(lean.frontMatter, full.frontMatter, `${label}: front matter`);
  assert.deepEqual(termsFromNote(text, lean, 'note.md'), termsFromNote(text, full, 'note.md'), `${label}: terms`);
}

suite('lean terms scan = full parse', () => {
  const files = [...markdownFiles(join(root, 'test/fixtures')), ...markdownFiles(join(root, 'samples'))];

  test('there are notes to compare', () => {
    assert.ok(files.length >= 20, `found ${files.length}`);
    // The comparison means something only when the notes define terms.
    const defined = files.reduce((n, f) => n + parseNote(readFileSync(f, 'utf8')).definitions.length, 0);
    assert.ok(defined >= 20, `found ${defined} definitions`);
  });

  for (const file of files) {
    const name = file.slice(root.length + 1);
    test(name, () => {
      const text = readFileSync(file, 'utf8');
      assertSame(text, name);
      assertSame(text.replace(/\r?\n/g, '\r\n'), `${name} (CRLF)`);
      assertSame(`\ufeff${text}`, `${name} (BOM)`);
    });
  }

  test('generated notes in the corpus style (the benchmark workspace)', () => {
    for (let seed = 1000; seed < 1100; seed++) {
      const text = generateNote({ seed, targetBytes: 5200 }) + (seed % 2 === 0 ? '\n本文采用状态空间对偶性（SSD）与潜在扩散模型（LDM3）的组合。\n' : '');
      assertSame(text, `seed ${seed}`);
    }
    assertSame(generateNote({ seed: 7, targetBytes: 300_000 }), 'large note');
  });

  test('the stepping parse still reports its progress and gives the same model', () => {
    const text = generateNote({ seed: 3, targetBytes: 50_000 });
    const job = beginParse(text, {}, 100);
    let steps = 0;
    let last = 0;
    // Steps move through the lines, then finish the model with every line done.
    while (!job.step(() => true)) {
      steps++;
      assert.ok(job.linesDone > last || job.linesDone === parseNote(text).lineCount - 1);
      last = job.linesDone;
    }
    assert.ok(steps > 1);
    assert.deepEqual(job.result(), parseNote(text));
  });
});
