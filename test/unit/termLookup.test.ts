import * as assert from 'node:assert/strict';
import { builtinDefinitions } from '../../src/core/glossary/builtinDefinitions';
import { lineOf, lookupTerm } from '../../src/core/glossary/lookup';
import { groupKey, mergedGlossary } from '../../src/core/glossary/merged';
import { WorkspaceIndex } from '../../src/core/workspace/workspaceIndex';

suite('term lookup (the hover\'s and the CLI\'s one code path)', () => {
  const note = '# 编码器\n我们采用了 Mamba-2 提出的状态空间对偶性（SSD）：递推与注意力等价。\r\n- DDIM：跳步采样。\n';

  function workspace(): WorkspaceIndex {
    const idx = new WorkspaceIndex();
    idx.addDefinitions(builtinDefinitions());
    idx.setNote('other.md', '- SSD：另一篇笔记里的定义。\n');
    idx.setGlossary('glossary.md', '## SSD\n词表里的定义。\n');
    idx.setNote('seed.md', note);
    return idx;
  }

  test('the seed-style SSD resolves to the note\'s own sense, then other notes, glossary files, built-in senses', () => {
    const idx = workspace();
    const found = lookupTerm(idx.terms, note, 1, note.split('\n')[1].indexOf('SSD') + 1, 'seed.md')!;
    assert.equal(found.text, 'SSD');
    const origins = found.definitions.map((d) => (d.origin.kind === 'builtin' ? `builtin:${d.origin.field}` : `${d.origin.kind}:${d.origin.uri}`));
    assert.deepEqual(origins, ['note:seed.md', 'note:other.md', 'glossary:glossary.md', 'builtin:attention', 'builtin:detection']);
    assert.equal(found.definitions[0].expansion, '状态空间对偶性');
    // Read from the other note, that note's own definition comes first.
    const fromOther = lookupTerm(idx.terms, '- SSD：另一篇笔记里的定义。', 0, 3, 'other.md')!;
    assert.equal(fromOther.definitions[0].definition, '另一篇笔记里的定义。');
  });

  test('a document-like source gives the same answer as the text', () => {
    const idx = workspace();
    const lines = note.split(/\r?\n/);
    const doc = { lineAt: (n: number) => ({ text: lines[n] }) };
    const a = lookupTerm(idx.terms, note, 2, 3, 'seed.md');
    const b = lookupTerm(idx.terms, doc, 2, 3, 'seed.md');
    assert.deepEqual([a?.text, a?.start, a?.end, a?.definitions], [b?.text, b?.start, b?.end, b?.definitions]);
    assert.equal(a?.definitions[0].origin.kind, 'note');
  });

  test('lines: CRLF dropped, past the end empty, positions outside the line miss', () => {
    assert.equal(lineOf(note, 1).endsWith('等价。'), true);
    assert.equal(lineOf(note, 9), '');
    const idx = workspace();
    assert.equal(lookupTerm(idx.terms, note, 2, 99), undefined);
    assert.equal(lookupTerm(idx.terms, note, 9, 0), undefined);
    assert.equal(lookupTerm(idx.terms, note, 2, -1), undefined);
  });

  test('the merged glossary groups senses by term, the user\'s first; acronyms keep their case', () => {
    const idx = workspace();
    const groups = mergedGlossary(idx.terms.definitions());
    const ssd = groups.find((g) => g.term === 'SSD')!;
    assert.deepEqual(ssd.definitions.map((d) => d.origin.kind), ['note', 'note', 'glossary', 'builtin', 'builtin']);
    assert.equal(groups[0].term, 'SSD');
    assert.ok(groups.some((g) => g.term === 'mAP'));
    assert.notEqual(groupKey('mAP'), groupKey('MAP'));
    assert.equal(groupKey('Linear attention'), groupKey('linear Attention'));
  });
});

suite('workspace index: rename and counts', () => {
  test('a renamed note moves with its definitions; nothing else is re-read', () => {
    const idx = new WorkspaceIndex();
    idx.setNote('a.md', '- DDIM：跳步采样。\n');
    idx.setNote('b.md', '用 DDIM 采样。\n');
    const model = idx.note('a.md')!.model;
    assert.equal(idx.rename('a.md', 'dir/c.md'), true);
    assert.equal(idx.note('a.md'), undefined);
    assert.equal(idx.note('dir/c.md')!.model, model, 'not re-parsed');
    const defs = idx.terms.definitionsOf('DDIM');
    assert.deepEqual(defs.map((d) => d.origin.kind === 'note' && d.origin.uri), ['dir/c.md']);
    assert.deepEqual(idx.findUses(idx.terms.lookup('DDIM', 0)!).map((u) => u.uri), ['b.md', 'dir/c.md']);
    idx.setGlossary('g.md', '## LDM\n潜空间扩散。\n');
    assert.equal(idx.rename('g.md', 'glossary.md'), true);
    assert.deepEqual(idx.terms.definitionsOf('LDM').map((d) => d.origin.kind !== 'builtin' && d.origin.uri), ['glossary.md']);
    assert.equal(idx.rename('missing.md', 'x.md'), false);
    assert.deepEqual([idx.noteUris(), idx.glossaryUris()], [['b.md', 'dir/c.md'], ['glossary.md']]);
  });

  test('a rename keeps the definitions themselves, pointed at the new uri, in the index\'s lookups and counts', () => {
    const idx = new WorkspaceIndex();
    const text = Array.from({ length: 2000 }, (_, i) => `- 术语${i}：定义 ${i}。`).join('\n');
    const before = idx.setNote('a.md', text).terms;
    idx.setGlossary('g.md', '## LDM\n潜空间扩散。\n');
    const glossary = idx.terms.definitionsOf('LDM')[0];
    const counts = idx.useCounts();
    assert.equal(idx.rename('a.md', 'b.md'), true);
    assert.equal(idx.rename('g.md', 'glossary.md'), true);
    const after = idx.note('b.md')!.terms;
    assert.equal(after.length, 2000);
    after.forEach((d, i) => assert.equal(d, before[i]));
    assert.deepEqual(new Set(after.map((d) => d.origin.kind === 'note' && d.origin.uri)), new Set(['b.md']));
    assert.equal(idx.terms.lookup('术语1999', 0)?.definitions[0], before[1999]);
    assert.equal(idx.terms.definitionsOf('LDM')[0], glossary);
    assert.equal(glossary.origin.kind === 'glossary' && glossary.origin.uri, 'glossary.md');
    assert.equal(idx.terms.size, 2000 + 1);
    assert.deepEqual(idx.useCounts(), counts);
    assert.deepEqual(idx.findUses(idx.terms.lookup('术语7', 0)!), [{ uri: 'b.md', line: 7, character: 2, length: 3 }]);
  });

  test('use counts per definition across notes', () => {
    const idx = new WorkspaceIndex();
    idx.setNote('a.md', '- DDIM：跳步采样。\n');
    idx.setNote('b.md', 'DDIM 与 DDIM 反演。\n');
    const [ddim] = idx.terms.definitionsOf('DDIM');
    assert.equal(idx.useCounts().get(ddim), 3);
  });

  test('without texts the index still looks up, and counts nothing', () => {
    const idx = new WorkspaceIndex({}, { keepTexts: false });
    idx.setNote('a.md', '- DDIM：跳步采样。\n');
    assert.equal(idx.terms.lookup('DDIM', 0)?.definitions.length, 1);
    assert.equal(idx.useCounts().size, 0);
  });
});
