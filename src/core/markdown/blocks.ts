/**
 * Splits a note into top-level blocks that markdown-it renders the same one by one as in one
 * piece, so an edit re-renders only the blocks it touches.
 *
 * A new block starts at a non-blank line in column 0 that follows a blank line, and at an
 * ATX heading in column 0 (which also ends its block). Never inside a fence, a multi-line
 * `$$`/`\[` formula (closed by the first closer after it, as in the note parser), an HTML
 * block (until its end marker or blank line) or front matter. A blank line followed by an
 * indented line does not split (list continuation, indented code), nor does one followed by
 * a list item with the marker of the block's list (a loose list stays one list). Blank lines
 * between blocks belong to no block.
 */
import {
  FENCE_OPEN, atxLevel, closesOnLine, findFrontMatterClose, htmlBlockEnd, isFenceClose, isFrontMatterOpen, listContentStart,
} from '../notes/parser';

export interface BlockSpan {
  /** 0-based first and last line, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
  /** Offsets of the block's text in the note: first character, and just past the last line's end (line ending excluded). */
  readonly start: number;
  readonly end: number;
}

const CH_TAB = 9, CH_SPACE = 32, CH_CR = 13, CH_HASH = 35, CH_DOLLAR = 36, CH_BACKSLASH = 92, CH_LT = 60,
  CH_BACKTICK = 96, CH_TILDE = 126, CH_DASH = 45, CH_STAR = 42, CH_PLUS = 43, CH_0 = 48, CH_9 = 57;

/** The list marker kind of a column-0 list item (`-`, `*`, `+`, `.` or `)` for ordered), or 0. */
function listMarker(text: string, first: number, end: number): number {
  const c = text.charCodeAt(first);
  if (c !== CH_DASH && c !== CH_STAR && c !== CH_PLUS && !(c >= CH_0 && c <= CH_9)) return 0;
  if (listContentStart(text, first, end) < 0) return 0;
  if (c === CH_DASH || c === CH_STAR || c === CH_PLUS) return c;
  let i = first;
  while (text.charCodeAt(i) >= CH_0 && text.charCodeAt(i) <= CH_9) i++;
  return text.charCodeAt(i);
}

/** Whether the HTML block's end marker is on the line (the note parser's test for lines after the opener). */
function closesAt(text: string, start: number, end: number, until: string): boolean {
  if (until === '-->') {
    const at = text.indexOf(until, start);
    return at >= 0 && at < end;
  }
  return text.slice(start, end).toLowerCase().includes(until);
}

/** Whether `until` (ASCII, lower case) occurs after `from`, in any case. */
function findLater(text: string, from: number, until: string): boolean {
  if (until === '-->') return text.indexOf(until, from) >= 0;
  const re = new RegExp(until.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'ig');
  re.lastIndex = from;
  return re.test(text);
}

export function splitBlocks(text: string): BlockSpan[] {
  const blocks: BlockSpan[] = [];
  for (const steps = splitBlocksInSteps(text, blocks); !steps.next().done;);
  return blocks;
}

/** Lines between two pauses of splitBlocksInSteps. */
const LINES_PER_STEP = 2048;

/**
 * splitBlocks in steps: appends the blocks to `blocks` and pauses (yields) every few thousand
 * lines, so a host can split a long note across turns of its event loop.
 */
export function* splitBlocksInSteps(text: string, blocks: BlockSpan[]): Generator<void, void, void> {
  const len = text.length;
  let curStartLine = -1;
  let curStart = 0;
  let lastLine = -1;
  let lastEnd = 0;
  let curList = 0;
  let pendingBlank = false;
  let splitNext = false;
  let fence: { char: number; size: number } | undefined;
  let mathClose = -1;
  /** An open HTML block: its end marker, or '' when a blank line ends it. */
  let html: string | undefined;
  let skipUntilLine = -1;

  const close = (): void => {
    if (curStartLine >= 0) blocks.push({ startLine: curStartLine, endLine: lastLine, start: curStart, end: lastEnd });
    curStartLine = -1;
  };

  let line = 0;
  let offset = 0;
  while (offset <= len) {
    let nl = text.indexOf('\n', offset);
    if (nl < 0) nl = len;
    let end = nl;
    if (end > offset && text.charCodeAt(end - 1) === CH_CR) end--;
    const start = line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : offset;

    if (line === 0 && isFrontMatterOpen(text, start, end)) {
      const fm = findFrontMatterClose(text, end);
      if (fm) skipUntilLine = fm.line;
    }

    if (line <= skipUntilLine || fence || mathClose >= 0 || (html !== undefined && html !== '')) {
      // Inside a construct that spans lines: extend the block.
      if (curStartLine < 0) {
        curStartLine = line;
        curStart = offset;
      }
      lastLine = line;
      lastEnd = end;
      if (line === skipUntilLine) splitNext = true;
      else if (fence) {
        if (isFenceClose(text, start, end, fence.char, fence.size)) fence = undefined;
      } else if (mathClose >= 0) {
        if (mathClose < end) mathClose = -1;
      } else if (html !== undefined && closesAt(text, start, end, html)) {
        html = undefined;
      }
    } else {
      let i = start;
      while (i < end && (text.charCodeAt(i) === CH_SPACE || text.charCodeAt(i) === CH_TAB)) i++;
      if (i >= end) {
        // Blank.
        if (html === '') html = undefined;
        pendingBlank = true;
      } else {
        const first = i;
        const c = text.charCodeAt(first);
        const col0 = first === start;
        const heading = col0 && c === CH_HASH && html === undefined && atxLevel(text, first, end) > 0;
        const marker = col0 ? listMarker(text, first, end) : 0;
        let startNew = curStartLine < 0 || splitNext || heading;
        if (!startNew && pendingBlank && col0) startNew = !(marker !== 0 && marker === curList);
        if (startNew) {
          close();
          curStartLine = line;
          curStart = offset;
          curList = 0;
        }
        if (marker !== 0) curList = marker;
        splitNext = heading;
        pendingBlank = false;
        lastLine = line;
        lastEnd = end;

        // Constructs that open here and span lines.
        const indent = first - start;
        if (c === CH_BACKTICK || c === CH_TILDE) {
          const m = FENCE_OPEN.exec(text.slice(start, end));
          if (m && !(c === CH_BACKTICK && m[3].includes('`'))) fence = { char: c, size: m[2].length };
        } else if (indent <= 3 && ((c === CH_DOLLAR && text.charCodeAt(first + 1) === CH_DOLLAR) || (c === CH_BACKSLASH && text.charCodeAt(first + 1) === 91))) {
          const at = text.indexOf(c === CH_DOLLAR ? '$$' : '\\]', first + 2);
          if (at >= end) mathClose = at;
        } else if (c === CH_LT && html === undefined) {
          const until = htmlBlockEnd(text, first, end, false);
          if (until === '') html = '';
          else if (until !== undefined && !closesOnLine(text, first, end, until)) {
            if (findLater(text, end, until)) html = until;
          }
        }
      }
    }
    if (nl >= len) break;
    offset = nl + 1;
    line++;
    if (line % LINES_PER_STEP === 0) yield;
  }
  close();
}
