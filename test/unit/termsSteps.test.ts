/**
 * The terms code's stepwise variants (a long note indexed, removed, counted and searched in
 * turns; the merged glossary made in turns) give exactly the one-shot results, and lookups
 * meanwhile see the old terms until the new ones are all in.
 */
import * as assert from 'node:assert/strict';
import { TermIndex, type TermDefinition } from '../../src/core/glossary/termIndex';
import { abbreviations, beginAbbreviations } from '../../src/core/glossary/noteTerms';
import { beginMergedGlossary, groupKey, mergedGlossary, type GlossaryGroup } from '../../src/core/glossary/merged';
import { WorkspaceIndex, type NoteIndexing } from '../../src/core/workspace/workspaceIndex';
import { parseNote } from '../../src/core/notes';
import { scanNoteTerms } from '../../src/core/notes/parser';

function def(term: string, kind: 'note' | 'glossary' | 'builtin', uri = 'file:///a.md', line = 0, aliases: string[] = []): TermDefinition {
  const origin = kind === 'builtin' ? { kind, field: 'general' } as const : { kind, uri, line, character: 0 };
  return { term, aliases, definition: `${term} 的定义`, origin };
}

/** Runs `job` with a `shouldYield` that always says stop; returns how many steps it took. */
function steps(job: { step(shouldYield: () => boolean): boolean }, between?: (n: number) => void): number {
  for (let n = 1; ; n++) {
    if (job.step(() => true)) return n;
    between?.(n);
  }
}

/** A long note: `count` definitions, abbreviations in running text, a code block hiding one. */
function longNote(count: number, variant = ''): string {
  const lines = ['# 术语', ''];
  for (let i = 0; i < count; i++) {
    // A bracket on every line that opens no abbreviation (the scan of abbreviations reads each).
    lines.push(`- 术语${variant}${i}：定义 ${i}（见第 ${i} 页）。`);
    if (i % 100 === 0) lines.push('', `我们使用潜在扩散模型（LDM${variant}${i}）与 Denoising Diffusion Implicit Models (DDIM${i}) 采样。`, '');
    if (i % 1000 === 500) lines.push('```', `状态空间对偶性（SSD${i}）在代码里不算。`, '```', '');
  }
  return lines.join('\n');
}

suite('terms in steps', () => {
  test('a replacement shows the old definitions until the new ones are all in, then only the new ones', () => {
    const builtin = def('DDIM', 'builtin');
    const old = Array.from({ length: 1000 }, (_, i) => def(`旧术语${i}`, 'note', 'file:///a.md', i, i === 0 ? ['DDIM'] : []));
    const fresh = Array.from({ length: 1500 }, (_, i) => def(`新术语${i}`, 'note', 'file:///a.md', i, i === 0 ? ['DDIM'] : []));
    const idx = new TermIndex();
    idx.add(builtin);
    for (const d of old) idx.add(d);
    let committedAt = 0;
    const job = idx.beginReplace(old, fresh, () => {
      committedAt = n;
      // The switch is one step: at it, lookups show every new definition and no old one.
      assert.equal(idx.size, 1501);
      assert.equal(idx.lookup('新术语1499', 0)?.definitions[0], fresh[1499]);
      assert.equal(idx.lookup('旧术语0', 0), undefined);
    });
    let n = 0;
    const count = steps(job, (k) => {
      n = k;
      if (!job.committed) {
        assert.equal(idx.size, 1001);
        assert.equal(idx.lookup('新术语0', 0), undefined);
        assert.equal(idx.lookup('旧术语999', 0)?.definitions[0], old[999]);
        assert.deepEqual(idx.lookup('DDIM', 0)?.definitions, [old[0], builtin]);
        assert.equal([...idx.definitions()].length, 1001);
        assert.deepEqual(idx.findAll('旧术语5 新术语5'), idx.findAll('旧术语5'));
      } else {
        assert.equal(idx.size, 1501);
        assert.equal(idx.lookup('旧术语0', 0), undefined);
        assert.deepEqual(idx.lookup('DDIM', 0)?.definitions, [fresh[0], builtin]);
        assert.equal([...idx.definitions()].length, 1501);
      }
    });
    assert.ok(committedAt > 10 && count > committedAt + 5, `${count} steps, the switch in step ${committedAt + 1}`);
    // Done: the same index as one filled with the new definitions at once.
    const direct = new TermIndex();
    direct.add(builtin);
    for (const d of fresh) direct.add(d);
    assert.equal(idx.size, direct.size);
    assert.deepEqual([...idx.definitions()], [...direct.definitions()]);
    const text = fresh.map((d) => d.term).join('，') + old.map((d) => d.term).join('，') + ' DDIM';
    assert.deepEqual(idx.findAll(text), direct.findAll(text));
    assert.ok(job.step(() => true), 'a finished replacement stays finished');
  });

  test('scanning in steps finds what findAll finds', () => {
    const idx = new TermIndex();
    for (const t of ['扩散模型', '潜在扩散模型', 'LDM', 'Linear attention', 'KL 散度']) idx.add(def(t, 'builtin'));
    const text = Array.from({ length: 2000 }, (_, i) => `第${i}行：潜在扩散模型与扩散模型，LDMs 不算，LDM 算；Linear  attention、KL散度。`).join('\n');
    const found: string[] = [];
    let at = 0;
    let calls = 0;
    while (at !== -1) {
      at = idx.scan(text, at, (m) => found.push(`${m.start}:${text.slice(m.start, m.end)}`), () => true);
      calls++;
    }
    assert.ok(calls > 100, `${calls} steps`);
    assert.deepEqual(found, idx.findAll(text).map((m) => `${m.start}:${text.slice(m.start, m.end)}`));
    assert.equal(found.length, 10000);
  });

  test('abbreviations read in steps are the ones read at once (code blocks skipped)', () => {
    const text = longNote(5000);
    const scan = scanNoteTerms(text);
    const job = beginAbbreviations(text, scan, 'n.md');
    assert.ok(steps(job) > 5);
    const once = abbreviations(text, scan, 'n.md');
    assert.deepEqual(job.result(), once);
    assert.equal(once.length, 100);
    assert.deepEqual(once[2], {
      term: 'LDM100',
      aliases: ['潜在扩散模型'],
      definition: '我们使用潜在扩散模型（LDM100）与 Denoising Diffusion Implicit Models (DDIM100) 采样。',
      expansion: '潜在扩散模型',
      origin: { kind: 'note', uri: 'n.md', line: 107, character: 11 },
    });
    // SSDn only in code blocks: none; the same lines outside code: five.
    assert.equal(once.filter((a) => a.term.startsWith('SSD')).length, 0);
    const unfenced = text.replace(/```/g, '');
    assert.equal(abbreviations(unfenced, scanNoteTerms(unfenced), 'n.md').filter((a) => a.term.startsWith('SSD')).length, 5);
  });

  test('a note indexed in steps is the note setNote indexes; meanwhile the old one is seen', () => {
    const first = longNote(3000, '甲');
    const second = longNote(4000, '乙');
    const stepped = new WorkspaceIndex();
    const direct = new WorkspaceIndex();
    stepped.setNote('n.md', first);
    direct.setNote('n.md', second);
    const model = parseNote(second);
    const job = stepped.beginSetNote('n.md', second, model);
    const oldNote = stepped.note('n.md');
    let sawOld = 0;
    steps(job, () => {
      if (stepped.note('n.md') === oldNote) {
        sawOld++;
        assert.equal(stepped.terms.lookup('术语甲2999', 0)?.definitions[0].definition, '定义 2999（见第 2999 页）。');
        assert.equal(stepped.terms.lookup('术语乙0', 0), undefined);
      } else {
        assert.equal(stepped.terms.lookup('术语甲2999', 0), undefined);
        assert.equal(stepped.terms.lookup('术语乙3999', 0)?.definitions[0].definition, '定义 3999（见第 3999 页）。');
      }
    });
    assert.ok(sawOld > 10, `${sawOld} steps saw the old note`);
    const note = stepped.note('n.md')!;
    assert.equal(note.model, model);
    assert.deepEqual(note.terms, direct.note('n.md')!.terms);
    assert.equal(note.terms.length, 4000 + 40);
    assert.equal(stepped.terms.size, direct.terms.size);
    assert.deepEqual(stepped.useCounts(), direct.useCounts());
    assert.deepEqual(mergedGlossary(stepped.terms.definitions()), mergedGlossary(direct.terms.definitions()));
  });

  test('changing a note while it is indexed in steps finishes that first; a removal in steps', () => {
    const text = longNote(3000);
    const idx = new WorkspaceIndex();
    const job: NoteIndexing = idx.beginSetNote('n.md', text, parseNote(text));
    for (let i = 0; i < 5; i++) assert.equal(job.step(() => true), false);
    assert.equal(idx.note('n.md'), undefined);
    assert.equal(idx.terms.lookup('术语2999', 0), undefined);
    idx.removeNote('n.md');
    assert.equal(idx.note('n.md'), undefined);
    assert.equal(idx.terms.size, 0);
    assert.equal(idx.terms.lookup('术语2999', 0), undefined);
    assert.equal(job.step(() => true), true);

    const note = idx.setNote('n.md', text);
    const removal = idx.beginRemoveNote('n.md');
    let seen = 0;
    steps(removal, () => {
      if (idx.note('n.md')) {
        seen++;
        assert.equal(idx.terms.size, note.terms.length);
        assert.ok(idx.terms.lookup('术语2999', 0));
      } else {
        assert.equal(idx.terms.size, 0);
        assert.equal(idx.terms.lookup('术语2999', 0), undefined);
      }
    });
    assert.ok(seen > 10);
    assert.equal(idx.note('n.md'), undefined);
    assert.equal(idx.terms.size, 0);
    assert.deepEqual([...idx.terms.definitions()], []);
    assert.deepEqual([...idx.useCounts()], []);
  });

  test('uses found in steps are the uses found at once; a note changed meanwhile is searched as it is then', () => {
    const idx = new WorkspaceIndex();
    idx.setNote('a.md', '- DDIM：跳步采样。\n');
    idx.setNote('b.md', Array.from({ length: 3000 }, (_, i) => (i % 2 ? `用 DDIM 采样 ${i}，DDIMs 不算。` : `第 ${i} 行`)).join('\n'));
    idx.setNote('c.md', '没有。\n再用 DDIM。\n');
    const match = idx.terms.lookup('DDIM', 0)!;
    const once = idx.findUses(match);
    assert.equal(once.length, 1 + 1500 + 1);
    assert.deepEqual(once[2], { uri: 'b.md', line: 3, character: 2, length: 4 });
    assert.deepEqual(once[once.length - 1], { uri: 'c.md', line: 1, character: 3, length: 4 });
    const search = idx.beginFindUses(match);
    assert.ok(steps(search) > 20);
    assert.deepEqual(search.uses, once);

    const changed = idx.beginFindUses(match);
    steps(changed, (n) => {
      if (n === 10) idx.setNote('b.md', '\n\nDDIM 只剩一处。\n');
    });
    assert.deepEqual(changed.uses, [once[0], { uri: 'b.md', line: 2, character: 0, length: 4 }, once[once.length - 1]]);
  });

  test('the merged glossary made in steps is the one made at once, and sorts as a stable sort', () => {
    // Many definitions in a scrambled order, with ties (same note and line) that must keep their order.
    const defs: TermDefinition[] = [];
    for (let i = 0; i < 9000; i++) {
      const k = (i * 7919) % 9000;
      const kind = k % 5 === 0 ? 'builtin' : k % 5 === 1 ? 'glossary' : 'note';
      defs.push(def(`Term ${k % 3000}`, kind, `file:///n${k % 7}.md`, k % 400));
    }
    const reference = (list: TermDefinition[]): GlossaryGroup[] => {
      const rank = { note: 0, glossary: 1, builtin: 2 } as const;
      const sorted = [...list].sort((a, b) => {
        const r = rank[a.origin.kind] - rank[b.origin.kind];
        if (r !== 0 || a.origin.kind === 'builtin' || b.origin.kind === 'builtin') return r;
        return a.origin.uri < b.origin.uri ? -1 : a.origin.uri > b.origin.uri ? 1 : a.origin.line - b.origin.line || a.origin.character - b.origin.character;
      });
      const groups = new Map<string, TermDefinition[]>();
      for (const d of sorted) {
        const key = groupKey(d.term);
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key)!.push(d);
      }
      return [...groups.values()].map((definitions) => ({ term: definitions[0].term, definitions }));
    };
    const expected = reference(defs);
    assert.equal(expected.length, 3000);
    const merge = beginMergedGlossary(defs);
    const count = steps(merge);
    assert.ok(count > 50, `${count} steps`);
    const stepped = merge.result();
    // Identity, not only equal contents: the same definitions in the same order.
    assert.equal(stepped.length, expected.length);
    stepped.forEach((g, i) => {
      assert.equal(g.term, expected[i].term);
      assert.equal(g.definitions.length, expected[i].definitions.length);
      g.definitions.forEach((d, j) => assert.equal(d, expected[i].definitions[j]));
    });
    assert.deepEqual(mergedGlossary(defs), expected);
    const notBuiltin = (d: TermDefinition): boolean => d.origin.kind !== 'builtin';
    assert.deepEqual(mergedGlossary(defs, notBuiltin), reference(defs.filter(notBuiltin)));
    assert.deepEqual(mergedGlossary([]), []);
  });
});
