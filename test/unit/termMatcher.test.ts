/**
 * The matcher on a table: every rule of issue 4 item 2 (longest match, Latin word boundaries,
 * Latin glued to Chinese, Chinese inside running text, spacing and width variants, acronyms
 * case-sensitive and words not), and misses that must stay misses.
 */
import * as assert from 'node:assert/strict';
import { TermIndex, type TermDefinition } from '../../src/core/glossary/termIndex';

const TERMS: readonly (readonly [string, ...string[]])[] = [
  ['扩散模型'], ['潜在扩散模型', 'Latent Diffusion Model'], ['LDM'], ['SSD'], ['马尔可夫链', 'Markov chain'],
  ['KL 散度', 'KL divergence'], ['Linear attention', '线性注意力'], ['mAP'], ['DiT'], ['DC-AE'], ['Mamba-2'],
  ['Classifier-Free Guidance', 'CFG'], ['DDIM'], ['DDIM 采样'], ['交叉熵'], ['Adam'], ['GPT-4'], ['ELBO'], ['证据下界'],
];

function index(): TermIndex {
  const idx = new TermIndex();
  for (const [term, ...aliases] of TERMS) idx.add({ term, aliases, definition: `${term} 的定义`, origin: { kind: 'builtin', field: 'general' } } satisfies TermDefinition);
  return idx;
}

/** [rule, text, every match left to right as `text[start, end)`]. */
const HITS: readonly (readonly [string, string, readonly string[]])[] = [
  // Longest match wins.
  ['longest match: 潜在扩散模型 over 扩散模型', '潜在扩散模型比扩散模型省算力', ['潜在扩散模型', '扩散模型']],
  ['longest match: DDIM 采样 over DDIM', 'DDIM采样与DDIM', ['DDIM采样', 'DDIM']],
  ['longest match across languages', 'Latent Diffusion Model（LDM）', ['Latent Diffusion Model', 'LDM']],
  // Latin word boundaries.
  ['Latin term between spaces', 'see SSD here', ['SSD']],
  ['Latin term before punctuation', 'SSD, SSD. (SSD) SSD-based', ['SSD', 'SSD', 'SSD', 'SSD']],
  ['Latin term with a hyphen inside', 'DC-AE 压缩 32 倍', ['DC-AE']],
  ['Latin term ending in a digit', 'Mamba-2 的 SSD', ['Mamba-2', 'SSD']],
  // Glued to Chinese.
  ['Latin glued to Chinese on both sides', '基于LDM的方法', ['LDM']],
  ['Latin glued to Chinese punctuation', '（SSD）：', ['SSD']],
  ['Chinese glued to Latin', '扩散模型DDIM', ['扩散模型', 'DDIM']],
  // Chinese inside running text.
  ['Chinese term inside running text', '使用马尔可夫链的过程', ['马尔可夫链']],
  ['two Chinese terms back to back', '证据下界交叉熵', ['证据下界', '交叉熵']],
  // Spacing and width variants.
  ['spaced as written', 'KL 散度', ['KL 散度']],
  ['without the space', 'KL散度', ['KL散度']],
  ['more spaces than written', 'KL  散度', ['KL  散度']],
  ['a space inside a Chinese term', '马尔可夫 链', ['马尔可夫 链']],
  ['the ideographic space', 'KL　散度', ['KL　散度']],
  ['full-width letters', '基于ＬＤＭ的', ['ＬＤＭ']],
  ['full-width letters and hyphen', 'ＤＣ－ＡＥ', ['ＤＣ－ＡＥ']],
  ['Latin words with two spaces', 'Linear  attention', ['Linear  attention']],
  ['Latin words with a tab', 'Markov\tchain', ['Markov\tchain']],
  // Case: acronyms case-sensitive, words not.
  ['acronym as written', 'ssd Ssd SSD', ['SSD']],
  ['mixed-case acronym as written', 'MAP map mAP', ['mAP']],
  ['a word in any case', 'adam ADAM Adam', ['adam', 'ADAM', 'Adam']],
  ['words in any case', 'linear attention, Linear Attention, LINEAR ATTENTION', ['linear attention', 'Linear Attention', 'LINEAR ATTENTION']],
  ['Title Case words are words, not acronyms', 'classifier-free guidance', ['classifier-free guidance']],
  ['an acronym alias stays case-sensitive', 'cfg CFG', ['CFG']],
  ['aliases in the other language', 'a Markov chain / 线性注意力', ['Markov chain', '线性注意力']],
];

const MISSES: readonly (readonly [string, string])[] = [
  ['SSD inside SSDs', 'SSDs'],
  ['LDM inside LDMX', 'LDMX'],
  ['LDM after a letter', 'XLDM'],
  ['a digit glues like a letter', 'LDM2 2LDM'],
  ['mAP inside mAPs', 'mAPs'],
  ['DiT inside DiTs and DiTo', 'DiTs DiTo'],
  ['acronym case: ssd is not SSD', 'ssd'],
  ['acronym case: Ssd is not SSD', 'Ssd'],
  ['acronym case: Ldm is not LDM', 'Ldm ldm'],
  ['full-width letters glued to a letter', 'aＳＳＤ'],
  ['a space inside an acronym', 'S SD, L DM'],
  ['Latin words glued together', 'Linearattention'],
  ['a Chinese term across a line break', '马尔可\n夫链'],
  ['a Chinese term across CRLF', '马尔可夫\r\n链'],
  ['Latin words across a line break', 'Linear\nattention'],
  ['a longer digit run', 'GPT-40'],
  ['half a term', '潜在扩散 and 马尔可'],
  ['nothing at all', '这里没有任何术语'],
];

suite('term matcher: table', () => {
  const idx = index();
  for (const [rule, text, expected] of HITS) {
    test(`hit: ${rule}`, () => assert.deepEqual(idx.findAll(text).map((m) => text.slice(m.start, m.end)), expected, text));
  }
  for (const [rule, text] of MISSES) {
    test(`miss: ${rule}`, () => {
      assert.deepEqual(idx.findAll(text).map((m) => text.slice(m.start, m.end)), [], text);
      for (let i = 0; i < text.length; i++) assert.equal(idx.lookup(text, i), undefined, `${text} at ${i}`);
    });
  }

  test('lookup: every character of a term finds the whole term, longest first; neighbours do not', () => {
    const text = '用潜在扩散模型（LDM）做 KL 散度';
    const at = (i: number): string | undefined => {
      const m = idx.lookup(text, i);
      return m && text.slice(m.start, m.end);
    };
    assert.deepEqual([0, 1, 3, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17].map(at), [
      undefined, '潜在扩散模型', '潜在扩散模型', '潜在扩散模型', undefined, 'LDM', 'LDM', undefined, undefined, undefined, 'KL 散度', 'KL 散度', 'KL 散度', 'KL 散度',
    ]);
    assert.equal(at(text.length), undefined);
  });

  test('lookup on a line with CRLF stops at the line end', () => {
    assert.equal(idx.lookup('SSD\r\n马尔可夫链', 3), undefined);
    const m = idx.lookup('SSD\r\n马尔可夫链', 6);
    assert.deepEqual([m?.start, m?.end], [5, 10]);
  });
});
