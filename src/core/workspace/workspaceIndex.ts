/**
 * The many-note index: every note's model and the terms it defines, kept current one note at
 * a time (a changed note is re-parsed alone; the term index loses that note's definitions and
 * gains the new ones). Hosts feed it from file-system events; the CLI from a directory walk.
 */
import { parseNote, type NoteModel, type ParseOptions } from '../notes';
import { termsFromNote } from '../glossary/noteTerms';
import { parseGlossaryFile, type GlossaryProblem } from '../glossary/glossaryFile';
import { TermIndex, type TermDefinition, type TermMatch } from '../glossary/termIndex';

export interface IndexedNote {
  readonly uri: string;
  readonly model: NoteModel;
  /** The definitions this note contributed to the term index. */
  readonly terms: readonly TermDefinition[];
}

/** A place a term is used, for "find all references". */
export interface TermUse {
  readonly uri: string;
  readonly line: number;
  readonly character: number;
  readonly length: number;
}

export class WorkspaceIndex {
  readonly terms = new TermIndex();
  private readonly notes = new Map<string, IndexedNote>();
  private readonly texts = new Map<string, string>();
  private readonly glossaries = new Map<string, readonly TermDefinition[]>();

  constructor(private readonly parseOptions: ParseOptions = {}) {}

  /** Adds or replaces a note (after a create or change event, or when an editor's text changed). */
  setNote(uri: string, text: string): IndexedNote {
    this.removeNote(uri);
    const model = parseNote(text, this.parseOptions);
    const terms = termsFromNote(text, model, uri);
    for (const t of terms) this.terms.add(t);
    const note: IndexedNote = { uri, model, terms };
    this.notes.set(uri, note);
    this.texts.set(uri, text);
    return note;
  }

  /** Forgets a note (deleted, or renamed: remove the old uri, set the new one). */
  removeNote(uri: string): void {
    const old = this.notes.get(uri);
    if (!old) return;
    for (const t of old.terms) this.terms.remove(t);
    this.notes.delete(uri);
    this.texts.delete(uri);
  }

  /** Adds or replaces a glossary file; returns the problems found in it (the good entries are kept). */
  setGlossary(uri: string, text: string): readonly GlossaryProblem[] {
    this.removeGlossary(uri);
    const parsed = parseGlossaryFile(text, uri);
    for (const d of parsed.definitions) this.terms.add(d);
    this.glossaries.set(uri, parsed.definitions);
    return parsed.problems;
  }

  removeGlossary(uri: string): void {
    for (const d of this.glossaries.get(uri) ?? []) this.terms.remove(d);
    this.glossaries.delete(uri);
  }

  /** Adds definitions that belong to no file (the built-in glossary). */
  addDefinitions(defs: readonly TermDefinition[]): void {
    for (const d of defs) this.terms.add(d);
  }

  note(uri: string): IndexedNote | undefined {
    return this.notes.get(uri);
  }

  get noteCount(): number {
    return this.notes.size;
  }

  allNotes(): IterableIterator<IndexedNote> {
    return this.notes.values();
  }

  /** Every place in the indexed notes where a spelling of the same term occurs. */
  findUses(match: TermMatch): TermUse[] {
    const wanted = new Set(match.definitions);
    const uses: TermUse[] = [];
    for (const [uri, text] of this.texts) {
      const starts = lineStarts(text);
      for (const m of this.terms.findAll(text)) {
        if (!m.definitions.some((d) => wanted.has(d))) continue;
        const line = lineAt(starts, m.start);
        uses.push({ uri, line, character: m.start - starts[line], length: m.end - m.start });
      }
    }
    return uses;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
