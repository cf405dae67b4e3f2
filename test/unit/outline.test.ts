import * as assert from 'node:assert/strict';
import { buildOutline, nodeAtLine, parseNote, type OutlineNode } from '../../src/core/notes';

const NOTE = [
  '# 扩散模型', //                       0
  '## 先验概念', //                      1
  '- 马尔可夫链：无记忆的随机过程。', //   2
  '- KL 散度：不对称的距离。', //        3
  '', //                                 4
  '**Question： DDPM 和 DDIM 的关系?**', // 5
  '', //                                 6
  '共享权重，采样不同。', //              7
  '', //                                 8
  '## 为什么要加噪？', //                9
  '让分布平滑过渡。', //                  10
  '# 注意力', //                         11
  '正文。', //                           12
].join('\n');

/** Renders a tree as indented lines: kind, label, counts. */
function show(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.kind}${n.isQuestion && n.kind === 'topic' ? '?' : ''}:${n.label} [${n.questionCount}q ${n.definitionCount}d]`,
    ...show(n.children, depth + 1),
  ]);
}

suite('outline', () => {
  const model = parseNote(NOTE);

  test('topics nest by level with their questions and terms as children', () => {
    assert.deepEqual(show(buildOutline(model)), [
      'topic:扩散模型 [2q 2d]',
      '  topic:先验概念 [1q 2d]',
      '    definition:马尔可夫链 [0q 1d]',
      '    definition:KL 散度 [0q 1d]',
      '    question:DDPM 和 DDIM 的关系? [1q 0d]',
      '  topic?:为什么要加噪？ [1q 0d]',
      'topic:注意力 [0q 0d]',
    ]);
  });

  test('the questions filter keeps questions and the topics above them', () => {
    assert.deepEqual(show(buildOutline(model, 'questions')), [
      'topic:扩散模型 [2q 0d]',
      '  topic:先验概念 [1q 0d]',
      '    question:DDPM 和 DDIM 的关系? [1q 0d]',
      '  topic?:为什么要加噪？ [1q 0d]',
    ]);
  });

  test('the terms filter keeps terms and the topics above them', () => {
    assert.deepEqual(show(buildOutline(model, 'terms')), [
      'topic:扩散模型 [0q 2d]',
      '  topic:先验概念 [0q 2d]',
      '    definition:马尔可夫链 [0q 1d]',
      '    definition:KL 散度 [0q 1d]',
    ]);
  });

  test('ids stay the same across an unrelated edit and differ for repeated titles', () => {
    const ids = (text: string): string[] => {
      const out: string[] = [];
      const walk = (ns: readonly OutlineNode[]): void => ns.forEach((n) => (out.push(n.id), walk(n.children)));
      walk(buildOutline(parseNote(text)));
      return out;
    };
    const before = ids(NOTE);
    const after = ids(NOTE.replace('正文。', '正文，改了一个字。'));
    assert.deepEqual(after, before);
    assert.deepEqual(ids('# A\n# A\n'), ['t:A', 't:A#1']);
  });

  test('nodeAtLine finds the innermost item under the cursor', () => {
    const roots = buildOutline(model);
    const at = (line: number): string | undefined => nodeAtLine(roots, line)?.label;
    assert.equal(at(0), '扩散模型');
    assert.equal(at(3), 'KL 散度');
    assert.equal(at(7), 'DDPM 和 DDIM 的关系?');
    assert.equal(at(10), '为什么要加噪？');
    assert.equal(at(12), '注意力');
    assert.equal(nodeAtLine(buildOutline(parseNote('前言\n# A\n')), 0), undefined);
  });

  test('a pseudo-heading that defines its term counts it instead of repeating it as a child', () => {
    const m = parseNote('## 潜空间\n\n**LDM**\n在潜空间里扩散。\n\n- VAE：变分自编码器。\n');
    assert.deepEqual(show(buildOutline(m)), ['topic:潜空间 [0q 2d]', '  topic:LDM [0q 2d]', '    definition:VAE [0q 1d]']);
    const ldm = buildOutline(m)[0].children[0];
    assert.equal(ldm.definition, 0);
    assert.equal(m.definitions[ldm.definition!].term, 'LDM');
    assert.deepEqual(show(buildOutline(m, 'terms')), ['topic:潜空间 [0q 2d]', '  topic:LDM [0q 2d]', '    definition:VAE [0q 1d]']);
  });

  test('parent links point at the enclosing node', () => {
    const roots = buildOutline(model);
    const term = roots[0].children[0].children[1];
    assert.equal(term.label, 'KL 散度');
    assert.equal(term.parent?.label, '先验概念');
    assert.equal(term.parent?.parent?.label, '扩散模型');
    assert.equal(roots[0].parent, undefined);
  });
});
