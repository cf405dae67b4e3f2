/**
 * Annotating a note for the quiz: a question block from selected lines (in the note's own
 * question style), a cloze around a selection (never cutting a formula), and where the skip
 * marker goes. Pure text work; the host turns the results into one editor edit.
 */
import type { NoteModel, Range } from '../notes';
import type { Card } from './cardExtractor';

/** The marker comment the extractor honours (see SKIP_MARKER). */
export const SKIP_COMMENT = '<!-- rn:skip -->';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;

/** True when most letters of `text` are Chinese characters. */
export function isChineseText(text: string): boolean {
  const cjk = text.match(CJK)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  // A Chinese character carries about as much as a short English word.
  return cjk * 3 >= latin && cjk > 0;
}

/**
 * How the note writes a bold question line: the opening it already uses most
 * (`**Question： `, `**问题：`, `**Q: `), else `**Question： ` in a Chinese note and
 * `**Question: ` in an English one.
 */
export function questionPrefix(noteText: string): string {
  const counts = new Map<string, number>();
  for (const m of noteText.matchAll(/^\*\*\s*((?:[Qq]uestion|QUESTION|Q|问题|问)\s*[:：]\s*)(?=[^*\s])/gm)) {
    const p = `**${m[1]}`;
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [p, n] of counts) if (best === undefined || n > counts.get(best)!) best = p;
  if (best) return best;
  return isChineseText(noteText) ? '**Question： ' : '**Question: ';
}

/**
 * The question block for the selected lines: the first line (list marker and emphasis
 * stripped) becomes `**Question：…**`; the lines after it stay below as its answer.
 */
export function questionBlock(selected: string, noteText: string): string {
  const lines = selected.split(/\r?\n/);
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  if (lines.length === 0) return selected;
  const first = lines[0].trim().replace(/^(?:[-*+]|\d+[.)])\s+/, '').replace(/^\*\*(.*)\*\*$/, '$1').trim();
  const rest = lines.slice(1).join('\n').replace(/^\s*\n/, '');
  const question = `${questionPrefix(noteText)}${first}**`;
  return rest.trim() === '' ? question : `${question}\n\n${rest}`;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * The formula the selection `sel` would cut: one whose delimiters are not both inside or both
 * outside the selection (a selection within a formula cuts it too).
 */
export function formulaCut(model: NoteModel, sel: Range): Range | undefined {
  for (const m of model.math) {
    const r = m.range;
    const inside = (p: Range['start']): boolean => before(r.start, p) && before(p, r.end);
    if (inside(sel.start) || inside(sel.end)) return r;
  }
  return undefined;
}

/** The line above which the skip marker goes: the start of the card at `line`, else `line` itself. */
export function skipLine(cards: readonly Card[], line: number): number {
  let best: Card | undefined;
  for (const c of cards) {
    if (c.range.start.line <= line && line <= c.range.end.line) {
      // The innermost card (the latest start) wins: a question inside a question heading's section.
      if (!best || c.range.start.line > best.range.start.line) best = c;
    }
  }
  return best ? best.range.start.line : line;
}
