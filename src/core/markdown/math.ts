/**
 * Math for markdown-it: `$…$`, `$$…$$`, `\(…\)`, `\[…\]` inline, and `$$`/`\[` blocks over
 * several lines, with exactly the note parser's rules (src/core/notes/parser.ts) for what is
 * a formula: pandoc's `$` rules (not `$5 and $10`), `\$` escaped, a formula never crosses a
 * line end inline, a block opens at a line's start (indent ≤ 3, not after `>` or a list
 * marker) and closes at the first closer after it. Code spans and fences are markdown-it's,
 * so nothing inside code is math.
 *
 * Formulas become `math_inline` / `math_block` tokens (content: the TeX, markup: the opening
 * delimiter, info: 'display' for display math); rendering is the caller's (see KatexCache).
 */
import katex from 'katex';
import type { MarkdownIt, StateBlock, StateInline, Token } from 'markdown-it';
import { findClosingDollar } from '../notes/parser';

const CH_DOLLAR = 36, CH_BACKSLASH = 92, CH_LPAREN = 40, CH_LBRACKET = 91, CH_SPACE = 32, CH_TAB = 9;

function mathInline(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  const c = src.charCodeAt(pos);
  if (c !== CH_DOLLAR && c !== CH_BACKSLASH) return false;
  let lineEnd = src.indexOf('\n', pos);
  if (lineEnd < 0 || lineEnd > state.posMax) lineEnd = state.posMax;

  if (c === CH_BACKSLASH) {
    const n = src.charCodeAt(pos + 1);
    if (n !== CH_LPAREN && n !== CH_LBRACKET) return false;
    const close = src.indexOf(n === CH_LPAREN ? '\\)' : '\\]', pos + 2);
    if (close < 0 || close + 2 > lineEnd) return false;
    if (!silent) push(state, src.slice(pos + 2, close), n === CH_LPAREN ? '\\(' : '\\[', n === CH_LBRACKET);
    state.pos = close + 2;
    return true;
  }

  if (src.charCodeAt(pos + 1) === CH_DOLLAR) {
    const close = src.indexOf('$$', pos + 2);
    if (close >= 0 && close + 2 <= lineEnd && close > pos + 2) {
      if (!silent) push(state, src.slice(pos + 2, close), '$$', true);
      state.pos = close + 2;
      return true;
    }
    // Like the note parser: an unclosed `$$` is text, and neither `$` opens a formula.
    if (!silent) state.pending += '$$';
    state.pos += 2;
    return true;
  }

  const close = findClosingDollar(src, pos + 1, lineEnd);
  if (close < 0) {
    if (!silent) state.pending += '$';
    state.pos += 1;
    return true;
  }
  if (!silent) push(state, src.slice(pos + 1, close), '$', false);
  state.pos = close + 1;
  return true;
}

function push(state: StateInline, tex: string, markup: string, display: boolean): void {
  const token = state.push('math_inline', 'math', 0);
  token.content = tex;
  token.markup = markup;
  token.info = display ? 'display' : '';
}

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const src = state.src;
  const pos = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  if (pos + 2 > max) return false;
  const c = src.charCodeAt(pos);
  const n = src.charCodeAt(pos + 1);
  const isDollar = c === CH_DOLLAR && n === CH_DOLLAR;
  if (!isDollar && !(c === CH_BACKSLASH && n === CH_LBRACKET)) return false;
  // As the note parser: only blanks (at most 3 columns) between the raw line start and the
  // opener, so not inside a block quote nor on a list item's marker line.
  const lineStart = src.lastIndexOf('\n', pos - 1) + 1;
  let cols = 0;
  for (let i = lineStart; i < pos; i++) {
    const ch = src.charCodeAt(i);
    if (ch === CH_SPACE) cols++;
    else if (ch === CH_TAB) cols += 4 - (cols % 4);
    else return false;
  }
  if (cols > 3) return false;
  const closer = isDollar ? '$$' : '\\]';
  const close = src.indexOf(closer, pos + 2);
  // Closed on this line: inline math in a paragraph. Never closed: not math.
  if (close < 0 || close < max) return false;
  let line = startLine + 1;
  while (line < endLine && state.eMarks[line] < close) line++;
  if (line >= endLine) return false;
  if (silent) return true;

  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = src.slice(pos + 2, close);
  token.markup = isDollar ? '$$' : '\\[';
  token.info = 'display';
  token.map = [startLine, line + 1];

  // Text after the closer on its line is a paragraph of its own.
  const restStart = close + 2;
  const rest = src.slice(restStart, state.eMarks[line]).trim();
  if (rest !== '') {
    const open = state.push('paragraph_open', 'p', 1);
    open.map = [line, line + 1];
    const inline = state.push('inline', '', 0);
    inline.content = rest;
    inline.map = [line, line + 1];
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
  }
  state.line = line + 1;
  return true;
}

/** Registers the math rules; `render(token)` turns a math token into HTML. */
export function mathPlugin(md: MarkdownIt, render: (token: Token, env: unknown) => string): void {
  md.inline.ruler.before('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.math_inline = (tokens, idx, _options, env) => render(tokens[idx], env);
  md.renderer.rules.math_block = (tokens, idx, _options, env) => render(tokens[idx], env);
}

/** Written by {@link flatten} and never read: a store the compiler must keep, so the character read stays too. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
let flattened = 0;

/**
 * The same string, stored flat. V8 keeps a string built piece by piece (KaTeX builds its markup
 * with `+=`, markdown-it its HTML too) as a tree of the pieces, one heap object each, until
 * something reads its characters. A cached string lives long, and as a tree every garbage
 * collection until it is promoted copies and traces all its pieces; reading one character
 * turns it into one sequential string (and its pieces into short-lived garbage).
 */
export function flatten(s: string): string {
  flattened ^= s.length > 0 ? s.charCodeAt(0) : 0;
  return s;
}

export interface KatexOutcome {
  readonly html?: string;
  readonly error?: string;
}

/** KaTeX with safe options and a bounded cache keyed by (display, tex); macros are fixed per cache. */
export class KatexCache {
  private readonly cache = new Map<string, KatexOutcome>();

  constructor(private readonly macros: Readonly<Record<string, string>> | undefined, private readonly limit = 10_000) {}

  /** Number of KaTeX calls made (cache misses), for tests and the benchmark. */
  renders = 0;

  render(tex: string, display: boolean): KatexOutcome {
    const key = (display ? 'D' : 'I') + tex;
    const hit = this.cache.get(key);
    if (hit) {
      // Most recently used last: eviction takes the oldest first.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    this.renders++;
    let outcome: KatexOutcome;
    try {
      outcome = {
        html: flatten(katex.renderToString(tex, {
          displayMode: display,
          throwOnError: true,
          trust: false,
          strict: 'ignore',
          maxExpand: 1000,
          maxSize: 20,
          // KaTeX writes \gdef results into the object it gets: a fresh copy per formula.
          macros: this.macros ? { ...this.macros } : {},
        })),
      };
    } catch (e) {
      // KaTeX underlines the failing position with combining low lines; the message reads better without.
      outcome = { error: (e instanceof Error ? e.message : String(e)).replace(/\u0332/g, '') };
    }
    this.cache.set(key, outcome);
    if (this.cache.size > this.limit) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    return outcome;
  }

  get size(): number {
    return this.cache.size;
  }
}
