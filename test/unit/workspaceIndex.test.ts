import * as assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../src/core/workspace/workspaceIndex';
import { parseNote } from '../../src/core/notes';

suite('workspace index', () => {
  test('notes and glossary files feed one term index, updated one file at a time', () => {
    const idx = new WorkspaceIndex();
    idx.addDefinitions([{ term: 'SSD', aliases: [], definition: 'Single Shot MultiBox Detector', origin: { kind: 'builtin', field: 'detection' } }]);
    idx.setNote('a.md', '# A\n引入状态空间对偶性（SSD）模块。\n- DDIM：跳步采样。\n');
    const problems = idx.setGlossary('glossary.md', '## LDM\n在潜空间扩散。\n## 空\n');
    assert.deepEqual(problems.map((p) => p.line), [2]);
    assert.equal(idx.noteCount, 1);
    assert.equal(idx.terms.lookup('基于SSD的', 3)?.definitions[0].expansion, '状态空间对偶性');
    assert.equal(idx.terms.lookup('LDM', 0)?.definitions[0].origin.kind, 'glossary');

    // The note changes: its old definitions go, the new ones come.
    idx.setNote('a.md', '# A\n- DDPM：加噪去噪。\n');
    assert.equal(idx.terms.lookup('DDIM', 0), undefined);
    assert.equal(idx.terms.lookup('SSD', 0)?.definitions.length, 1);
    assert.equal(idx.terms.lookup('DDPM', 0)?.definitions[0].definition, '加噪去噪。');

    idx.removeNote('a.md');
    idx.removeGlossary('glossary.md');
    assert.equal(idx.terms.lookup('DDPM', 0), undefined);
    assert.equal(idx.terms.lookup('LDM', 0), undefined);
    assert.equal(idx.noteCount, 0);
  });

  test('find uses of a term across notes, with line and character', () => {
    const idx = new WorkspaceIndex();
    idx.setNote('a.md', '- DDIM：跳步采样。\n');
    idx.setNote('b.md', '# 采样\n用 DDIM 采样，DDIMs 不算。\n');
    const m = idx.terms.lookup('DDIM', 1)!;
    assert.deepEqual(idx.findUses(m), [
      { uri: 'a.md', line: 0, character: 2, length: 4 },
      { uri: 'b.md', line: 1, character: 2, length: 4 },
    ]);
  });

  test('a note counted in steps (stopped anywhere, even inside a word) gives the same use counts as counted whole', () => {
    const idx = new WorkspaceIndex();
    idx.addDefinitions([
      { term: 'DDIM', aliases: [], definition: 'Denoising Diffusion Implicit Models', origin: { kind: 'builtin', field: 'diffusion' } },
      { term: '马尔可夫链', aliases: [], definition: '无记忆的随机过程', origin: { kind: 'builtin', field: 'probability' } },
    ]);
    const lines = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `第 ${i} 行：DDIM 不是马尔可夫链。` : i % 3 === 1 ? `DDIMs and xDDIM are not DDIM (${i}).` : `基于DDIM的采样 ${i}`));
    idx.setNote('long.md', lines.join('\n'));
    const whole = new Map();
    assert.equal(idx.countUsesIn('long.md', whole), -1);
    const pieces = new Map();
    let calls = 0;
    const stops: number[] = [];
    for (let at = 0; at !== -1; calls++) {
      at = idx.countUsesIn('long.md', pieces, at, () => true);
      stops.push(at);
    }
    assert.ok(calls > 50, `counted in ${calls} steps`);
    // Steps stop at every check, so most stop inside a line (a term cut there would count twice or not at all).
    const text = lines.join('\n');
    assert.ok(stops.filter((at) => at > 0 && text[at - 1] !== '\n').length > 40);
    assert.deepEqual([...pieces.entries()].map(([d, n]) => [d.term, n]).sort(), [...whole.entries()].map(([d, n]) => [d.term, n]).sort());
    assert.deepEqual([...whole.entries()].map(([d, n]) => [d.term, n]).sort(), [['DDIM', 3000], ['马尔可夫链', 1000]]);
    assert.equal(idx.countUsesIn('missing.md', whole), -1);
  });

  test('a note set with the model its caller parsed (in slices) is indexed as one parsed here, and keeps that model', () => {
    const text = '# 概念\n\n- 马尔可夫链：下一状态只依赖当前状态。\n\n状态空间对偶性（SSD）把 SSM 写成注意力。\n';
    const model = parseNote(text);
    for (const keepModels of [true, false]) {
      const given = new WorkspaceIndex({}, { keepModels });
      const own = new WorkspaceIndex({}, { keepModels });
      const a = given.setNote('n.md', text, model);
      const b = own.setNote('n.md', text);
      assert.deepEqual(a.terms, b.terms);
      assert.deepEqual(a.terms.map((t) => t.term), ['马尔可夫链', 'SSD']);
      assert.equal(a.model, keepModels ? model : undefined);
    }
  });
});
