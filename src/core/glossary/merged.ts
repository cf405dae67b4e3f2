/**
 * The merged glossary: every definition in an index grouped by term, as `research-notes terms`
 * prints it and the Terms view lists it — the user's own terms first (by file and line), then
 * glossary files, then the built-in glossary (in its own order).
 */
import { isCaseSensitive, termKey, type TermDefinition } from './termIndex';

export interface GlossaryGroup {
  /** The term as its first (most personal) definition writes it. */
  readonly term: string;
  /** Definitions of this term, the user's own first. */
  readonly definitions: readonly TermDefinition[];
}

const RANK = { note: 0, glossary: 1, builtin: 2 } as const;

/** Acronyms group by their exact key (`mAP` ≠ `MAP`), words case-insensitively. */
export function groupKey(term: string): string {
  const key = termKey(term);
  return isCaseSensitive(key) ? key : key.toLowerCase();
}

function compare(a: TermDefinition, b: TermDefinition): number {
  const r = RANK[a.origin.kind] - RANK[b.origin.kind];
  if (r !== 0 || a.origin.kind === 'builtin' || b.origin.kind === 'builtin') return r;
  return a.origin.uri < b.origin.uri ? -1 : a.origin.uri > b.origin.uri ? 1 : a.origin.line - b.origin.line || a.origin.character - b.origin.character;
}

/** Groups `defs` by term; `include` drops origins (e.g. the built-in glossary) from the listing. */
export function mergedGlossary(defs: Iterable<TermDefinition>, include: (d: TermDefinition) => boolean = () => true): GlossaryGroup[] {
  const merge = beginMergedGlossary(defs, include);
  merge.step(() => false);
  return merge.result();
}

/**
 * `mergedGlossary` in steps, for tens of thousands of definitions: `step` works until
 * `shouldYield` (asked every few hundred definitions) says stop, and returns true once the
 * groups are made; `result()` then returns mergedGlossary's groups for the same definitions
 * (the ones `defs` held when the merge began).
 */
export interface GlossaryMerge {
  step(shouldYield: () => boolean): boolean;
  result(): GlossaryGroup[];
}

/** Definitions handled between two questions to `shouldYield`. */
const PER_CHECK = 512;
/** Length of the runs sorted at once before they are merged. */
const RUN = 1024;

export function beginMergedGlossary(defs: Iterable<TermDefinition>, include: (d: TermDefinition) => boolean = () => true): GlossaryMerge {
  const all = [...defs];
  const kept: TermDefinition[] = [];
  const sort = new SteppedSort(kept, compare);
  const groups = new Map<string, TermDefinition[]>();
  const out: GlossaryGroup[] = [];
  let phase = 0;
  let at = 0;
  const step = (shouldYield: () => boolean): boolean => {
    for (;;) {
      const end = at + PER_CHECK;
      if (phase === 0) {
        for (; at < all.length && at < end; at++) if (include(all[at])) kept.push(all[at]);
        if (at === all.length) {
          phase = 1;
          at = 0;
        }
      } else if (phase === 1) {
        // Sorting is stable, so built-in senses keep the glossary's order.
        if (sort.step(shouldYield)) phase = 2;
        else return false;
      } else if (phase === 2) {
        const sorted = sort.result();
        for (; at < sorted.length && at < end; at++) {
          const d = sorted[at];
          const key = groupKey(d.term);
          let g = groups.get(key);
          if (!g) groups.set(key, (g = []));
          g.push(d);
        }
        if (at === sorted.length) {
          phase = 3;
          at = 0;
        }
      } else if (phase === 3) {
        // Map iteration order is insertion order: each group where its first definition sorts.
        for (const definitions of groups.values()) out.push({ term: definitions[0].term, definitions });
        groups.clear();
        phase = 4;
      }
      if (phase === 4) return true;
      if (shouldYield()) return false;
    }
  };
  return {
    step,
    result: () => {
      if (phase !== 4) step(() => false);
      return out;
    },
  };
}

/**
 * A stable sort of `items` in steps: runs of RUN items sorted at once (Array.prototype.sort is
 * stable), then merged pairwise (ties taken from the left run, so stability holds), a few
 * hundred items between two questions to `shouldYield`. `result()` is the sorted array
 * once `step` returned true (`items` itself, or the buffer the last merge wrote).
 */
class SteppedSort<T> {
  private buffer: T[] = [];
  /** Phase: runs sorted up to `at` while `width` is 0; then merges of runs `width` long. */
  private width = 0;
  private at = 0;
  /** Inside the current merge: the next item of each run, and where the next one goes. */
  private left = 0;
  private right = 0;
  private target = 0;
  private merging = false;

  constructor(private items: T[], private readonly compare: (a: T, b: T) => number) {}

  step(shouldYield: () => boolean): boolean {
    const n = this.items.length;
    if (this.width === 0) {
      while (this.at < n) {
        const end = Math.min(n, this.at + RUN);
        const run = this.items.slice(this.at, end).sort(this.compare);
        for (let i = 0; i < run.length; i++) this.items[this.at + i] = run[i];
        this.at = end;
        if (this.at < n && shouldYield()) return false;
      }
      this.width = RUN;
      this.at = 0;
      this.buffer = new Array<T>(n);
    }
    while (this.width < n) {
      // One pass: merge the runs [at, at+width) and [at+width, at+2·width) into the buffer.
      while (this.at < n) {
        const mid = Math.min(n, this.at + this.width);
        const end = Math.min(n, this.at + 2 * this.width);
        if (!this.merging) {
          this.left = this.at;
          this.right = mid;
          this.target = this.at;
          this.merging = true;
        }
        const src = this.items;
        const dst = this.buffer;
        let budget = PER_CHECK;
        while (this.target < end) {
          if (--budget === 0) {
            if (shouldYield()) return false;
            budget = PER_CHECK;
          }
          if (this.right >= end || (this.left < mid && this.compare(src[this.left], src[this.right]) <= 0)) dst[this.target++] = src[this.left++];
          else dst[this.target++] = src[this.right++];
        }
        this.merging = false;
        this.at = end;
      }
      // The merged runs are the items of the next pass.
      const items = this.items;
      this.items = this.buffer;
      this.buffer = items;
      this.width *= 2;
      this.at = 0;
    }
    return true;
  }

  /** The sorted items (once `step` returned true). */
  result(): T[] {
    return this.items;
  }
}
