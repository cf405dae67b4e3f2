/**
 * Flashcards from a note as it is written: questions with their answers, question headings
 * with their sections, definitions (and, on request, their reverse), clozes (`==…==`,
 * `{{c1::…}}`), `front::back` / `front:::back` lines and multi-line cards split by a `?` line.
 * Card ids come from the note and the card's normalised front, so they survive unrelated edits.
 */
import type { MathSpan, NoteModel, Range } from '../notes';

export type CardKind = 'question' | 'question-heading' | 'definition' | 'definition-reverse' | 'cloze' | 'inline' | 'inline-reverse' | 'multiline';

export interface Card {
  /** Stable id: the note and the normalised front (and cloze number), hashed. */
  readonly id: string;
  readonly kind: CardKind;
  /** Markdown shown first; clozes show `[…]` where the hidden text was. */
  readonly front: string;
  /** Markdown shown on reveal. */
  readonly back: string;
  /** The note's id as the caller gave it (a workspace-relative path). */
  readonly note: string;
  /** Where the card comes from in the note. */
  readonly range: Range;
  /** Titles of the enclosing topics, outermost first (breadcrumbs). */
  readonly topicPath: readonly string[];
}

export interface CardOptions {
  /** Also make term ← definition cards (default false). */
  readonly reverseDefinitions?: boolean;
}

/** The comment that keeps the next line's card out of the quiz. */
export const SKIP_MARKER = /<!--\s*(?:rn|research-notes):skip\s*-->/;

const CLOZE_ANKI = /\{\{c(\d+)::((?:(?!\}\}).)+?)(?:::((?:(?!\}\}).)*))?\}\}/g;
/** `front::back` or `front:::back`, optionally as a list item; `::` between two letters (`std::vector`) is no separator. */
const INLINE_CARD = /^\s*(?:[-*+]\s+)?(.+?)\s*(:{2,3})\s*(.+)$/;

/** Normalises a front for ids: width folded, spaces collapsed, markup around it trimmed. */
export function normalizeFront(front: string): string {
  let out = '';
  for (const ch of front.normalize('NFKC')) out += ch;
  return out.replace(/\s+/g, ' ').replace(/^[*_\s]+|[*_\s]+$/g, '').trim();
}

/** A 64-bit FNV-1a hash as 16 hex digits: stable across platforms, no crypto needed. */
export function hashId(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 15;
  }
  return h1.toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function cardId(note: string, kind: CardKind, front: string, cloze = 0): string {
  return hashId(`${note}\u0000${kind}\u0000${normalizeFront(front)}\u0000${cloze}`);
}

/** Every card of a note. `note` is the note's id (a workspace-relative path). */
export function extractCards(text: string, model: NoteModel, note: string, options: CardOptions = {}): Card[] {
  // Lines as the note model counts them: a lone CR is not a line break.
  const lines = text.split(/\r?\n/);
  const cards: Card[] = [];
  const hidden = hiddenLines(model, lines.length);
  const skipped = (line: number): boolean => line > 0 && SKIP_MARKER.test(lines[line - 1]);
  const pathOf = (topic: number): string[] => {
    const out: string[] = [];
    for (let t = topic; t >= 0; t = model.topics[t].parent) out.unshift(model.topics[t].title);
    return out;
  };
  const add = (kind: CardKind, front: string, back: string, range: Range, topic: number, cloze = 0): void => {
    if (front.trim() === '' || back.trim() === '') return;
    cards.push({ id: cardId(note, kind, front, cloze), kind, front, back, note, range, topicPath: pathOf(topic) });
  };
  const slice = (r: Range): string => {
    const out: string[] = [];
    for (let l = r.start.line; l <= r.end.line; l++) {
      const line = lines[l] ?? '';
      out.push(line.slice(l === r.start.line ? r.start.character : 0, l === r.end.line ? r.end.character : line.length));
    }
    return out.join('\n').trim();
  };

  for (const q of model.questions) {
    if (skipped(q.range.start.line)) continue;
    if (q.pattern === 'heading') {
      const t = model.topics[q.topic];
      const start = t.range.end.line + 1;
      if (start > t.sectionRange.end.line) continue;
      const section = { start: { line: start, character: 0 }, end: t.sectionRange.end };
      add('question-heading', q.text, slice(section), { start: t.range.start, end: t.sectionRange.end }, t.parent);
    } else {
      add('question', q.text, q.answer, q.answerRange ? { start: q.range.start, end: q.answerRange.end } : q.range, q.topic);
    }
  }

  for (const d of model.definitions) {
    if (skipped(d.range.start.line)) continue;
    add('definition', d.term, d.definition, d.range, d.topic);
    if (options.reverseDefinitions) add('definition-reverse', d.definition, d.term, d.range, d.topic);
  }

  const topicAt = topicFinder(model, lines.length);
  const mathByLine = new Map<number, MathSpan[]>();
  for (const m of model.math) for (let l = m.range.start.line; l <= m.range.end.line; l++) (mathByLine.get(l) ?? mathByLine.set(l, []).get(l)!).push(m);

  // Clozes, per paragraph (a run of non-blank, visible lines).
  for (let l = 0; l < lines.length; l++) {
    if (hidden[l] || lines[l].trim() === '') continue;
    let e = l;
    while (e + 1 < lines.length && !hidden[e + 1] && lines[e + 1].trim() !== '') e++;
    if (!skipped(l)) clozes(lines, l, e, mathByLine, add, topicAt(l));
    l = e;
  }

  // front::back, front:::back, and multi-line cards around a lone `?`.
  for (let l = 0; l < lines.length; l++) {
    if (hidden[l] || skipped(l)) continue;
    const line = lines[l];
    if (line.trim() === '?') {
      let a = l;
      while (a - 1 >= 0 && !hidden[a - 1] && lines[a - 1].trim() !== '') a--;
      let b = l;
      while (b + 1 < lines.length && !hidden[b + 1] && lines[b + 1].trim() !== '') b++;
      if (a < l && b > l) {
        add('multiline', lines.slice(a, l).join('\n').trim(), lines.slice(l + 1, b + 1).join('\n').trim(),
          { start: { line: a, character: 0 }, end: { line: b, character: lines[b].length } }, topicAt(a));
      }
      continue;
    }
    const sep = line.indexOf('::');
    if (sep < 0 || line.includes('{{c') || insideMath(sep, l, mathByLine) || /\w::\w/.test(line.slice(Math.max(0, sep - 1), sep + 3)) || insideCode(line, sep)) continue;
    const m = INLINE_CARD.exec(line);
    if (!m) continue;
    const range = { start: { line: l, character: 0 }, end: { line: l, character: line.length } };
    add('inline', m[1], m[3], range, topicAt(l));
    if (m[2].length === 3) add('inline-reverse', m[3], m[1], range, topicAt(l));
  }
  // Document order, as a reader meets them (stable for cards on the same line). A front the
  // note repeats (`**1.2 DDIM**` and `- DDIM：…`) gets its occurrence number in the id.
  const seen = new Map<string, number>();
  return cards
    .map((c, i) => [c, i] as const)
    .sort(([a, i], [b, j]) => a.range.start.line - b.range.start.line || i - j)
    .map(([c]) => {
      const n = seen.get(c.id) ?? 0;
      seen.set(c.id, n + 1);
      return n === 0 ? c : { ...c, id: hashId(`${c.id}#${n}`) };
    });
}

/** Lines where no card may start: code blocks and front matter. */
function hiddenLines(model: NoteModel, count: number): boolean[] {
  const hidden = new Array<boolean>(count).fill(false);
  const hide = (r: Range): void => {
    for (let l = r.start.line; l <= r.end.line && l < count; l++) hidden[l] = true;
  };
  for (const c of model.codeBlocks) hide(c.range);
  if (model.frontMatter) hide(model.frontMatter);
  return hidden;
}

/** Whether the `::` at `at` lies inside a code span (`std::vector` in backticks). */
function insideCode(line: string, at: number): boolean {
  let ticks = 0;
  for (let i = line.indexOf('`'); i >= 0 && i < at; i = line.indexOf('`', i + 1)) ticks++;
  return ticks % 2 === 1;
}

/** Whether the `::` at `at` lies inside a formula (then the line is no inline card). */
function insideMath(at: number, line: number, mathByLine: Map<number, MathSpan[]>): boolean {
  return (mathByLine.get(line) ?? []).some((m) => m.range.start.line === line && m.range.start.character <= at && (m.range.end.line > line || at < m.range.end.character));
}

/** The innermost topic at each line, computed once (topics come in document order, inner after outer). */
function topicFinder(model: NoteModel, count: number): (line: number) => number {
  const at = new Int32Array(count).fill(-1);
  model.topics.forEach((t, i) => {
    for (let l = t.sectionRange.start.line; l <= t.sectionRange.end.line && l < count; l++) at[l] = i;
  });
  return (line) => (line >= 0 && line < count ? at[line] : -1);
}

type AddCard = (kind: CardKind, front: string, back: string, range: Range, topic: number, cloze?: number) => void;

/** `==…==` (each its own card) and `{{cN::…}}` (one card per number) in lines a..b. */
function clozes(lines: string[], a: number, b: number, mathByLine: Map<number, MathSpan[]>, add: AddCard, topic: number): void {
  const text = lines.slice(a, b + 1).join('\n');
  if (!text.includes('==') && !text.includes('{{c')) return;
  // Formula spans in paragraph offsets: a cloze marker inside one is not a marker.
  const starts: number[] = [];
  let off = 0;
  for (let l = a; l <= b; l++) {
    starts.push(off);
    off += lines[l].length + 1;
  }
  const mathSpans: [number, number][] = [];
  for (let l = a; l <= b; l++) {
    for (const m of mathByLine.get(l) ?? []) {
      if (m.range.start.line !== l || m.range.end.line > b) continue;
      mathSpans.push([starts[l - a] + m.range.start.character, starts[m.range.end.line - a] + m.range.end.character]);
    }
  }
  const inMath = (i: number): boolean => mathSpans.some(([s, e]) => i >= s && i < e);
  const range = { start: { line: a, character: 0 }, end: { line: b, character: lines[b].length } };

  // `==…==`: find pairs outside formulas; a formula inside a cloze stays whole.
  const marks: { start: number; end: number }[] = [];
  let i = text.indexOf('==');
  while (i >= 0) {
    if (inMath(i)) {
      i = text.indexOf('==', i + 2);
      continue;
    }
    let j = text.indexOf('==', i + 2);
    while (j >= 0 && inMath(j)) j = text.indexOf('==', j + 2);
    if (j < 0) break;
    if (j > i + 2) marks.push({ start: i, end: j + 2 });
    i = text.indexOf('==', j + 2);
  }
  marks.forEach((m, n) => {
    const hiddenText = text.slice(m.start + 2, m.end - 2);
    const front = text.slice(0, m.start) + '[…]' + text.slice(m.end);
    const back = text.slice(0, m.start) + `**${hiddenText}**` + text.slice(m.end);
    add('cloze', stripMarks(front), stripMarks(back), range, topic, n + 1);
  });

  const numbers = new Set<number>();
  for (const m of text.matchAll(CLOZE_ANKI)) if (!inMath(m.index!)) numbers.add(Number(m[1]));
  for (const n of [...numbers].sort((x, y) => x - y)) {
    const front = text.replace(CLOZE_ANKI, (_all, num: string, body: string, hint?: string) => (Number(num) === n ? `[${hint ? hint : '…'}]` : body));
    const back = text.replace(CLOZE_ANKI, (_all, num: string, body: string) => (Number(num) === n ? `**${body}**` : body));
    add('cloze', front, back, range, topic, 100 + n);
  }
}

/** Drops the remaining `==` highlight marks of other clozes in the same paragraph. */
function stripMarks(s: string): string {
  return s.replace(/==((?:(?!==).)+?)==/g, '$1');
}
