import * as assert from 'node:assert/strict';
import katex from 'katex';
import { BUILTIN_GLOSSARY } from '../../src/core/glossary/builtinGlossary';
import type { GlossaryField } from '../../src/core/glossary/builtinTypes';
import { isCaseSensitive, TermIndex, termKey, type TermDefinition } from '../../src/core/glossary/termIndex';

/** Every field of the union; the `Record` makes the compiler flag a field added to or removed from the type. */
const FIELD_SET: Record<GlossaryField, true> = {
  diffusion: true,
  detection: true,
  pose: true,
  anomaly: true,
  attention: true,
  llm: true,
  multimodal: true,
  training: true,
  probability: true,
  general: true,
};
const FIELDS = Object.keys(FIELD_SET) as GlossaryField[];

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** How the duplicate check compares names: width-folded, case-insensitive, spaces ignored. */
function key(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

suite('builtin glossary: data', () => {
  test('has at least 170 entries', () => {
    assert.ok(BUILTIN_GLOSSARY.length >= 170, `only ${BUILTIN_GLOSSARY.length} entries`);
  });

  test('every entry has a term, aliases and at least one sense', () => {
    for (const entry of BUILTIN_GLOSSARY) {
      assert.equal(typeof entry.term, 'string');
      assert.ok(entry.term.trim().length > 0, 'empty term');
      assert.equal(entry.term, entry.term.trim(), `term has surrounding spaces: "${entry.term}"`);
      assert.ok(Array.isArray(entry.aliases), `${entry.term}: aliases is not an array`);
      for (const alias of entry.aliases) {
        assert.ok(alias.trim().length > 0, `${entry.term}: empty alias`);
        assert.equal(alias, alias.trim(), `${entry.term}: alias has surrounding spaces: "${alias}"`);
      }
      assert.ok(entry.senses.length >= 1, `${entry.term}: no senses`);
    }
  });

  test('every sense has a valid field and non-empty en and zh definitions', () => {
    for (const entry of BUILTIN_GLOSSARY) {
      for (const sense of entry.senses) {
        assert.ok(FIELDS.includes(sense.field), `${entry.term}: unknown field "${sense.field}"`);
        assert.ok(sense.en.trim().length > 0, `${entry.term}: empty en`);
        assert.ok(sense.zh.trim().length > 0, `${entry.term}: empty zh`);
        assert.match(sense.zh, CJK, `${entry.term}: zh has no Chinese characters`);
        if (sense.expansion !== undefined) assert.ok(sense.expansion.trim().length > 0, `${entry.term}: empty expansion`);
        if (sense.tex !== undefined) assert.ok(sense.tex.trim().length > 0, `${entry.term}: empty tex`);
      }
    }
  });

  test('a term or alias belongs to one entry only, as the matcher compares them (acronyms by case, words not)', () => {
    // Names the matcher would confuse: the same key, or the same key up to case when either
    // is a word (`mAP` and `MAP` are both acronyms and stay apart; `Adam` and `ADAM` do not).
    const byLower = new Map<string, { name: string; owner: string }[]>();
    const clashes: string[] = [];
    for (const entry of BUILTIN_GLOSSARY) {
      for (const name of new Set([entry.term, ...entry.aliases])) {
        const lower = termKey(name).toLowerCase();
        const seen = byLower.get(lower) ?? [];
        for (const prev of seen) {
          if (prev.owner === entry.term) continue;
          const confused = termKey(prev.name) === termKey(name) || !isCaseSensitive(prev.name) || !isCaseSensitive(name);
          if (confused) clashes.push(`"${name}" in "${entry.term}" and "${prev.name}" in "${prev.owner}"`);
        }
        seen.push({ name, owner: entry.term });
        byLower.set(lower, seen);
      }
    }
    assert.deepEqual(clashes, []);
  });

  test('the duplicate rule follows the matcher: acronyms differing in case are distinct terms', () => {
    const idx = new TermIndex();
    const def = (term: string): TermDefinition => ({ term, aliases: [], definition: term, origin: { kind: 'builtin', field: 'general' } });
    const [map, mAP, adam, ADAM] = [def('MAP'), def('mAP'), def('Adam'), def('ADAM')];
    for (const d of [map, mAP, adam, ADAM]) idx.add(d);
    assert.deepEqual(idx.lookup('mAP', 0)?.definitions, [mAP]);
    assert.deepEqual(idx.lookup('MAP', 0)?.definitions, [map]);
    // Words clash: `adam` finds the word; the acronym `ADAM` is found only as written.
    assert.deepEqual(idx.lookup('adam', 0)?.definitions, [adam]);
    assert.equal(idx.lookup('ADAM', 0)?.definitions.length, 2);
  });

  test('SSD is one entry with senses in different fields', () => {
    const ssd = BUILTIN_GLOSSARY.filter((e) => e.term === 'SSD');
    assert.equal(ssd.length, 1);
    const senses = ssd[0].senses;
    assert.ok(senses.length >= 2);
    assert.ok(new Set(senses.map((s) => s.field)).size >= 2, 'SSD senses share a field');
    const byField = new Map(senses.map((s) => [s.field, s]));
    assert.equal(byField.get('attention')?.expansion, 'State Space Duality');
    assert.equal(byField.get('detection')?.expansion, 'Single Shot MultiBox Detector');
  });

  test('terms users hover in their notes are present', () => {
    const names = new Set(BUILTIN_GLOSSARY.flatMap((e) => [e.term, ...e.aliases].map(key)));
    for (const t of ['DDIM', 'LDM', 'SSD', 'DiT', '马尔可夫链', 'KL 散度', 'KL散度', 'DETR', 'Sparse R-CNN', 'EfficientAD', 'PDN',
      'linear attention', 'CoT', 'ICL', 'GPT', 'VAE', 'GAN', 'Flow', 'DPM-Solver', 'PLMS', 'offset noise', 'ELBO', 'Markov chain',
      'KL divergence', 'Kullback–Leibler divergence', '相对熵', 'Latent Diffusion Model', '潜在扩散模型', 'IoU', 'NMS', 'mAP']) {
      assert.ok(names.has(key(t)), `missing "${t}"`);
    }
  });

  test('every tex renders with KaTeX', () => {
    const failures: string[] = [];
    let count = 0;
    for (const entry of BUILTIN_GLOSSARY) {
      for (const sense of entry.senses) {
        if (sense.tex === undefined) continue;
        count++;
        assert.doesNotMatch(sense.tex, /^\s*\$|\$\s*$/, `${entry.term}: tex has $ delimiters`);
        try {
          katex.renderToString(sense.tex, { throwOnError: true, displayMode: true });
        } catch (err) {
          failures.push(`${entry.term}: ${(err as Error).message}`);
        }
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(count >= 100, `only ${count} formulas`);
  });

  test('each field has at least 10 terms', () => {
    for (const field of FIELDS) {
      const n = BUILTIN_GLOSSARY.filter((e) => e.senses.some((s) => s.field === field)).length;
      assert.ok(n >= 10, `field "${field}" has only ${n} terms`);
    }
  });
});
