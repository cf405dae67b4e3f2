import * as assert from 'node:assert/strict';
import { isCaseSensitive, TermIndex, termKey, type TermDefinition } from '../../src/core/glossary/termIndex';

function def(term: string, aliases: string[] = [], kind: 'note' | 'glossary' | 'builtin' = 'builtin'): TermDefinition {
  const origin = kind === 'builtin' ? { kind, field: 'general' } as const : { kind, uri: `file:///${term}.md`, line: 0, character: 0 };
  return { term, aliases, definition: `${term} 的定义`, origin };
}

function index(...defs: TermDefinition[]): TermIndex {
  const i = new TermIndex();
  for (const d of defs) i.add(d);
  return i;
}

/** The matched text at every term found in `text`. */
function found(idx: TermIndex, text: string): string[] {
  return idx.findAll(text).map((m) => text.slice(m.start, m.end));
}

suite('term index: matching in mixed Chinese and Latin text', () => {
  const idx = index(
    def('扩散模型'), def('潜在扩散模型', ['Latent Diffusion Model']), def('LDM'), def('SSD'), def('马尔可夫链', ['Markov chain']),
    def('KL 散度', ['KL divergence']), def('Linear attention', ['线性注意力']), def('mAP'), def('DiT'),
  );

  const cases: [string, string, string[]][] = [
    ['longest match wins', '潜在扩散模型比扩散模型省算力', ['潜在扩散模型', '扩散模型']],
    ['Latin terms respect word boundaries', 'SSDs and SSD-based models', ['SSD']],
    ['Latin glued to Chinese still matches', '基于LDM的方法', ['LDM']],
    ['Chinese terms inside running text', '使用马尔可夫链的过程', ['马尔可夫链']],
    ['spacing variants', 'KL散度和KL 散度', ['KL散度', 'KL 散度']],
    ['full-width letters', '基于ＬＤＭ的', ['ＬＤＭ']],
    ['acronyms are case-sensitive', 'ssd, Ssd, SSD', ['SSD']],
    ['words are not', 'linear attention and Linear Attention', ['linear attention', 'Linear Attention']],
    ['mixed-case acronyms keep their case', 'mAP and MAP', ['mAP']],
    ['aliases in the other language', 'a Markov chain / 线性注意力', ['Markov chain', '线性注意力']],
    ['a term is not found inside a longer Latin word', 'DiTs, LDMs, mAPs', []],
    ['digits glue like letters', 'LDM2 and 2LDM', []],
    ['nothing matches', '这里没有任何术语', []],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(found(idx, text), expected));

  test('lookup finds the term under the cursor, preferring the longest', () => {
    const text = '潜在扩散模型（LDM）';
    assert.equal(idx.lookup(text, 4)?.key, '潜在扩散模型');
    assert.equal(idx.lookup(text, 0)?.key, '潜在扩散模型');
    assert.equal(idx.lookup(text, 8)?.key, 'LDM');
    assert.equal(idx.lookup(text, 6), undefined);
    const m = idx.lookup('see SSD here', 5);
    assert.deepEqual([m?.start, m?.end], [4, 7]);
  });
});

suite('term index: definitions', () => {
  test('the user\'s own notes come first, then glossary files, then the built-in glossary', () => {
    const builtin = def('SSD');
    const glossary = def('SSD', [], 'glossary');
    const note = def('SSD', ['状态空间对偶性'], 'note');
    const idx = index(builtin, glossary, note);
    assert.deepEqual(idx.lookup('SSD', 1)?.definitions, [note, glossary, builtin]);
    assert.deepEqual(idx.definitionsOf('状态空间对偶性'), [note]);
  });

  test('removing a note\'s definitions updates the index', () => {
    const a = def('DDIM', [], 'note');
    const b = def('DDIM');
    const idx = index(a, b);
    assert.equal(idx.size, 2);
    idx.removeWhere((d) => d.origin.kind === 'note');
    assert.equal(idx.size, 1);
    assert.deepEqual(idx.lookup('DDIM', 0)?.definitions, [b]);
    idx.remove(b);
    assert.equal(idx.lookup('DDIM', 0), undefined);
  });

  test('keys and case rules', () => {
    assert.equal(termKey('KL 散度'), 'KL散度');
    assert.equal(termKey('ＫＬ　散度'), 'KL散度');
    assert.deepEqual(['DDIM', 'mAP', 'LoRA', 'Q', 'Adam', 'Linear attention', '马尔可夫链'].map(isCaseSensitive), [true, true, true, true, false, false, false]);
  });
});
