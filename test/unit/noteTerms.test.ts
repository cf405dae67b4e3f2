import * as assert from 'node:assert/strict';
import { parseNote } from '../../src/core/notes';
import { appendGlossaryEntry, parseGlossaryFile } from '../../src/core/glossary/glossaryFile';
import { longForm, termsFromNote } from '../../src/core/glossary/noteTerms';
import { TermIndex } from '../../src/core/glossary/termIndex';

const NOTE = [
  '# 三维视觉定位', //                                                        0
  '引入用于分层语义建模的状态空间对偶性（SSD）模块以缓解长依赖问题。', //       1
  'We train a Deep Compression Autoencoder (DC-AE) that compresses 32×.', // 2
  '- 马尔可夫链：下一状态只依赖当前状态。', //                                3
  '', //                                                                      4
  '**思维链 (CoT)**', //                                                      5
  '让模型先写出推理步骤。', //                                                 6
  '```', //                                                                   7
  '代码里的缩写（NOPE）不算', //                                              8
  '```', //                                                                   9
].join('\n');

suite('terms from notes', () => {
  const terms = termsFromNote(NOTE, parseNote(NOTE), 'file:///note.md');

  test('definitions, pseudo-headings with abbreviations, and abbreviations in running text', () => {
    assert.deepEqual(terms.map((t) => [t.term, t.aliases.join('|'), t.origin.kind === 'note' ? t.origin.line : -1]), [
      ['马尔可夫链', '', 3],
      ['思维链', 'CoT', 5],
      ['SSD', '状态空间对偶性', 1],
      ['DC-AE', 'Deep Compression Autoencoder', 2],
    ]);
    assert.equal(terms[2].definition, '引入用于分层语义建模的状态空间对偶性（SSD）模块以缓解长依赖问题。');
    assert.equal(terms[2].expansion, '状态空间对偶性');
    assert.deepEqual(terms[2].origin, { kind: 'note', uri: 'file:///note.md', line: 1, character: 19 });
  });

  test('the note\'s own SSD comes before the built-in senses', () => {
    const idx = new TermIndex();
    idx.add({ term: 'SSD', aliases: [], definition: 'Single Shot MultiBox Detector', origin: { kind: 'builtin', field: 'detection' } });
    for (const t of terms) idx.add(t);
    const m = idx.lookup('基于SSD的模块', 3);
    assert.equal(m?.definitions[0].expansion, '状态空间对偶性');
    assert.equal(m?.definitions[1].origin.kind, 'builtin');
  });

  test('long forms', () => {
    assert.equal(longForm('使用了潜在扩散模型', 'LDM'), '潜在扩散模型');
    assert.equal(longForm('based on the Vision Transformer ', 'ViT'), 'Vision Transformer');
    assert.equal(longForm('Diffusion Transformers', 'DiTs'), 'Diffusion Transformers');
    assert.equal(longForm('噪声预测损失：通过均方误差', 'MSE'), '均方误差');
    assert.equal(longForm('用Ss和St分别表示源域和目标域经过主成分分析', 'PCA'), '主成分分析');
    assert.equal(longForm('把 $A$ 限制为标量乘单位阵，得到状态空间对偶性', 'SSD'), '状态空间对偶性');
    assert.equal(longForm('对特征进行批归一化', 'BN'), '批归一化');
    assert.equal(longForm('3×3 深度卷积和门控线性单元', 'GLU'), '门控线性单元');
    assert.equal(longForm('价格是 10', 'USD'), undefined);
    assert.equal(longForm('see figure', 'A1'), undefined);
  });
});

suite('glossary files', () => {
  test('entries with aliases and multi-paragraph bodies; a malformed entry is reported and the rest kept', () => {
    const text = [
      '# 我的术语表',
      '说明文字不属于任何词条。',
      '## KL 散度',
      'Aliases: KL divergence, 相对熵',
      '',
      '衡量两个分布差异的非对称量：$D_{KL}(P\\|Q)$。',
      '',
      '总是非负。',
      '## 空词条',
      '',
      '## DDIM',
      '别名：Denoising Diffusion Implicit Models',
      '```',
      '## 代码里的标题不是词条',
      '```',
      '非马尔可夫的采样过程。',
    ].join('\n');
    const g = parseGlossaryFile(text, 'file:///glossary.md');
    assert.deepEqual(g.definitions.map((d) => [d.term, d.aliases, d.origin.kind === 'glossary' ? d.origin.line : -1]), [
      ['KL 散度', ['KL divergence', '相对熵'], 2],
      ['DDIM', ['Denoising Diffusion Implicit Models'], 10],
    ]);
    assert.equal(g.definitions[0].definition, '衡量两个分布差异的非对称量：$D_{KL}(P\\|Q)$。\n\n总是非负。');
    assert.match(g.definitions[1].definition, /## 代码里的标题不是词条/);
    assert.deepEqual(g.problems, [{ line: 8, code: 'no-definition', term: '空词条', message: '"空词条" has no definition under its heading' }]);
  });

  test('a file that is not a glossary at all yields no entries and no crash', () => {
    assert.deepEqual(parseGlossaryFile('\u0000\u0001 binary junk ## not at line start', 'file:///x.md'), { definitions: [], problems: [] });
    assert.deepEqual(parseGlossaryFile('## T\n```\nunclosed', 'file:///x.md').problems.map((p) => p.message), ['a code fence is never closed']);
  });

  test('appending an entry round-trips through the parser', () => {
    let text = appendGlossaryEntry('', 'LDM', '在潜空间中扩散。', ['潜在扩散模型']);
    text = appendGlossaryEntry(text, 'DiT', 'Transformer 去噪网络。');
    assert.equal(text, '# Glossary\n\n## LDM\nAliases: 潜在扩散模型\n\n在潜空间中扩散。\n\n## DiT\n\nTransformer 去噪网络。\n');
    assert.deepEqual(parseGlossaryFile(text, 'u').definitions.map((d) => d.term), ['LDM', 'DiT']);
  });
});
