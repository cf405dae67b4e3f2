/**
 * terms: (a) the hover's lookup under the cursor with a 5,000-term index, (b) indexing a
 * generated 10,000-note workspace (~50 MB) through the CLI's indexing code, against reading
 * the files alone (the I/O floor) and against markdown-it parsing them all, in the same run.
 *
 * (a) calls `lookupTerm` — the function the hover and `research-notes lookup` call — with a
 * document-like source (lines handed out by index, as VS Code's `TextDocument.lineAt` does),
 * at random cursor positions on the lines of the shared ~1 MB note. The index holds 5,000
 * generated terms (Chinese built from the note's own characters, so most characters start a
 * partial trie walk; Latin acronyms, CamelCase names, multi-word phrases) plus the built-in
 * glossary. Every lookup is timed on its own with `process.hrtime.bigint()`.
 *
 * (b) writes the workspace to a temp dir (removed afterwards), then runs each case in its own
 * child process (`termsChild.ts`), rounds interleaved, and reports medians and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinDefinitions } from '../src/core/glossary/builtinDefinitions';
import { lookupTerm } from '../src/core/glossary/lookup';
import { TermIndex } from '../src/core/glossary/termIndex';
import { generateNote } from './generateNote';
import type { BenchEntry, BenchResult, BenchTarget } from './harness';
import { formatTable, quantile, verdict } from './stats';

const TERM_COUNT = 5000;
const TARGET_LOOKUP_P99_US = 20;
const NOTES = 10_000;
const NOTE_BYTES = 5200;
const TARGET_INDEX_MS = 1500;
const TARGET_IO_RATIO = 3;
const TARGET_RSS_MB = 250;

/** mulberry32, as in generateNote: the same terms and cursor positions on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 5,000 distinct terms: about half Chinese (from the note's own characters), half Latin. */
export function generateTerms(sample: string, count: number, seed = 0x7e2a): string[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const han = [...new Set(sample.match(/[\u4e00-\u9fff]/g) ?? [])];
  const upper = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  const syllables = ['net', 'former', 'gate', 'flow', 'diff', 'mix', 'sparse', 'fuse', 'lite', 'pose', 'seg', 'det', 'rank', 'graph'];
  const words = ['sparse', 'gated', 'routing', 'attention', 'kernel', 'residual', 'token', 'mixing', 'latent', 'score', 'matching', 'prior', 'contrastive', 'anchor', 'free'];
  const out = new Set<string>();
  while (out.size < count) {
    const kind = next();
    let t: string;
    if (kind < 0.5) {
      const n = 2 + Math.floor(next() * 5);
      t = Array.from({ length: n }, () => pick(han)).join('');
    } else if (kind < 0.7) {
      const n = 2 + Math.floor(next() * 4);
      t = Array.from({ length: n }, () => pick(upper)).join('') + (next() < 0.3 ? String(Math.floor(next() * 10)) : '');
    } else if (kind < 0.85) {
      const a = pick(syllables);
      const b = pick(syllables);
      t = a[0].toUpperCase() + a.slice(1) + b[0].toUpperCase() + b.slice(1) + (next() < 0.5 ? `-${1 + Math.floor(next() * 3)}` : '');
    } else {
      const n = 2 + Math.floor(next() * 2);
      t = Array.from({ length: n }, () => pick(words)).join(' ');
    }
    out.add(t);
  }
  return [...out];
}

function benchLookup(noteText: string, quick: boolean): { median: number; p90: number; p99: number; max: number; mean: number; hits: number; n: number; overhead: number } {
  const idx = new TermIndex();
  for (const d of builtinDefinitions()) idx.add(d);
  for (const term of generateTerms(noteText, TERM_COUNT)) {
    idx.add({ term, aliases: [], definition: `${term} 的定义`, origin: { kind: 'note', uri: 'bench.md', line: 0, character: 0 } });
  }
  const lines = noteText.split('\n').filter((l) => l.length > 0);
  const doc = { lineAt: (n: number) => ({ text: lines[n] }) };
  // Cursor positions: uniform over the note's characters (long lines get more, as with a mouse).
  const next = rng(0xc0ffee);
  const starts: number[] = [];
  let total = 0;
  for (const l of lines) {
    starts.push(total);
    total += l.length;
  }
  const n = quick ? 20_000 : 200_000;
  const positions = new Int32Array(n * 2);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(next() * total);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    positions[2 * i] = lo;
    positions[2 * i + 1] = at - starts[lo];
  }
  // Warm-up, then every lookup timed on its own.
  for (let i = 0; i < Math.min(n, 20_000); i++) lookupTerm(idx, doc, positions[2 * i], positions[2 * i + 1], 'bench.md');
  const times = new Float64Array(n);
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    const r = lookupTerm(idx, doc, positions[2 * i], positions[2 * i + 1], 'bench.md');
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
    if (r) hits++;
  }
  const empty = new Float64Array(10_000);
  for (let i = 0; i < empty.length; i++) {
    const t0 = process.hrtime.bigint();
    empty[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) lookupTerm(idx, doc, positions[2 * i], positions[2 * i + 1], 'bench.md');
  const mean = Number(process.hrtime.bigint() - t0) / 1000 / n;
  return {
    median: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1],
    mean,
    hits,
    n,
    overhead: quantile([...empty].sort((a, b) => a - b), 0.5),
  };
}

/** Writes the generated workspace: NOTES notes of ~NOTE_BYTES in 100 folders, plus a glossary.md. */
export function writeWorkspace(dir: string, count: number): { bytes: number } {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `topic-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    // An abbreviation introduced in running text, as real notes do, in about every other note.
    const intro = i % 2 === 0 ? `\n本文采用状态空间对偶性（SSD）与潜在扩散模型（LDM${i % 7}）的组合。\n` : '';
    const text = generateNote({ seed: 1000 + i, targetBytes: NOTE_BYTES }) + intro;
    const buf = Buffer.from(text, 'utf8');
    bytes += buf.length;
    writeFileSync(join(folder, `note-${i}.md`), buf);
  }
  const glossary = '# Glossary\n\n## KL 散度\nAliases: KL divergence\n\n衡量两个分布的差异。\n\n## 状态空间对偶性\n\nMamba-2 的框架。\n';
  writeFileSync(join(dir, 'glossary.md'), glossary);
  return { bytes: bytes + glossary.length };
}

interface ChildResult {
  ms: number;
  cpuMs: number;
  wallMs: number;
  maxRssMB: number;
  files: number;
  bytes: number;
  definitions: number;
}

function child(mode: string, dir: string): ChildResult {
  const script = join(__dirname, 'termsChild.js');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [script, mode, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`termsChild ${mode} failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout.trim().split('\n').pop()!), wallMs };
}

function median(xs: readonly number[]): number {
  return quantile([...xs].sort((a, b) => a - b), 0.5);
}

const us = (x: number): string => x.toFixed(2);
const ms = (x: number): string => x.toFixed(0);

export const termsBench: BenchEntry = {
  name: 'terms',
  description: 'term lookup under the cursor (5,000 terms); indexing a 10,000-note workspace vs I/O and markdown-it',

  async run(ctx): Promise<BenchResult> {
    const quick = ctx.measure.maxRuns !== undefined && ctx.measure.maxRuns <= 5;
    const { text } = ctx.note();

    console.log(`\n(a) lookupTerm under the cursor: ${TERM_COUNT.toLocaleString('en-US')} generated terms + the built-in glossary, random positions on the note's lines`);
    const a = benchLookup(text, quick);
    console.log(formatTable([
      ['', 'lookups', 'hits', 'median µs', 'p90 µs', 'p99 µs', 'max µs', 'mean µs (batch)'],
      ['  lookupTerm', a.n.toLocaleString('en-US'), `${((100 * a.hits) / a.n).toFixed(0)}%`, us(a.median), us(a.p90), us(a.p99), us(a.max), us(a.mean)],
    ]));
    console.log(`  (per-lookup times include the timer itself: an empty hrtime pair costs ${us(a.overhead)} µs median)`);

    console.log(`\n(b) index a generated workspace: ${NOTES.toLocaleString('en-US')} notes in the corpus style (~${NOTE_BYTES / 1000} kB each), one child process per run`);
    const dir = mkdtempSync(join(tmpdir(), 'rn-terms-bench-'));
    const targets: BenchTarget[] = [{ label: `lookup p99 ≤ ${TARGET_LOOKUP_P99_US} µs`, passed: a.p99 <= TARGET_LOOKUP_P99_US }];
    let summary: string;
    try {
      const w0 = Date.now();
      const { bytes } = writeWorkspace(dir, NOTES);
      console.log(`  wrote ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - w0) / 1000).toFixed(1)} s to ${dir}`);
      const modes = ['io', 'index', 'index-texts', 'markdown-it'] as const;
      const rounds = quick ? 1 : 3;
      const results = new Map<string, ChildResult[]>(modes.map((m) => [m, []]));
      const idle = child('idle', dir);
      child('io', dir); // warm the page cache once, untimed: every case then reads from memory
      for (let r = 0; r < rounds; r++) for (const m of modes) results.get(m)!.push(child(m, dir));
      const row = (label: string, m: string): string[] => {
        const rs = results.get(m)!;
        return [label, ms(median(rs.map((x) => x.ms))), `${ms(Math.min(...rs.map((x) => x.ms)))}–${ms(Math.max(...rs.map((x) => x.ms)))}`, ms(median(rs.map((x) => x.cpuMs))), ms(median(rs.map((x) => x.wallMs))), median(rs.map((x) => x.maxRssMB)).toFixed(0)];
      };
      console.log(formatTable([
        ['', 'median ms', 'range ms', 'CPU ms', 'process wall ms', 'peak RSS MB'],
        row('  I/O floor: walk + read every file', 'io'),
        row('  ours: indexTree (the CLI)', 'index'),
        row('  ours, keeping texts (extension index)', 'index-texts'),
        row('  markdown-it 14.1.0: read + parse', 'markdown-it'),
        ['  idle child (node + script)', '', '', '', ms(idle.wallMs), idle.maxRssMB.toFixed(0)],
      ]));
      const io = median(results.get('io')!.map((x) => x.ms));
      const idx = median(results.get('index')!.map((x) => x.ms));
      const texts = median(results.get('index-texts')!.map((x) => x.ms));
      const mdit = median(results.get('markdown-it')!.map((x) => x.ms));
      const rss = median(results.get('index')!.map((x) => x.maxRssMB));
      const rssTexts = median(results.get('index-texts')!.map((x) => x.maxRssMB));
      const defs = results.get('index')![0].definitions;
      const cpuIo = median(results.get('io')!.map((x) => x.cpuMs));
      const cpuIdx = median(results.get('index')!.map((x) => x.cpuMs));
      console.log(`  CPU time ratio index / I/O floor: ${(cpuIdx / cpuIo).toFixed(2)}× (less sensitive to other load than wall time)`);
      console.log(`  ${results.get('index')![0].files.toLocaleString('en-US')} files indexed, ${defs.toLocaleString('en-US')} definitions in the index`);
      targets.push(
        { label: `index ≤ ${TARGET_INDEX_MS} ms`, passed: idx <= TARGET_INDEX_MS },
        { label: `index ≤ ${TARGET_IO_RATIO}× I/O floor`, passed: idx <= TARGET_IO_RATIO * io },
        { label: `index peak RSS ≤ ${TARGET_RSS_MB} MB`, passed: rss <= TARGET_RSS_MB },
      );
      console.log('\nResult');
      console.log(formatTable([
        ['  lookup p99', `${us(a.p99)} µs`, `target ≤ ${TARGET_LOOKUP_P99_US} µs`, verdict(targets[0].passed)],
        ['  index wall time', `${ms(idx)} ms`, `target ≤ ${TARGET_INDEX_MS} ms`, verdict(targets[1].passed)],
        ['  index / I/O floor', `${(idx / io).toFixed(2)}×`, `target ≤ ${TARGET_IO_RATIO}×`, verdict(targets[2].passed)],
        ['  index peak RSS', `${rss.toFixed(0)} MB`, `target ≤ ${TARGET_RSS_MB} MB`, verdict(targets[3].passed)],
        ['  markdown-it / index', `${(mdit / idx).toFixed(2)}×`, 'informational', ''],
        ['  keeping texts: time, peak RSS', `${ms(texts)} ms, ${rssTexts.toFixed(0)} MB`, 'informational', ''],
      ], 'lrll'));
      summary = `terms: lookup p99 ${us(a.p99)} µs (median ${us(a.median)}); index ${ms(idx)} ms = ${(idx / io).toFixed(2)}× I/O floor (${ms(io)} ms), markdown-it ${ms(mdit)} ms; peak RSS ${rss.toFixed(0)} MB`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return { summary, targets };
  },
};
