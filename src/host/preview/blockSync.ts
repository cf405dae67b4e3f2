/**
 * What the preview's webview holds, mirrored on the host, and the messages that bring it to a
 * note's current blocks in small steps. No `vscode` import: unit-tested in plain Node.
 *
 * An update keeps the blocks at the start and the end of the webview's list that did not change
 * (the end ones moved by a line shift) and replaces those between. A long note's blocks do not
 * all go at once: one message carries at most MAX_BLOCKS blocks and MAX_HTML characters of
 * html, the blocks in view first; the rest of the list stands as *gaps*, placeholders the
 * webview draws itself, each for a run of blocks. Later messages fill the gaps one at a time,
 * the gap in view first, until the webview has every block. So no message, and no step on the
 * host, grows with the length of the note (88,000 blocks for a 10 MB note).
 */
import { packBlocks, PENDING_ID_PREFIX, type BlockUpdate, type PackedBlocks } from '../../protocol/preview';
import type { BlockView } from '../../core/markdown';
import { ShardedSet, stringShard } from '../../core/collections';

/** Most blocks one message lists. */
export const MAX_BLOCKS = 1000;
/** Most html (UTF-16 code units) one message carries (posting costs the host time by size). */
export const MAX_HTML = 32_000;

/** Source lines, inclusive: what the editor shows. */
export interface LineRange {
  readonly startLine: number;
  readonly endLine: number;
}

/** One message's change to the webview's list (see HostToWebview `update`). */
export interface ListChange {
  readonly keepHead: number;
  readonly keepTail: number;
  readonly shift: number;
  readonly blocks: PackedBlocks;
  /** Blocks in this message that carry html. */
  readonly htmlSent: number;
}

interface Gap {
  /** The target's blocks it stands for: indexes from, to (exclusive). */
  readonly from: number;
  readonly to: number;
}

export class BlockSync {
  /** Limits of one message (smaller ones in tests, to exercise many messages with few blocks). */
  constructor(private readonly limits: { readonly maxBlocks: number; readonly maxHtml: number } = { maxBlocks: MAX_BLOCKS, maxHtml: MAX_HTML }) {}

  /** The webview's list: ids, first and last source lines. */
  private ids: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  /** Ids whose html the webview has (every listed block that is not a gap). */
  private readonly has: Set<string> = new ShardedSet(stringShard);
  /** The gaps in the list, by id, for the target they were made for. */
  private gaps = new Map<string, Gap>();
  private gapTarget: BlockView | undefined;
  private nextGap = 0;

  /** Forgets everything: the webview starts empty (a reset or a recreated webview). */
  clear(): void {
    this.ids = [];
    this.starts = [];
    this.ends = [];
    this.has.clear();
    this.gaps.clear();
    this.gapTarget = undefined;
  }

  /** Blocks of the target still standing as gaps. */
  get pending(): number {
    let n = 0;
    for (const g of this.gaps.values()) n += g.to - g.from;
    return n;
  }

  /** The webview's list length (blocks and gaps). */
  get length(): number {
    return this.ids.length;
  }

  /**
   * Runs of source lines, inclusive, of the blocks the webview has: one run for each stretch
   * between gaps. Outside its gaps the list is the target (each message leaves it so), so the
   * gaps alone tell the runs.
   */
  deliveredLines(target: BlockView): [number, number][] {
    const runs: [number, number][] = [];
    let at = 0;
    for (const gap of this.sortedGaps(target)) {
      if (gap.from > at) runs.push([target.startLine(at), target.endLine(gap.from - 1)]);
      at = gap.to;
    }
    if (at < target.length) runs.push([target.startLine(at), target.endLine(target.length - 1)]);
    return runs;
  }

  /** The gaps in list order with their index in the list (the target's index less the blocks earlier gaps stand for). */
  private sortedGaps(target: BlockView): (Gap & { id: string; index: number })[] {
    if (target !== this.gapTarget) return [];
    const gaps = [...this.gaps].map(([id, g]) => ({ ...g, id, index: 0 })).sort((x, y) => x.from - y.from);
    let hidden = 0;
    for (const g of gaps) {
      g.index = g.from - hidden;
      hidden += g.to - g.from - 1;
    }
    return gaps;
  }

  /**
   * The change that brings the webview towards `target`: the blocks that differ, the ones in
   * `visible` first, within one message's limits (the rest as gaps); undefined when the
   * webview shows the target already.
   */
  update(target: BlockView, visible: LineRange): ListChange | undefined {
    const n = target.length;
    const m = this.ids.length;
    let head = 0;
    while (head < n && head < m && this.ids[head] === target.id(head) && this.starts[head] === target.startLine(head)
      && this.ends[head] === target.endLine(head)) head++;
    const shift = n > head && m > head ? target.startLine(n - 1) - this.starts[m - 1] : 0;
    let tail = 0;
    while (tail < n - head && tail < m - head && this.ids[m - 1 - tail] === target.id(n - 1 - tail)
      && target.startLine(n - 1 - tail) - this.starts[m - 1 - tail] === shift
      && target.endLine(n - 1 - tail) - this.ends[m - 1 - tail] === shift) tail++;
    if (head === n && head === m) return undefined;
    return this.replace(target, head, m - tail, head, n - tail, tail > 0 ? shift : 0, visible);
  }

  /** The next message that fills a gap (the one in view, else below it, else above), or undefined when none can be filled yet. */
  fill(target: BlockView, visible: LineRange): ListChange | undefined {
    if (this.gaps.size === 0 || target !== this.gapTarget) return undefined;
    let pick: (Gap & { index: number }) | undefined;
    let above: (Gap & { index: number }) | undefined;
    for (const gap of this.sortedGaps(target)) {
      // A gap above the view fills from its end (nearest the view), the others from their start;
      // a gap can be filled once that block is rendered (or the webview has it).
      if (target.endLine(gap.to - 1) < visible.startLine) {
        if (this.ready(target, gap.to - 1)) above = gap;
      } else if (this.ready(target, gap.from)) {
        pick = gap;
        break;
      }
    }
    pick ??= above;
    if (!pick) return undefined;
    return this.replace(target, pick.index, pick.index + 1, pick.from, pick.to, 0, visible);
  }

  private ready(target: BlockView, i: number): boolean {
    return target.html(i) !== undefined || this.has.has(target.id(i));
  }

  /**
   * Replaces list entries [from, to) with the target's blocks [a, b): those around `visible`
   * (up to the limits) as blocks, the others as gaps.
   */
  private replace(target: BlockView, from: number, to: number, a: number, b: number, shift: number, visible: LineRange): ListChange {
    // The window [w0, w1) of blocks that go now: from the first block in view (or the nearest), down, then up.
    let lo = a;
    let hi = b;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (target.endLine(mid) < visible.startLine) lo = mid + 1;
      else hi = mid;
    }
    const anchor = Math.min(lo, Math.max(a, b - 1));
    let html = 0;
    let count = 0;
    const fits = (i: number): boolean => {
      if (count >= this.limits.maxBlocks) return false;
      const h = this.has.has(target.id(i)) ? 0 : target.html(i)?.length ?? 0;
      // The first block always goes, however long (a block is never split).
      if (count > 0 && html + h > this.limits.maxHtml) return false;
      html += h;
      count++;
      return true;
    };
    let w0 = anchor;
    let w1 = anchor;
    while (w1 < b && fits(w1)) w1++;
    if (w1 === b) while (w0 > a && fits(w0 - 1)) w0--;

    if (this.gapTarget !== target) {
      // Gaps of an older target are all inside what is replaced now (they match no block).
      this.gaps.clear();
      this.gapTarget = target;
    }
    const blocks: BlockUpdate[] = [];
    const add = (i: number, j: number): void => {
      const id = `${PENDING_ID_PREFIX}gap-${this.nextGap++}`;
      this.gaps.set(id, { from: i, to: j });
      blocks.push({ id, startLine: target.startLine(i), endLine: target.endLine(j - 1) });
    };
    if (w0 > a) add(a, w0);
    let htmlSent = 0;
    for (let i = w0; i < w1;) {
      const id = target.id(i);
      if (this.has.has(id)) {
        blocks.push({ id, startLine: target.startLine(i), endLine: target.endLine(i) });
        i++;
        continue;
      }
      const h = target.html(i);
      if (h !== undefined) {
        blocks.push({ id, startLine: target.startLine(i), endLine: target.endLine(i), html: h });
        htmlSent++;
        i++;
        continue;
      }
      // Not rendered yet: a gap for the run of such blocks.
      let j = i + 1;
      while (j < w1 && target.html(j) === undefined && !this.has.has(target.id(j))) j++;
      add(i, j);
      i = j;
    }
    if (w1 < b) add(w1, b);

    // Mirror what the webview does with the message.
    const keepTail = this.ids.length - to;
    for (let i = from; i < to; i++) {
      this.has.delete(this.ids[i]);
      this.gaps.delete(this.ids[i]);
    }
    this.ids.splice(from, to - from, ...blocks.map((x) => x.id));
    this.starts.splice(from, to - from, ...blocks.map((x) => x.startLine));
    this.ends.splice(from, to - from, ...blocks.map((x) => x.endLine));
    if (shift !== 0) {
      for (let i = this.ids.length - keepTail; i < this.ids.length; i++) {
        this.starts[i] += shift;
        this.ends[i] += shift;
      }
    }
    for (const x of blocks) if (!this.gaps.has(x.id)) this.has.add(x.id);
    return { keepHead: from, keepTail, shift, blocks: packBlocks(blocks), htmlSent };
  }
}
