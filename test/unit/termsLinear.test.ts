/**
 * Abbreviations in running text are found in one forward pass: a long note costs time in
 * proportion to its length, whatever its brackets (a note of 200,000 lines without `（` once
 * searched to its end for one on every line).
 */
import * as assert from 'node:assert/strict';
import { abbreviations, termsFromNote } from '../../src/core/glossary/noteTerms';
import { scanNoteTerms } from '../../src/core/notes/parser';

const LINES = 200_000;

suite('abbreviations on long notes', () => {
  test('200,000 lines without a full-width bracket, half-width brackets on every line', () => {
    const lines: string[] = [];
    for (let i = 0; i < LINES; i++) {
      lines.push(i % 1000 === 999 ? `We use a Latent Diffusion Model (LDM${i}) here.` : `line ${i} (not an abbreviation) and f(x) = (a + b)`);
    }
    const text = lines.join('\n');
    assert.ok(!text.includes('（'));
    const found = abbreviations(text, scanNoteTerms(text), 'long.md');
    assert.equal(found.length, LINES / 1000);
    assert.deepEqual(found[0], {
      term: 'LDM999',
      aliases: ['Latent Diffusion Model'],
      definition: 'We use a Latent Diffusion Model (LDM999) here.',
      expansion: 'Latent Diffusion Model',
      origin: { kind: 'note', uri: 'long.md', line: 999, character: 33 },
    });
    const last = found[found.length - 1];
    assert.equal(last.term, `LDM${LINES - 1}`);
    assert.equal(last.origin.kind === 'note' ? last.origin.line : -1, LINES - 1);
  });

  test('200,000 lines with no bracket at all, and a Chinese abbreviation on the last line', () => {
    const text = `${'纯文本，没有括号。\n'.repeat(LINES)}引入状态空间对偶性（SSD）模块。`;
    const terms = termsFromNote(text, scanNoteTerms(text), 'long.md');
    assert.deepEqual(terms.map((t) => [t.term, t.aliases, t.origin.kind === 'note' ? t.origin.line : -1]), [['SSD', ['状态空间对偶性'], LINES]]);
  });

  test('200,000 lines of full-width brackets that open no abbreviation', () => {
    const text = '说明（见下文）与注释（略）\n'.repeat(LINES);
    assert.deepEqual(abbreviations(text, scanNoteTerms(text), 'long.md'), []);
  });
});
