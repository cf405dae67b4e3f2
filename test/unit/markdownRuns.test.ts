/**
 * The renderer parses runs of neighbouring blocks with one markdown-it parse: every block must
 * still get exactly the HTML it gets when rendered on its own (as in a note of that block alone).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNoteRenderer } from '../../src/core/markdown';

const dir = join(__dirname, '../../../test/fixtures/markdown');

/** Blocks that end in ways a joint parse could get wrong: raw HTML, fences, lists, math, indented code. */
const PIECES = [
  '- a\n  ```\n  code', '- a\n  ```\n  code\n  ```', '# H', '## H2\ntext', '<div>\nx', '<!-- c -->', '<!--\nx\n-->',
  '<pre>\nx\n</pre>', '- a\n\n- b', '1. a\n2. b', '* a\n  - b\n    - c', '> q\n> r', '> q\nlazy', '    code\n    more',
  '- x\n      ```\n      in', '$$\nx^2\n$$', '$$\nx^2\n$$ after', '\\[\na\n\\]', '- a\n  $$\n  b', 'para $x$ and $$y$$',
  '| a | b |\n|---|---|\n| 1 | 2 |', 'text\n===', 'text\n---', '***', '- <div>\n  x', '- a\n  <!--\n  b',
  '<span>inline</span> text', 'http://example.com and a@b.co', '//host/path here', 'www.example.com', '   # indented heading',
  '- a\n\n  para in item', '+ plus', '1) paren', '<details>\n<summary>s</summary>\nx\n</details>', '~~~\nx\n~~~', '$\\broken{$',
];

function mix(seed: number, count: number): string {
  let s = seed;
  const next = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
  const seps = ['\n\n', '\n', '\n\n\n', '\n  \n'];
  let out = '';
  for (let i = 0; i < count; i++) out += PIECES[next(PIECES.length)] + seps[next(seps.length)];
  return out;
}

/** Every block whose id (text and context) is the same alone must have the same HTML alone. */
function assertBlocksAsAlone(text: string, label: string): number {
  const whole = createNoteRenderer().render(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const all = text.split(eol);
  let compared = 0;
  for (const b of whole.blocks) {
    const lines = all.slice(b.startLine, b.endLine + 1).join(eol);
    const alone = createNoteRenderer().render(lines).blocks;
    if (alone.length !== 1 || alone[0].id !== b.id.replace(/-\d+$/, '')) continue;
    assert.equal(b.html, alone[0].html, `${label}: block at line ${b.startLine}`);
    compared++;
  }
  return compared;
}

suite('markdown: blocks parsed in runs', () => {
  test('tricky block endings render as they do alone', () => {
    let compared = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const text = mix(seed, 60);
      compared += assertBlocksAsAlone(text, `mix ${seed}`);
      compared += assertBlocksAsAlone(text.replace(/\n/g, '\r\n'), `mix ${seed} (CRLF)`);
    }
    assert.ok(compared > 1000, `compared ${compared} blocks`);
  });

  test('the fixtures render as their blocks do alone', () => {
    for (const name of ['markdown-basic.md', 'markdown-blocks.md', 'markdown-math.md', 'markdown-hostile.md']) {
      assertBlocksAsAlone(readFileSync(join(dir, name), 'utf8'), name);
    }
  });

  test('an HTML block ending a block keeps no line break from the blank line after it', () => {
    const r = createNoteRenderer().render('<!-- gone -->\n\ntext\n\n<div>\nx\n\nmore\n');
    assert.deepEqual(r.blocks.map((b) => b.html), ['', '<p data-line="0">text</p>\n', '<div>\nx', '<p data-line="0">more</p>\n']);
  });
});
