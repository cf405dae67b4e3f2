/**
 * The note renderer: markdown-it 14 with footnotes, task lists, our math rules (KaTeX) and
 * sanitised raw HTML, rendered block by block (see blocks.ts) with a cache of block HTML
 * keyed by the block's text and marks, and a cache of KaTeX output keyed by formula. Blocks
 * to render that stand alone are parsed in runs of neighbours (see parseRun), each still
 * rendered, cached and sanitised on its own.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { ShardedMap, ShardedSet, stringShard } from '../collections';
import footnote from 'markdown-it-footnote';
import taskLists from 'markdown-it-task-lists';
import { parseNote, type MathSpan, type NoteModel } from '../notes';
import { splitBlocksInSteps, type BlockSpan } from './blocks';
import { flatten, KatexCache, mathPlugin } from './math';
import { createHtmlSanitizer, isRelativeUrl } from './sanitize';
import type { BlockView, FormulaError, NoteRenderer, RenderedBlock, RenderJob, RenderOptions, RenderResult } from './types';

/** A mark from the note model on one line of a block (line relative to the block's start). */
interface Mark {
  readonly line: number;
  readonly kind: 'question' | 'definition' | 'topic';
  readonly term?: string;
}

interface MathFailure {
  readonly tex: string;
  readonly display: boolean;
  readonly markup: string;
  readonly message: string;
}

/** Reference-style link definitions, as markdown-it keeps them in `env.references`. */
type References = Record<string, { href: string; title: string }>;

/** The `env` markdown-it threads through one block's render (its typings leave it untyped). */
interface BlockEnv {
  references?: References;
  footnotes?: { refs: Record<string, number>; list: { label: string; count: number }[] };
  /** Note-wide footnote numbers (`:label` → 0-based), which the plugin's own `refs` may overwrite. */
  footnoteIds?: Readonly<Record<string, number>>;
  mathErrors: MathFailure[];
}

/** A formula error with its range relative to the block's first line. */
interface RelativeError {
  readonly startLine: number;
  readonly startChar: number;
  readonly endLine: number;
  readonly endChar: number;
  readonly tex: string;
  readonly message: string;
}

interface CacheEntry {
  readonly id: string;
  /** The marks and note-wide definitions the HTML was rendered with. */
  readonly context: string;
  /** Whether the text holds `[` (may use reference definitions) and `[^` (footnotes). */
  readonly hasBracket: boolean;
  readonly hasFootnote: boolean;
  readonly html: string;
  readonly errors: readonly RelativeError[];
  /** The render call that last used the entry. */
  used: number;
}

interface Definitions {
  readonly references: References;
  readonly footnoteLabels: readonly string[];
}

/** What markdown-it-task-lists emits (with `enabled: false`): a disabled checkbox. */
const TASK_CHECKBOX = /^<input class="task-list-item-checkbox"(?: checked="")? disabled="" type="checkbox">$/;

const CLOSER: Record<string, string> = { '$': '$', '$$': '$$', '\\(': '\\)', '\\[': '\\]' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

export const PENDING_PREFIX = 'pending-';
/** Notes with more blocks than this match them against the caches in steps too (see RenderJob.ready). */
const PREPARE_IN_STEPS = 1000;

/** Notes longer than this (characters) are split and marked in steps too. */
const SETUP_IN_STEPS_CHARS = 100_000;
/** Whether a block of {@link RenderJob.partial} is a placeholder for a block not rendered yet. */
/** An empty box of about the height of a block of these source lines, shown until the block is. */
export function placeholderHtml(startLine: number, endLine: number): string {
  return `<div class="rn-pending" data-line="0" style="min-height:${(endLine - startLine + 1) * 1.7}em"></div>`;
}

export function isPlaceholder(block: RenderedBlock): boolean {
  return block.id.startsWith(PENDING_PREFIX);
}

/** FNV-1a over the string, base 36: a block id derived from its cache key. */
function hashId(s: string): string {
  return idOf(fnv(0x811c9dc5, s), s.length);
}

/** FNV-1a state `h` continued over `s.slice(start, end)`. */
function fnv(h: number, s: string, start = 0, end = s.length): number {
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n.toString(36)` for a non-negative integer below 2^53, without the general radix conversion. */
function base36(n: number): string {
  let out = '';
  do {
    out = DIGITS36[n % 36] + out;
    n = Math.floor(n / 36);
  } while (n > 0);
  return out;
}

function idOf(h: number, length: number): string {
  return 'b' + base36(h >>> 0) + base36(length);
}

/** `hashId(context + '\u0000' + text.slice(start, end))`, without building that string. */
function blockId(context: string, text: string, start: number, end: number): string {
  let h = fnv(0x811c9dc5, context);
  h = Math.imul(h, 0x01000193); // the separator: h ^= 0, then the multiplication
  return idOf(fnv(h, text, start, end), context.length + 1 + end - start);
}

/** What besides its text a block's HTML depends on: its marks and the note-wide definitions it may use. */
function contextOf(frontMatter: boolean, sig: string, refKey: string, footKey: string): string {
  if (frontMatter) return 'front matter';
  return sig === '' && refKey === '' && footKey === '' ? '' : `${sig}\u0000${refKey}\u0000${footKey}`;
}

function lineBreaks(s: string): number {
  let n = 0;
  for (let at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) n++;
  return n;
}

/** Tokens whose source lines may run on over the blank lines after their block (see parseRun). */
const LIST_OPENERS = new Set(['bullet_list_open', 'ordered_list_open', 'list_item_open']);

/** Most blocks and characters parsed in one markdown-it run (see parseRun in createNoteRenderer). */
const RUN_BLOCKS = 16;
const RUN_CHARS = 4096;

const CHUNK = 1 << 14;

/** Length of the common prefix of `a` and `b`: native comparisons of halving chunks. */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  let step = CHUNK;
  while (i < n && step > 0) {
    const k = Math.min(step, n - i);
    if (a.slice(i, i + k) === b.slice(i, i + k)) i += k;
    else step = k >> 1;
  }
  return i;
}

/** Length of the common suffix of `a` and `b`, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  let step = CHUNK;
  while (i < max && step > 0) {
    const k = Math.min(step, max - i);
    if (a.slice(a.length - i - k, a.length - i) === b.slice(b.length - i - k, b.length - i)) i += k;
    else step = k >> 1;
  }
  return i;
}

/** Styles for the marks, math errors and footnotes, and a readable CJK font stack (export). */
export const NOTE_CSS = `
body { margin: 0; }
.rn-note { max-width: 52em; margin: 0 auto; padding: 2em 1.5em; line-height: 1.7; font-size: 16px;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif; }
.rn-note code, .rn-note pre { font-family: "SFMono-Regular", Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace; }
.rn-note pre { padding: 0.8em 1em; overflow-x: auto; background: rgba(127, 127, 127, 0.1); border-radius: 4px; }
.rn-note table { border-collapse: collapse; }
.rn-note th, .rn-note td { border: 1px solid rgba(127, 127, 127, 0.4); padding: 0.3em 0.7em; }
.rn-note img { max-width: 100%; }
.rn-math-block { overflow-x: auto; overflow-y: hidden; }
.rn-math-error { color: #c62828; font-family: monospace; white-space: pre-wrap; background: rgba(198, 40, 40, 0.08);
  border-bottom: 1px dotted #c62828; cursor: help; }
.rn-question { border-left: 3px solid #1e88e5; padding-left: 0.6em; }
.rn-question::before { content: "Q"; font-size: 0.7em; font-weight: bold; color: #fff; background: #1e88e5;
  border-radius: 3px; padding: 0 0.35em; margin-right: 0.5em; vertical-align: 0.15em; }
.rn-definition[data-term]:hover { background: rgba(127, 127, 127, 0.08); }
.footnote-item { font-size: 0.9em; }
.footnote-item > p { display: inline; }
.task-list-item { list-style: none; }
`;

/** Counters beside the contract, for tests and the benchmark. */
export interface RendererStats {
  /** KaTeX calls so far (formula cache misses). */
  readonly katexRenders: number;
  readonly katexCached: number;
  readonly blocksCached: number;
}

export interface NoteRendererWithStats extends NoteRenderer {
  readonly stats: RendererStats;
}

/** Creates a renderer; its caches live as long as it does. */
export function createNoteRenderer(options: RenderOptions = {}): NoteRendererWithStats {
  const katexCache = new KatexCache(options.macros);
  const sanitize = createHtmlSanitizer(options.resolveResource);
  const resolve = options.resolveResource;

  const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
  md.linkify.set({ fuzzyLink: false });
  // With fuzzy links off, linkify-it only finds links after a scheme (`http:`, `mailto:`, …,
  // or `//`) and e-mail addresses (`@`): text with none of `:`, `@` or `//` has no link, and
  // skipping its pretest (one large Unicode regex per paragraph) changes nothing.
  const pretest = md.linkify.pretest.bind(md.linkify);
  md.linkify.pretest = (s: string): boolean => (s.includes(':') || s.includes('@') || s.includes('//')) && pretest(s);
  md.use(footnote);
  md.use(taskLists, { enabled: false });
  // Footnotes are numbered note-wide (see render) and listed where they are defined.
  md.core.ruler.disable('footnote_tail');
  md.inline.ruler.disable('footnote_inline');
  mathPlugin(md, (token, env) => renderMath(token, env as BlockEnv));

  const rules = md.renderer.rules;
  rules.html_block = (tokens, idx) => sanitize(tokens[idx].content);
  rules.html_inline = (tokens, idx) => sanitize(tokens[idx].content);
  rules.rn_checkbox = (tokens, idx) => tokens[idx].content;
  rules.footnote_reference_open = (tokens, idx, _o, env) => {
    const label = (tokens[idx].meta as { label: string }).label;
    const id = ((env as BlockEnv | undefined)?.footnoteIds?.[`:${label}`] ?? -1) + 1;
    const n = id > 0 ? String(id) : escapeHtml(label);
    return `<div class="footnote-item" id="fn${n}"${md.renderer.renderAttrs(tokens[idx])}><sup class="footnote-label">${n}</sup> `;
  };
  rules.footnote_reference_close = () => '</div>\n';

  function renderMath(token: Token, env: BlockEnv): string {
    const display = token.info === 'display';
    const isBlock = token.type === 'math_block';
    const outcome = katexCache.render(token.content, display);
    let inner: string;
    if (outcome.html !== undefined) {
      inner = outcome.html;
    } else {
      const message = outcome.error ?? 'KaTeX error';
      env.mathErrors.push({ tex: token.content, display, markup: token.markup, message });
      const source = token.markup + token.content + CLOSER[token.markup];
      inner = `<span class="rn-math-error" title="${escapeHtml(message)}">${escapeHtml(source)}</span>`;
    }
    if (!isBlock) return inner;
    token.attrJoin('class', 'rn-math-block');
    return `<div${md.renderer.renderAttrs(token)}>${inner}</div>\n`;
  }

  /** Source lines and marks on block-level tokens; relative links through `resolveResource`. */
  function annotate(tokens: Token[], marks: readonly Mark[]): void {
    for (const t of tokens) {
      if (t.map && t.type !== 'inline' && (t.nesting === 1 || t.block)) t.attrSet('data-line', String(t.map[0]));
      if (t.children) {
        for (const c of t.children) {
          // The task-list plugin's checkbox arrives as raw HTML, which the sanitiser would escape.
          if (c.type === 'html_inline' && TASK_CHECKBOX.test(c.content)) c.type = 'rn_checkbox';
          if (!resolve) continue;
          const attr = c.type === 'image' ? 'src' : c.type === 'link_open' ? 'href' : undefined;
          if (!attr) continue;
          const href = c.attrGet(attr) as string | null;
          if (href && isRelativeUrl(href)) {
            let written = href;
            try {
              written = decodeURI(href);
            } catch {
              // keep the encoded form
            }
            const url = resolve(written);
            if (url !== undefined) c.attrSet(attr, url);
          }
        }
      }
    }
    for (const m of marks) {
      let exact: Token | undefined;
      let item: Token | undefined;
      let containing: Token | undefined;
      for (const t of tokens) {
        if (!t.map || t.hidden || t.type === 'inline' || !(t.nesting === 1 || t.type === 'math_block')) continue;
        if (t.map[0] === m.line) {
          exact = t;
          if (t.type === 'list_item_open') item = t;
        } else if (t.map[0] < m.line && m.line < t.map[1]) {
          containing = t;
        }
      }
      const target = (m.kind === 'definition' && item) || exact || containing;
      if (!target) continue;
      if (m.kind === 'question') target.attrJoin('class', 'rn-question');
      else if (m.kind === 'topic') target.attrJoin('class', 'rn-topic');
      else {
        target.attrJoin('class', 'rn-definition');
        if (m.term !== undefined) target.attrSet('data-term', m.term);
      }
    }
  }

  // ---- caches ----
  const blockCache: Map<string, CacheEntry> = new ShardedMap(stringShard);
  const definitionCache = new Map<string, Definitions>();
  let generation = 0;
  /** The previous call's text, blocks and their cache entries, for matching blocks by position. */
  let previous: { text: string; spans: readonly BlockSpan[]; entries: readonly CacheEntry[] } | undefined;
  function definitionsOf(blockText: string): Definitions {
    let d = definitionCache.get(blockText);
    if (!d) {
      const env: BlockEnv = { mathErrors: [] };
      md.parse(blockText, env);
      d = {
        references: env.references ?? {},
        footnoteLabels: env.footnotes ? Object.keys(env.footnotes.refs).map((k) => k.slice(1)) : [],
      };
      if (definitionCache.size > 2000) definitionCache.clear();
      definitionCache.set(blockText, d);
    }
    return d;
  }

  /**
   * The note's marks in line order: questions, definitions and pseudo-headings, each list
   * already in line order, merged (pausing every few thousand marks of a long note).
   */
  function* marksOf(model: NoteModel): Generator<void, Mark[], void> {
    const lists: Mark[][] = [[], [], []];
    let n = 0;
    for (const q of model.questions) {
      lists[0].push({ line: q.range.start.line, kind: 'question' });
      if ((++n & 8191) === 0) yield;
    }
    for (const d of model.definitions) {
      lists[1].push({ line: d.range.start.line, kind: 'definition', term: d.term });
      if ((++n & 8191) === 0) yield;
    }
    for (const t of model.topics) {
      if (t.kind === 'pseudo') lists[2].push({ line: t.range.start.line, kind: 'topic' });
      if ((++n & 8191) === 0) yield;
    }
    // Each list is sorted by line (the parser reports in order); if one is not, sort it.
    for (const list of lists) {
      for (let k = 1; k < list.length; k++) {
        if (list[k].line < list[k - 1].line) {
          list.sort((a, b) => a.line - b.line);
          break;
        }
      }
    }
    yield;
    const marks: Mark[] = [];
    const at = [0, 0, 0];
    for (;;) {
      // Ties keep the order of the lists (questions, definitions, topics), as a stable sort did.
      let best = -1;
      for (let l = 0; l < 3; l++) if (at[l] < lists[l].length && (best < 0 || lists[l][at[l]].line < lists[best][at[best]].line)) best = l;
      if (best < 0) break;
      marks.push(lists[best][at[best]++]);
      if ((marks.length & 8191) === 0) yield;
    }
    return marks;
  }

  /** Maps KaTeX failures to the parser's formulas in the block (same TeX and delimiter, in order). */
  function locateErrors(failures: readonly MathFailure[], span: BlockSpan, math: readonly MathSpan[], firstMath: number): RelativeError[] {
    const used = new Set<number>();
    const out: RelativeError[] = [];
    for (const f of failures) {
      let found: MathSpan | undefined;
      for (let k = firstMath; k < math.length && math[k].range.start.line <= span.endLine; k++) {
        const m = math[k];
        if (!used.has(k) && m.tex === f.tex && m.delimiter === f.markup) {
          used.add(k);
          found = m;
          break;
        }
      }
      const r = found?.range ?? { start: { line: span.startLine, character: 0 }, end: { line: span.startLine, character: 0 } };
      out.push({
        startLine: r.start.line - span.startLine, startChar: r.start.character,
        endLine: r.end.line - span.startLine, endChar: r.end.character,
        tex: f.tex, message: f.message,
      });
    }
    return out;
  }

  /** One block of a job: its span, and its cache entry once rendered (or found in the cache). */
  interface Slot {
    readonly span: BlockSpan;
    /** The id the viewer knows the block by (entry id, with `-n` for the n-th duplicate). */
    readonly id: string;
    /** The entry's id (`id` without the duplicate suffix). */
    readonly baseId: string;
    entry?: CacheEntry;
    /** The block's tokens when it was parsed with the blocks after it (see parseRun), lines relative to the block. */
    tokens?: Token[];
    /** What rendering needs when the cache had nothing: the block's marks and first formula. */
    readonly miss?: { readonly text: string; readonly context: string; readonly hasBracket: boolean; readonly hasFootnote: boolean;
      readonly frontMatter: boolean; readonly marks: readonly Mark[]; readonly mathIndex: number };
  }

  function begin(text: string, given?: NoteModel): RenderJob {
    generation++;
    const gen = generation;
    // Set up by `setup()`, in steps (a long note's split and marks take a while).
    let model: NoteModel;
    const spans: BlockSpan[] = [];
    let marks: Mark[] = [];
    let math: readonly MathSpan[] = [];

    // Note-wide reference definitions and footnote numbering, from the blocks that start with `[`.
    let references: References | undefined;
    let footnoteRefs: Record<string, number> | undefined;
    const footnoteOrder: string[] = [];
    // Short, deterministic stand-ins for the note-wide definitions in the cache context (and so in ids).
    let refKey = '';
    let footKey = '';

    const slots: Slot[] = [];
    const occurrences: Map<string, number> = new ShardedMap(stringShard);

    // Blocks lying wholly in the text shared with the previous call (before and after the edit)
    // are matched by position, without slicing and hashing their text again.
    let prefix = 0;
    let suffixStart = text.length;
    let shift = 0;
    const before = previous;

    /** Everything the matching needs, pausing (yield) between parts of a long note. */
    function* setup(): Generator<void, void, void> {
      model = given ?? parseNote(text, options.parseOptions);
      yield;
      yield* splitBlocksInSteps(text, spans);
      marks = yield* marksOf(model);
      math = model.math;
      let refSig = '';
      const footnoteLabels: string[] = [];
      for (let k = 0; k < spans.length; k++) {
        const s = spans[k];
        if ((k & 4095) === 4095) yield;
        if (text.charCodeAt(s.start) !== 91 /* [ */) continue;
        const d = definitionsOf(text.slice(s.start, s.end));
        for (const key in d.references) {
          references ??= {};
          if (!(key in references)) {
            references[key] = d.references[key];
            refSig += key + '\u0001' + JSON.stringify(d.references[key]) + '\u0002';
          }
        }
        footnoteLabels.push(...d.footnoteLabels);
      }
      if (footnoteLabels.length > 0) {
        const defined = new Set(footnoteLabels);
        const seen = new Set<string>();
        for (let at = text.indexOf('[^'); at >= 0; at = text.indexOf('[^', at + 2)) {
          const close = text.indexOf(']', at + 2);
          if (close < 0) break;
          const label = text.slice(at + 2, close);
          if (defined.has(label) && !seen.has(label) && text.charCodeAt(close + 1) !== 58 /* : */) {
            seen.add(label);
            footnoteOrder.push(label);
          }
        }
        for (const l of footnoteLabels) {
          if (!seen.has(l)) {
            seen.add(l);
            footnoteOrder.push(l);
          }
        }
        const ids: Record<string, number> = {};
        footnoteOrder.forEach((l, i) => (ids[`:${l}`] = i));
        footnoteRefs = ids;
      }
      refKey = references ? hashId(refSig) : '';
      footKey = footnoteRefs ? hashId(footnoteOrder.join('\u0001')) : '';
      yield;
      if (before) {
        prefix = commonPrefix(before.text, text);
        const suffix = commonSuffix(before.text, text, Math.min(before.text.length, text.length) - prefix);
        suffixStart = text.length - suffix;
        shift = text.length - before.text.length;
      }
    }
    const setupSteps = setup();
    let setupDone = false;
    let j = 0;

    let mi = 0;
    let mathIndex = 0;
    /** Spans matched against the caches so far (the loop below runs in steps on a long note). */
    let prepared = 0;
    /** Whether every span has its slot and `pending` lists the slots to render. */
    let pendingListed = false;
    const pending: number[] = [];
    let remaining = 0;

    /** Matches spans to cached blocks; false when `shouldYield` stopped it before the last span. */
    function prepare(shouldYield: () => boolean): boolean {
      if (pendingListed) return true;
      // A short note is set up in one go (its first step renders a block, as callers expect).
      const long = text.length > SETUP_IN_STEPS_CHARS;
      while (!setupDone) {
        if (setupSteps.next().done) setupDone = true;
        else if (long && shouldYield()) return false;
      }
      while (prepared < spans.length) {
        prepareSpan(spans[prepared++]);
        // Only a long note's matching is worth a stop (a short one still renders a block in its first step).
        if ((prepared & 31) === 0 && spans.length > PREPARE_IN_STEPS && prepared < spans.length && shouldYield()) return false;
      }
      remaining = pending.length;
      pendingListed = true;
      return true;
    }

    function prepareSpan(span: BlockSpan): void {
      // Marks inside the block: their signature is part of the cache context.
      while (mi < marks.length && marks[mi].line < span.startLine) mi++;
      let me = mi;
      let sig = '';
      for (; me < marks.length && marks[me].line <= span.endLine; me++) {
        const m = marks[me];
        sig += `${m.kind[0]}${m.line - span.startLine}${m.term !== undefined ? '=' + m.term : ''}\u0001`;
      }
      while (mathIndex < math.length && math[mathIndex].range.start.line < span.startLine) mathIndex++;
      // Front matter is metadata: not shown (as in VS Code's preview).
      const frontMatter = span.startLine === 0 && model.frontMatter !== undefined;

      let entry: CacheEntry | undefined;
      if (before) {
        let oldStart = -1;
        if (span.end <= prefix) oldStart = span.start;
        else if (span.start >= suffixStart) oldStart = span.start - shift;
        if (oldStart >= 0) {
          const old = before.spans;
          while (j < old.length && old[j].start < oldStart) j++;
          if (j < old.length && old[j].start === oldStart && old[j].end === span.end - (oldStart === span.start ? 0 : shift)) {
            const e = before.entries[j];
            if (e.context === contextOf(frontMatter, sig, e.hasBracket ? refKey : '', e.hasFootnote ? footKey : '')) entry = e;
          }
        }
      }
      let miss: Slot['miss'];
      let baseId: string;
      if (entry) {
        baseId = entry.id;
      } else {
        // Keyed by the text alone (hashing a slice is cheap); the marks and note-wide definitions must match too.
        const blockText = text.slice(span.start, span.end);
        const hasBracket = blockText.includes('[');
        const hasFootnote = hasBracket && blockText.includes('[^');
        const context = contextOf(frontMatter, sig, hasBracket ? refKey : '', hasFootnote ? footKey : '');
        entry = blockCache.get(blockText);
        if (entry && entry.context !== context) entry = undefined;
        if (entry) {
          baseId = entry.id;
        } else {
          const blockMarks: Mark[] = [];
          for (let k = mi; k < me; k++) blockMarks.push({ line: marks[k].line - span.startLine, kind: marks[k].kind, term: marks[k].term });
          miss = { text: blockText, context, hasBracket, hasFootnote, frontMatter, marks: blockMarks, mathIndex };
          baseId = blockId(context, text, span.start, span.end);
        }
      }
      if (entry) entry.used = gen;
      const seen = occurrences.get(baseId) ?? 0;
      occurrences.set(baseId, seen + 1);
      if (!entry) pending.push(slots.length);
      slots.push({ span, id: seen === 0 ? baseId : `${baseId}-${seen}`, baseId, entry, miss });
    }
    /** Ids rendered afresh by this job (a duplicate of such a block is new to the viewer too). */
    const fresh: Set<string> = new ShardedSet(stringShard);

    /**
     * Whether the slot may be parsed together with its neighbours: a block to render that uses
     * no note-wide definitions (no `[`, so no link references, footnotes or task items) and
     * defines none, and is not front matter.
     */
    function joinable(slot: Slot): boolean {
      return slot.entry === undefined && slot.tokens === undefined && slot.miss !== undefined && !slot.miss.hasBracket && !slot.miss.frontMatter;
    }

    /**
     * Parses the run of joinable slots from `first` on (up to RUN_BLOCKS blocks or RUN_CHARS
     * characters) with one markdown-it parse, and hands each slot its own tokens. One parse of
     * the run saves markdown-it's per-parse setup for each block. The blocks are separated by
     * blank lines or end at a heading, which markdown-it's top-level blocks never cross (the
     * block splitter's design, see blocks.ts), and these blocks neither define nor use
     * anything note-wide, so each block's tokens are those of its own parse. That is also
     * checked: each block must begin a top-level token on its first line and no top-level
     * token may reach the next block; otherwise the slots keep no tokens and each block is
     * parsed alone, as before.
     */
    function parseRun(first: number): void {
      let last = first;
      let chars = slots[first].span.end - slots[first].span.start;
      while (last + 1 < slots.length && last + 1 - first < RUN_BLOCKS && chars < RUN_CHARS && joinable(slots[last + 1])) {
        last++;
        chars += slots[last].span.end - slots[last].span.start;
      }
      if (last === first) return;
      const base = slots[first].span.startLine;
      const tokens = md.parse(text.slice(slots[first].span.start, slots[last].span.end), { mathErrors: [] });
      const groups: Token[][] = [];
      let b = first - 1;
      let group: Token[] = [];
      for (const t of tokens) {
        if (t.level === 0 && t.nesting !== -1) {
          if (!t.map) return;
          const line = t.map[0] + base;
          if (b < last && slots[b + 1].span.startLine === line) {
            if (b >= first) groups.push(group);
            group = [];
            b++;
          } else if (b < first || line > slots[b].span.endLine) {
            return;
          }
          const limit = b < last ? slots[b + 1].span.startLine : slots[last].span.endLine + 1;
          if (t.map[1] + base > limit) return;
        } else if (b < first) {
          return;
        }
        group.push(t);
      }
      if (b !== last) return;
      groups.push(group);
      // No token may take in lines after its block (an unclosed construct nested in a list
      // would): only lists and their items reach over the blank lines after the block, as a
      // list at the end of the text does not. And a raw HTML block (or an unclosed fence)
      // ending on the block's last line keeps that line's line break here but not at the end
      // of the block's own text: the HTML block loses it again, the fence is parsed alone.
      const trimmed: Token[] = [];
      for (let k = first; k <= last; k++) {
        const span = slots[k].span;
        const end = span.endLine - base + 1;
        for (const t of groups[k - first]) {
          if (!t.map || t.map[1] < end) continue;
          if (t.map[1] > end && !LIST_OPENERS.has(t.type)) return;
          if (t.type === 'html_block' && k < last) {
            if (!t.content.endsWith('\n')) return;
            trimmed.push(t);
          } else if (t.type === 'fence' && k < last && lineBreaks(t.content) !== t.map[1] - t.map[0] - 2) {
            // An unclosed fence (its content takes the block's last line, with the line break): rare, parsed alone.
            return;
          }
        }
      }
      for (const t of trimmed) t.content = t.content.slice(0, -1);
      for (let k = first; k <= last; k++) {
        const span = slots[k].span;
        const shift = base - span.startLine;
        const lines = span.endLine - span.startLine + 1;
        const own = groups[k - first];
        // Lines relative to the block, as its own parse has them (where a list ends at the block's end).
        for (const t of own) if (t.map) t.map = [t.map[0] + shift, Math.min(t.map[1] + shift, lines)];
        slots[k].tokens = own;
      }
    }

    function renderSlot(index: number): void {
      const slot = slots[index];
      if (slot.entry) return;
      const m = slot.miss as NonNullable<Slot['miss']>;
      // A duplicate block rendered earlier in this job: share its entry.
      const again = blockCache.get(m.text);
      if (again && again.context === m.context) {
        slot.entry = again;
        slot.tokens = undefined;
      } else {
        const env: BlockEnv = { mathErrors: [] };
        if (refKey !== '' && m.hasBracket) env.references = { ...references };
        if (footKey !== '' && m.hasFootnote && footnoteRefs) {
          env.footnotes = { refs: { ...footnoteRefs }, list: footnoteOrder.map((label) => ({ label, count: 0 })) };
          env.footnoteIds = footnoteRefs;
        }
        if (!slot.tokens && joinable(slot) && index + 1 < slots.length && joinable(slots[index + 1])) parseRun(index);
        const tokens = slot.tokens ?? md.parse(m.frontMatter ? '' : m.text, env);
        slot.tokens = undefined;
        annotate(tokens, m.marks);
        // Kept in the cache: flat (see flatten), not as the tree of pieces the renderer joined it from.
        const html = flatten(md.renderer.render(tokens, md.options, env));
        const id = slot.baseId;
        slot.entry = {
          id, context: m.context, hasBracket: m.hasBracket, hasFootnote: m.hasFootnote, html,
          errors: locateErrors(env.mathErrors, slot.span, math, m.mathIndex), used: gen,
        };
        blockCache.set(m.text, slot.entry);
        fresh.add(id);
      }
      slot.entry.used = gen;
      remaining--;
    }

    let finished: RenderResult | undefined;
    // The result, assembled in steps once every block is rendered (a long note has tens of thousands).
    let assembled = 0;
    const blocks: RenderedBlock[] = [];
    const errors: FormulaError[] = [];
    const rendered: string[] = [];
    const entries: CacheEntry[] = [];
    let sweep: IterableIterator<[string, CacheEntry]> | undefined;
    /** Assembles the result; false when `shouldYield` stopped it first (call again). */
    function finishSome(shouldYield: () => boolean): boolean {
      if (finished) return true;
      while (assembled < slots.length) {
        const slot = slots[assembled++];
        const entry = slot.entry as CacheEntry;
        entries.push(entry);
        if (fresh.has(entry.id)) rendered.push(slot.id);
        blocks.push({ id: slot.id, startLine: slot.span.startLine, endLine: slot.span.endLine, html: entry.html });
        for (const e of entry.errors) {
          errors.push({
            range: {
              start: { line: e.startLine + slot.span.startLine, character: e.startChar },
              end: { line: e.endLine + slot.span.startLine, character: e.endChar },
            },
            message: e.message,
            tex: e.tex,
          });
        }
        if ((assembled & 1023) === 0 && shouldYield()) return false;
      }
      // Keep the block cache to about what the note needs (plus recent edits).
      if (!sweep && blockCache.size > 2 * spans.length + 1000) sweep = blockCache.entries();
      if (sweep) {
        let n = 0;
        for (let e = sweep.next(); !e.done; e = sweep.next()) {
          if (e.value[1].used < gen) blockCache.delete(e.value[0]);
          if ((++n & 4095) === 0 && shouldYield()) return false;
        }
      }
      previous = { text, spans, entries };
      finished = { blocks, errors, rendered };
      return true;
    }
    function finish(): RenderResult {
      finishSome(() => false);
      return finished as RenderResult;
    }

    let next = 0;
    /** Where the search for slots overlapping a step's `first` lines goes on; done once all are rendered. */
    let firstAt = 0;
    let firstDone = false;
    function step(shouldYield: () => boolean, first?: { readonly startLine: number; readonly endLine: number }): boolean {
      if (!pendingListed) {
        if (!prepare(shouldYield)) return false;
        // A long note's matching took the step's time: rendering starts with the next one.
        if (remaining > 0 && spans.length > PREPARE_IN_STEPS && shouldYield()) return false;
      }
      if (first && !firstDone) {
        // The pending slots overlapping `first`, from where the last step stopped.
        for (; firstAt < pending.length; firstAt++) {
          const s = slots[pending[firstAt]];
          if (s.entry || s.span.endLine < first.startLine || s.span.startLine > first.endLine) continue;
          renderSlot(pending[firstAt]);
          if (shouldYield()) return remaining === 0 && finishSome(shouldYield);
        }
        firstDone = true;
      }
      while (next < pending.length) {
        const i = pending[next++];
        if (slots[i].entry) continue;
        renderSlot(i);
        if (shouldYield()) return remaining === 0 && finishSome(shouldYield);
      }
      return finishSome(shouldYield);
    }

    const view: BlockView = {
      get length() {
        return slots.length;
      },
      id: (i) => slots[i].id,
      startLine: (i) => slots[i].span.startLine,
      endLine: (i) => slots[i].span.endLine,
      html: (i) => slots[i].entry?.html,
    };

    return {
      get remaining() {
        // Asked before the job is ready, the count needs every span matched first.
        prepare(() => false);
        return remaining;
      },
      get ready() {
        return pendingListed;
      },
      step,
      blocks: view,
      partial() {
        prepare(() => false);
        return slots.map((s): RenderedBlock => (s.entry
          ? { id: s.id, startLine: s.span.startLine, endLine: s.span.endLine, html: s.entry.html }
          : {
            id: PENDING_PREFIX + s.id, startLine: s.span.startLine, endLine: s.span.endLine,
            html: placeholderHtml(s.span.startLine, s.span.endLine),
          }));
      },
      result() {
        step(() => false);
        return finish();
      },
    };
  }

  function render(text: string, given?: NoteModel): RenderResult {
    return begin(text, given).result();
  }

  function renderDocument(text: string, doc: { readonly title: string; readonly css: string }): string {
    const { blocks } = render(text);
    const body = blocks.map((b) => `<div class="rn-block" data-start-line="${b.startLine}">\n${b.html}</div>`).join('\n');
    const css = (doc.css + '\n' + NOTE_CSS).replace(/<\/style/gi, '<\\/style');
    return [
      '<!DOCTYPE html>',
      '<html lang="zh-CN">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src * data: file:; style-src 'unsafe-inline'; font-src * data: file:; base-uri 'none'; form-action 'none'">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(doc.title)}</title>`,
      `<style>\n${css}\n</style>`,
      '</head>',
      '<body>',
      '<article class="rn-note">',
      body,
      '</article>',
      '</body>',
      '</html>',
      '',
    ].join('\n');
  }

  return {
    render,
    begin,
    renderDocument,
    get stats() {
      return { katexRenders: katexCache.renders, katexCached: katexCache.size, blocksCached: blockCache.size };
    },
  };
}
