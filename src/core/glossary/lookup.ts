/**
 * The term under a cursor and its definitions, in the order the hover shows them. The hover,
 * go to definition, find references and `research-notes lookup` all call {@link lookupTerm},
 * so the editor and the command line cannot disagree.
 *
 * Order: definitions from the note being read first (by line), then the user's other notes,
 * then glossary files, then the built-in glossary (senses in the glossary's order).
 */
import type { TermDefinition, TermIndex, TermMatch } from './termIndex';

/** A note's text, or anything that hands out its lines (a VS Code `TextDocument` does). */
export type NoteSource = string | { lineAt(line: number): { readonly text: string } };

export interface TermLookup {
  /** 0-based line and UTF-16 characters of the term in the note, end exclusive. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** The term as written at the cursor. */
  readonly text: string;
  /** The matched index key (width folded, spaces normalised). */
  readonly key: string;
  readonly definitions: readonly TermDefinition[];
  /** The raw match in the line's text. */
  readonly match: TermMatch;
}

const RANK = { note: 0, glossary: 1, builtin: 2 } as const;

/** The text of 0-based `line`, without its line break ('' past the end). */
export function lineOf(source: NoteSource, line: number): string {
  if (typeof source !== 'string') return source.lineAt(line).text;
  let start = 0;
  for (let n = 0; n < line; n++) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  let end = source.indexOf('\n', start);
  if (end < 0) end = source.length;
  if (end > start && source.charCodeAt(end - 1) === 13) end--;
  return source.slice(start, end);
}

/** Orders definitions for a reader of `noteUri`: that note first, other notes, glossary files, built-in. */
export function orderDefinitions(defs: readonly TermDefinition[], noteUri?: string): TermDefinition[] {
  const rank = (d: TermDefinition): number => (d.origin.kind === 'note' && d.origin.uri === noteUri ? -1 : RANK[d.origin.kind]);
  const line = (d: TermDefinition): number => (d.origin.kind === 'note' && d.origin.uri === noteUri ? d.origin.line : 0);
  // Array.prototype.sort is stable: within a rank, the index's order is kept.
  return [...defs].sort((a, b) => rank(a) - rank(b) || line(a) - line(b));
}

/**
 * The term at (`line`, `character`) (0-based, UTF-16) of the note `noteUri` and its definitions
 * ordered for the hover; undefined when no known term covers that position. Terms never span
 * lines, so only that line is searched.
 */
export function lookupTerm(terms: TermIndex, source: NoteSource, line: number, character: number, noteUri?: string): TermLookup | undefined {
  const text = lineOf(source, line);
  if (character < 0 || character >= text.length) return undefined;
  const match = terms.lookup(text, character);
  if (!match) return undefined;
  return {
    line,
    start: match.start,
    end: match.end,
    text: text.slice(match.start, match.end),
    key: match.key,
    definitions: orderDefinitions(match.definitions, noteUri),
    match,
  };
}
