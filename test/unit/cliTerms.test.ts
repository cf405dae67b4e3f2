import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, run } from './cliHarness';

/** Fixture notes for terms and cards; paths print relative to the working directory (the repo root under mocha). */
const dir = join(fixtures, 'terms');
const F = 'test/fixtures/terms';

suite('cli: terms', () => {
  test('prints the merged glossary with origins, the notes\' terms first', () => {
    const r = run('terms', dir, '--no-builtin');
    assert.equal(r.code, 0);
    assert.equal(r.out, [
      '马尔可夫链',
      `  note ${F}/diffusion.md:4:3`,
      '    下一状态只依赖当前状态的随机过程。',
      'DDIM',
      `  note ${F}/diffusion.md:5:3`,
      String.raw`    非马尔可夫的前向过程，可以跳步采样，$\eta = 0$ 时确定性。`,
      'SSD',
      `  note ${F}/mamba.md:4:38  = 状态空间对偶性`,
      '    轨迹序列很长，我们在编码器中采用了 Mamba-2 提出的状态空间对偶性（SSD）：当 $A$ 取标量乘单位阵时，递推形式与线性注意力形式等价。',
      '选择性扫描',
      `  note ${F}/mamba.md:6:3`,
      String.raw`    让 $B$、$C$、$\Delta$ 依赖输入的 SSM 递推。`,
      '硬件感知',
      `  note ${F}/mamba.md:7:5`,
      '    把中间状态留在 SRAM 里，不写回 HBM。',
      'DC-AE',
      `  note ${F}/mamba.md:9:35  = Deep Compression Autoencoder`,
      '    The Deep Compression Autoencoder (DC-AE) shrinks latents 32×, so a DiT …',
      'LDM',
      `  note ${F}/mamba.md:11:3`,
      '    在 VAE 的潜空间里做扩散，再用解码器还原图像，计算量远小于像素空间。',
      'KL 散度',
      `  glossary ${F}/glossary.md:3  (aliases: KL divergence, 相对熵)`,
      String.raw`    衡量两个分布差异的非对称度量：$D_{KL}(P\|Q)=\sum_x P(x)\log\frac{P(x)}{Q(x)}$。`,
      'Classifier-free guidance',
      `  glossary ${F}/glossary.md:10  (aliases: CFG)`,
      String.raw`    Train one model with and without the condition; sample with $\tilde\eps…`,
      '9 terms (9 from 2 notes and 1 glossary file)',
    ].join('\n'));
    // The malformed entry is reported; the good ones are kept.
    assert.equal(r.err, `${F}/glossary.md:8: "空条目" has no definition under its heading`);
  });

  test('with the built-in glossary: the user\'s senses first, built-in senses after, with their field', () => {
    const r = run('terms', dir);
    assert.equal(r.code, 0);
    const lines = r.out.split('\n');
    const ssd = lines.indexOf('SSD');
    assert.deepEqual(lines.slice(ssd + 1, ssd + 6).filter((l) => !l.startsWith('    ')), [
      `  note ${F}/mamba.md:4:38  = 状态空间对偶性`,
      '  builtin (attention)  = State Space Duality',
      '  builtin (detection)  = Single Shot MultiBox Detector',
    ]);
    // Built-in entries come after every term of the user's.
    assert.ok(lines.indexOf('Classifier-free guidance') < lines.indexOf('DDPM'));
    assert.match(lines[lines.length - 1], /^\d{3} terms \(9 from 2 notes and 1 glossary file\)$/);
  });

  test('--json: the documented schema, 1-based origins', () => {
    const r = run('terms', dir, '--no-builtin', '--json');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json), ['version', 'root', 'notes', 'glossaryFiles', 'terms']);
    assert.deepEqual([json.version, json.root, json.notes, json.glossaryFiles], [1, F, 2, 1]);
    assert.deepEqual(json.terms[2], {
      term: 'SSD',
      definitions: [{
        term: 'SSD',
        aliases: ['状态空间对偶性'],
        expansion: '状态空间对偶性',
        definition: '轨迹序列很长，我们在编码器中采用了 Mamba-2 提出的状态空间对偶性（SSD）：当 $A$ 取标量乘单位阵时，递推形式与线性注意力形式等价。',
        tex: null,
        origin: { kind: 'note', file: `${F}/mamba.md`, line: 4, column: 38 },
      }],
    });
    assert.deepEqual(json.terms[7].definitions[0].origin, { kind: 'glossary', file: `${F}/glossary.md`, line: 3, column: 4 });
    const builtin = JSON.parse(run('terms', dir, '--json').out).terms.find((t: { term: string }) => t.term === 'DDPM');
    assert.deepEqual(builtin.definitions[0].origin, { kind: 'builtin', field: 'diffusion' });
  });

  test('usage errors', () => {
    assert.equal(run('terms').code, 2);
    assert.equal(run('terms', dir, dir).code, 2);
    assert.equal(run('terms', join(dir, 'nope')).code, 1);
  });
});

suite('cli: lookup', () => {
  test('the seed-style SSD resolves to the note\'s own 状态空间对偶性 before any built-in sense', () => {
    const r = run('lookup', join(dir, 'mamba.md'), '4', '39');
    assert.equal(r.code, 0);
    assert.equal(r.out, [
      `${F}/mamba.md:4:38: SSD`,
      `  note ${F}/mamba.md:4:38  = 状态空间对偶性`,
      '    轨迹序列很长，我们在编码器中采用了 Mamba-2 提出的状态空间对偶性（SSD）：当 $A$ 取标量乘单位阵时，递推形式与线性注意力形式等价。',
      '  builtin (attention)  = State Space Duality',
      '    Mamba-2 提出的框架：状态矩阵为“标量乘单位阵”的选择性 SSM 等价于带 1-半可分衰减掩码的线性注意力，因此既可按递推计算，也可用分块矩阵乘法高效计算。',
      '    The framework of Mamba-2 showing that a selective SSM whose state matrix is a scalar times identity equals a form of masked linear attention with a 1-semiseparable decay mask, so it can be computed either as a recurrence or with chunked matrix multiplications.',
      String.raw`    tex: y=\big(L\circ CB^\top\big)\,x,\qquad L_{ji}=\begin{cases}\prod_{k=i+1}^{j}a_k & j\ge i\\ 0 & j<i\end{cases}`,
      '  builtin (detection)  = Single Shot MultiBox Detector',
      '    单阶段检测器：在多个不同分辨率的特征图上，对多种宽高比的默认框（锚框）预测类别得分与偏移量，最后做 NMS。',
      '    A one-stage detector that predicts class scores and offsets for default (anchor) boxes of several aspect ratios on multiple feature maps of different resolutions, followed by NMS.',
    ].join('\n'));
  });

  test('every column of the term finds it; the columns around it do not', () => {
    for (const col of ['38', '39', '40']) assert.equal(run('lookup', join(dir, 'mamba.md'), '4', col, '--json').code, 0, col);
    for (const col of ['37', '41']) assert.equal(run('lookup', join(dir, 'mamba.md'), '4', col, '--no-builtin').code, 1, col);
  });

  test('a term defined in another note and a glossary term, glued to Chinese and spaced', () => {
    assert.equal(run('lookup', join(dir, 'diffusion.md'), '7', '4', '--no-builtin').out, [
      `${F}/diffusion.md:7:3: LDM`,
      `  note ${F}/mamba.md:11:3`,
      '    在 VAE 的潜空间里做扩散，再用解码器还原图像，计算量远小于像素空间。',
    ].join('\n'));
    assert.equal(run('lookup', join(dir, 'diffusion.md'), '11', '2', '--no-builtin').out, [
      `${F}/diffusion.md:11:1: KL 散度`,
      `  glossary ${F}/glossary.md:3  (aliases: KL divergence, 相对熵)`,
      String.raw`    衡量两个分布差异的非对称度量：$D_{KL}(P\|Q)=\sum_x P(x)\log\frac{P(x)}{Q(x)}$。`,
    ].join('\n'));
  });

  test('--json: term, 1-based columns (end exclusive), definitions in hover order', () => {
    const r = run('lookup', join(dir, 'diffusion.md'), '7', '17', '--json');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json), ['version', 'file', 'root', 'line', 'column', 'term', 'key', 'startColumn', 'endColumn', 'definitions']);
    assert.deepEqual([json.file, json.root, json.line, json.column, json.term, json.startColumn, json.endColumn], [`${F}/diffusion.md`, F, 7, 17, 'SSD', 16, 19]);
    assert.deepEqual(json.definitions.map((d: { origin: { kind: string; file?: string; field?: string } }) => d.origin.file ?? d.origin.field), [`${F}/mamba.md`, 'attention', 'detection']);
  });

  test('misses that must stay misses exit 1 with a clear message', () => {
    // `SSDs` and `ssd` on line 7 of diffusion.md.
    const line = '基于LDM的方法在潜空间采样；SSD 在这里指检测器，SSDs 与 ssd 都不是术语。';
    for (const word of ['SSDs', 'ssd']) {
      const r = run('lookup', join(dir, 'diffusion.md'), '7', String(line.indexOf(word) + 1));
      assert.equal(r.code, 1, word);
      assert.equal(r.out, '');
      assert.match(r.err, new RegExp(`no known term at ${F}/diffusion\\.md:7:${line.indexOf(word) + 1}$`));
    }
  });

  test('the sample note: SSD is the note\'s 状态空间对偶性 first', () => {
    const sample = join(fixtures, '../../samples/diffusion-interview.md');
    const text = readFileSync(sample, 'utf8').split('\n');
    const line = text.findIndex((l) => l.includes('状态空间对偶性（SSD）'));
    const col = text[line].indexOf('（SSD）') + 2;
    const json = JSON.parse(run('lookup', sample, String(line + 1), String(col + 1), '--json').out);
    assert.equal(json.term, 'SSD');
    assert.equal(json.definitions[0].expansion, '状态空间对偶性');
    assert.equal(json.definitions[0].origin.file, 'samples/diffusion-interview.md');
    assert.equal(json.definitions.at(-1).origin.kind, 'builtin');
  });

  test('usage errors exit 2; an unreadable file exits 1', () => {
    assert.equal(run('lookup', join(dir, 'mamba.md'), '4').code, 2);
    assert.match(run('lookup', join(dir, 'mamba.md'), '0', '1').err, /whole numbers from 1/);
    assert.equal(run('lookup', join(dir, 'mamba.md'), 'x', '1').code, 2);
    assert.match(run('lookup', join(dir, 'none.md'), '1', '1').err, /cannot read .*none\.md: no such file/);
    assert.equal(run('lookup', join(dir, 'mamba.md'), '400', '1').code, 1);
  });
});

suite('cli: cards and export-anki', () => {
  test('cards prints kind, front, back, note, line and id', () => {
    const r = run('cards', join(dir, 'mamba.md'));
    assert.equal(r.code, 0);
    assert.equal(r.out, [
      `${F}/mamba.md:6  definition  6f2036125a85df78`,
      '  Q: 选择性扫描',
      String.raw`  A: 让 $B$、$C$、$\Delta$ 依赖输入的 SSM 递推。`,
      `${F}/mamba.md:7  definition  88f7fed751d94eba`,
      '  Q: 硬件感知',
      '  A: 把中间状态留在 SRAM 里，不写回 HBM。',
      `${F}/mamba.md:11  definition  8afbd2a8d44d385d`,
      '  Q: LDM',
      '  A: 在 VAE 的潜空间里做扩散，再用解码器还原图像，计算量远小于像素空间。',
      `${F}/mamba.md:15  question  a932a498a665fa82`,
      '  Q: SSD 为什么能并行训练?',
      '  A: 训练时按矩阵形式（类似 masked attention）一次算完，推理时用递推形式。',
      '4 cards from 1 note',
    ].join('\n'));
  });

  test('cards --json: the documented schema', () => {
    const r = run('cards', join(dir, 'diffusion.md'), '--json');
    assert.equal(r.code, 0);
    const json = JSON.parse(r.out);
    assert.equal(json.version, 1);
    assert.deepEqual(json.cards.map((c: { kind: string; line: number; front: string }) => `${c.kind}:${c.line}:${c.front}`), [
      'definition:4:马尔可夫链', 'definition:5:DDIM', 'cloze:9:[…] 与 DDPM 共享训练目标。', 'inline:11:KL 散度',
    ]);
    assert.deepEqual(json.cards[2], {
      id: 'ea581e7771b95f8e',
      kind: 'cloze',
      front: '[…] 与 DDPM 共享训练目标。',
      back: '**DDIM** 与 DDPM 共享训练目标。',
      note: `${F}/diffusion.md`,
      line: 9,
      range: { start: { line: 8, character: 0 }, end: { line: 8, character: 23 } },
      topicPath: ['扩散模型', '先验概念'],
    });
  });

  test('a directory is walked; the glossary file gives no cards', () => {
    const r = run('cards', dir, '--json');
    const notes = new Set(JSON.parse(r.out).cards.map((c: { note: string }) => c.note));
    assert.deepEqual([...notes], [`${F}/diffusion.md`, `${F}/mamba.md`]);
  });

  test('export-anki -o writes the TSV Anki imports', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'rn-anki-'));
    try {
      const out = join(tmp, 'sub', 'cards.tsv');
      const r = run('export-anki', join(dir, 'diffusion.md'), '-o', out);
      assert.equal(r.code, 0);
      assert.equal(r.err, `research-notes: wrote 4 cards to ${out}`);
      const tags = 'research-notes 扩散模型::先验概念';
      assert.equal(readFileSync(out, 'utf8'), [
        '#separator:tab',
        '#html:true',
        '#tags column:3',
        ['马尔可夫链', '下一状态只依赖当前状态的随机过程。', tags].join('\t'),
        ['DDIM', String.raw`非马尔可夫的前向过程，可以跳步采样，\(\eta = 0\) 时确定性。`, tags].join('\t'),
        ['[…] 与 DDPM 共享训练目标。', '<b>DDIM</b> 与 DDPM 共享训练目标。', tags].join('\t'),
        ['KL 散度', '衡量两个分布的差异', tags].join('\t'),
        '',
      ].join('\n'));
      // Without -o, the same TSV goes to stdout.
      assert.equal(run('export-anki', join(dir, 'diffusion.md')).out + '\n', readFileSync(out, 'utf8'));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('-o is refused where it means nothing', () => {
    assert.equal(run('cards', dir, '-o', 'x.tsv').code, 2);
    assert.equal(run('export-anki', dir, '--json').code, 2);
  });
});
