/**
 * The contract between the benchmark runner (bench.ts) and its entries (`*.bench.ts`).
 * An entry measures one feature and reports whether it met its targets; the runner decides
 * what a miss means (nothing, or exit code 1 under `--strict`).
 */
import type { GeneratedNote } from './generateNote';
import type { MeasureOptions } from './stats';

export interface BenchContext {
  /** Timing options for {@link measure}: the defaults, or fewer runs under `--quick`. */
  readonly measure: MeasureOptions;
  /** The shared ~1 MB note, generated once per process (deterministic seed). */
  note(): GeneratedNote;
}

export interface BenchTarget {
  readonly label: string;
  readonly passed: boolean;
}

export interface BenchResult {
  /** One line, printed again at the very end: `outline: ours X ms, service Y ms, ratio Z×`. */
  readonly summary: string;
  readonly targets: readonly BenchTarget[];
}

export interface BenchEntry {
  /** What the user types to run only this entry: `node out/bench/bench.js outline`. */
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}
