/**
 * The hostile notes of test/fixtures/hostile (files and generated ones) through the core: the
 * parser, the card extractor and the renderer finish quickly, and the rendered HTML holds no
 * executable markup. (The same notes run in the real browser in test/host/suite/hardening.test.ts.)
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from '../../src/core/notes';
import { createNoteRenderer } from '../../src/core/markdown';
import { extractCards } from '../../src/core/quiz/cardExtractor';
import { deepBrackets, deepList, longLine } from '../fixtures/hostile/generated';

const dir = join(__dirname, '../../../test/fixtures/hostile');
const notes: [string, string][] = [
  ...readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f): [string, string] => [f, readFileSync(join(dir, f), 'utf8')]),
  ['deep list (5,000 levels)', deepList(5000)],
  ['deep brackets (5,000)', deepBrackets(5000)],
  ['100 KB line', longLine(100_000)],
];

/** Tags of `html` outside KaTeX's own markup (which carries trusted inline styles). */
function foreignTags(html: string): string[] {
  const outsideKatex = html.replace(/<span class="katex[^"]*">[^]*?<\/span><\/span><\/span>/g, '');
  return [...outsideKatex.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => m[0]);
}

suite('hostile notes through the core', () => {
  test('there are hostile fixtures', () => assert.ok(notes.length >= 7, `${notes.length}`));

  for (const [name, text] of notes) {
    test(`${name}: parsed, carded and rendered in time, nothing executable in the HTML`, function () {
      this.timeout(20000);
      const started = Date.now();
      const model = parseNote(text);
      const cards = extractCards(text, model, 'hostile.md', { reverseDefinitions: false });
      assert.ok(cards.length >= 1, `the note's question is a card (${cards.length})`);
      const result = createNoteRenderer({ resolveResource: (h) => `res:/${h}` }).render(text, model);
      const html = result.blocks.map((b) => b.html).join('');
      assert.ok(html.includes('Safe end'), 'the note renders to its end');
      for (const tag of foreignTags(html)) {
        assert.doesNotMatch(tag, /^<(script|iframe|frame|object|embed|svg|math|style|link|meta|form|input|button|base|body|animate|set)\b/i, tag);
        assert.doesNotMatch(tag, /\son\w+\s*=/i, tag);
        assert.doesNotMatch(tag, /\s(href|src|action|formaction|data)\s*=\s*"\s*(javascript|vbscript|data:text)/i, tag);
      }
      // The card fronts and backs the quiz panel shows go through the same renderer.
      for (const card of cards.slice(0, 5)) {
        const face = createNoteRenderer({}).render(`${card.front}\n\n${card.back}`).blocks.map((b) => b.html).join('');
        for (const tag of foreignTags(face)) assert.doesNotMatch(tag, /^<(script|iframe|svg|style)\b|\son\w+\s*=/i, tag);
      }
      assert.ok(Date.now() - started < 15000, `took ${Date.now() - started} ms`);
    });
  }
});
