/**
 * Anki export: a tab-separated file Anki's "Import File" reads — front, back, tags — with the
 * file headers Anki understands (`#separator:tab`, `#html:true`, `#tags column:3`). Formulas
 * become Anki's MathJax delimiters `\(…\)` and `\[…\]`; tags come from the topic path.
 */
import { parseNote } from '../notes';
import type { Card } from './cardExtractor';

/** Converts a card side (Markdown) into the HTML Anki shows, formulas in Anki's delimiters. */
export function toAnkiField(markdown: string): string {
  const model = parseNote(markdown);
  const lines = markdown.split(/\r\n|\n|\r/);
  const starts: number[] = [];
  let off = 0;
  for (const l of lines) {
    starts.push(off);
    off += l.length + 1;
  }
  const text = lines.join('\n');
  let out = '';
  let at = 0;
  for (const m of model.math) {
    const s = starts[m.range.start.line] + m.range.start.character;
    const e = starts[m.range.end.line] + m.range.end.character;
    out += inlineHtml(text.slice(at, s));
    const tex = escapeHtml(m.tex.trim());
    out += m.display ? `\\[${tex}\\]` : `\\(${tex}\\)`;
    at = e;
  }
  out += inlineHtml(text.slice(at));
  return out.replace(/\t/g, ' ').replace(/\n/g, '<br>');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes text and keeps the emphasis a card uses (`**bold**`, `` `code` ``). */
function inlineHtml(s: string): string {
  return escapeHtml(s)
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** An Anki tag from a topic path: `扩散模型::先验概念`, spaces turned into underscores. */
export function ankiTag(path: readonly string[]): string {
  return path.map((p) => p.trim().replace(/\s+/g, '_').replace(/::/g, '_')).filter(Boolean).join('::');
}

/** The whole TSV file for `cards`. */
export function cardsToAnkiTsv(cards: readonly Card[]): string {
  const lines = ['#separator:tab', '#html:true', '#tags column:3'];
  for (const c of cards) {
    const tags = ['research-notes', ankiTag(c.topicPath)].filter(Boolean).join(' ');
    lines.push(`${toAnkiField(c.front)}\t${toAnkiField(c.back)}\t${tags}`);
  }
  return lines.join('\n') + '\n';
}
