/**
 * Timing helpers for the benchmark: warm-up, repeated runs, robust summaries, table rows.
 *
 * Every run gets an untimed `setup` step so that per-run preparation (a fresh document
 * version, for instance) never lands inside the measured span.
 *
 * Cases that are compared with each other are measured interleaved (see
 * {@link measureInterleaved}): on a shared machine a burst of background load then hits all
 * cases alike instead of skewing whichever happened to be running, so ratios stay stable.
 */
import { performance } from 'node:perf_hooks';

export interface MeasureOptions {
  /** Untimed runs per case before measuring, so the JIT has compiled the hot paths. */
  readonly warmupRuns?: number;
  /** Warm-up continues until both `warmupRuns` and `warmupMs` (per case) are reached. */
  readonly warmupMs?: number;
  /** Measuring continues until every case has `minRuns` runs and `minMs` of measured time… */
  readonly minRuns?: number;
  readonly minMs?: number;
  /** …where a case with `maxRuns` runs counts as done even below `minMs`. */
  readonly maxRuns?: number;
}

export const DEFAULT_MEASURE: Required<MeasureOptions> = {
  warmupRuns: 5,
  warmupMs: 500,
  minRuns: 30,
  minMs: 2000,
  maxRuns: 2000,
};

/** Fewer runs for a smoke test (`--quick`): numbers are indicative only. */
export const QUICK_MEASURE: Required<MeasureOptions> = {
  warmupRuns: 2,
  warmupMs: 0,
  minRuns: 5,
  minMs: 0,
  maxRuns: 5,
};

export interface Summary {
  readonly runs: number;
  readonly min: number;
  readonly median: number;
  readonly mean: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** Every measured time in ms, in run order. */
  readonly samples: readonly number[];
}

/** One thing to time: `once()` prepares (untimed), runs (timed) and returns the time in ms. */
export interface TimedCase {
  readonly once: () => Promise<number>;
}

/**
 * A case timing `run(setup(i))`. `run` may return a promise; it is awaited inside the timed
 * span, so asynchronous work counts. A synchronous `run` is not awaited, so it pays no extra
 * microtask turn.
 */
export function timedCase<T>(setup: (iteration: number) => T, run: (input: T) => unknown): TimedCase {
  let iteration = 0;
  return {
    async once() {
      const input = setup(iteration++);
      const t0 = performance.now();
      const result = run(input);
      if (result instanceof Promise) await result;
      return performance.now() - t0;
    },
  };
}

/** Times one case on its own; see {@link measureInterleaved} to compare cases. */
export async function measure<T>(
  setup: (iteration: number) => T,
  run: (input: T) => unknown,
  options: MeasureOptions = {},
): Promise<Summary> {
  const [summary] = await measureInterleaved([timedCase(setup, run)], options);
  return summary;
}

/**
 * Times several cases in rounds. Each round runs every case in a block of back-to-back runs;
 * block lengths are set after warm-up so that each block takes about as long as one run of the
 * slowest case (a 5 ms case runs ~20 times per round next to a 100 ms one). Rounds continue
 * until every case has enough samples. Summaries come back in the order of `cases`.
 *
 * Garbage collection is deliberately left alone: forcing a full GC between blocks shrinks the
 * heap, and the next allocation-heavy run (markdown-it's) then pays to grow it again — it made
 * the service look three times slower. Each case pays for the garbage it makes, as in use.
 */
export async function measureInterleaved(cases: readonly TimedCase[], options: MeasureOptions = {}): Promise<Summary[]> {
  const o = { ...DEFAULT_MEASURE, ...options };

  // Warm-up, interleaved too; its times estimate each case's cost.
  const warm: number[][] = cases.map(() => []);
  const warmStart = performance.now();
  for (let i = 0; i < o.warmupRuns || performance.now() - warmStart < o.warmupMs * cases.length; i++) {
    for (let c = 0; c < cases.length; c++) warm[c].push(await cases[c].once());
  }
  const samples: number[][] = cases.map(() => []);
  const total = cases.map(() => 0);
  const done = (c: number): boolean =>
    samples[c].length >= o.minRuns && (total[c] >= o.minMs || samples[c].length >= o.maxRuns);
  while (!cases.every((_, c) => done(c))) {
    // Block lengths from the latest cost estimates: the tail of warm-up at first (its first
    // runs are still unoptimised), then each case's median so far.
    const cost = cases.map((_, c) => {
      const recent = samples[c].length > 0 ? samples[c] : warm[c].slice(-Math.ceil(warm[c].length / 2));
      return Math.max(quantile([...recent].sort((a, b) => a - b), 0.5), 1e-3);
    });
    const slowest = Math.max(...cost);
    const reps = cost.map((x) => Math.min(100, Math.max(1, Math.round(slowest / x))));
    for (let c = 0; c < cases.length; c++) {
      if (done(c) && samples[c].length >= o.maxRuns) continue;
      for (let r = 0; r < reps[c]; r++) {
        const t = await cases[c].once();
        samples[c].push(t);
        total[c] += t;
      }
    }
  }
  return samples.map(summarize);
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('summarize: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return {
    runs: sorted.length,
    min: sorted[0],
    median: quantile(sorted, 0.5),
    mean,
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1],
    samples,
  };
}

/** Linear interpolation between closest ranks (the common "type 7" definition). */
export function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** Milliseconds with precision that suits the magnitude: 0.0123, 1.234, 12.34, 1234.5. */
export function formatMs(ms: number): string {
  if (ms < 0.1) return ms.toFixed(4);
  if (ms < 10) return ms.toFixed(3);
  if (ms < 1000) return ms.toFixed(2);
  return ms.toFixed(1);
}

export const TIMING_HEADER = ['', 'runs', 'median ms', 'p90 ms', 'p99 ms', 'min ms', 'max ms'] as const;

/** The cells of one timing row, matching {@link TIMING_HEADER}. */
export function timingCells(label: string, s: Summary): string[] {
  return [label, String(s.runs), formatMs(s.median), formatMs(s.p90), formatMs(s.p99), formatMs(s.min), formatMs(s.max)];
}

/**
 * Renders rows as an aligned text table. `align` gives one letter per column, `l` or `r`;
 * by default the first column is left-aligned and the others (numbers) right-aligned.
 * Widths count UTF-16 units, so keep cells ASCII where alignment matters.
 */
export function formatTable(rows: readonly (readonly string[])[], align?: string): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const right = (i: number): boolean => (align ? align[i] === 'r' : i > 0);
  return rows
    .map((row) => row.map((cell, i) => (right(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd())
    .join('\n');
}

/** `PASS` or `FAIL`, for a target row. */
export function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL';
}
