/**
 * The many-note index: every note's model and the terms it defines, kept current one note at
 * a time (a changed note is re-parsed alone; the term index loses that note's definitions and
 * gains the new ones). Hosts feed it from file-system events; the CLI from a directory walk.
 */
import { parseNote, type NoteModel, type ParseOptions } from '../notes';
import { scanNoteTerms } from '../notes/parser';
import { termsFromNote } from '../glossary/noteTerms';
import { parseGlossaryFile, type GlossaryProblem } from '../glossary/glossaryFile';
import { TermIndex, type TermDefinition, type TermMatch } from '../glossary/termIndex';

export interface IndexedNote {
  readonly uri: string;
  /** The parsed note; undefined in an index made with `keepModels: false`. */
  readonly model: NoteModel | undefined;
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

export interface WorkspaceIndexOptions {
  /**
   * Keep every note's text, for {@link WorkspaceIndex.findUses} and use counts (default true,
   * as the extension needs). The CLI turns it off: it only looks terms up.
   */
  readonly keepTexts?: boolean;
  /**
   * Keep every note's model, for workspace symbols (default true). Without models and texts
   * the index holds only the terms, their strings copied out of the notes' texts so that no
   * note's text stays in memory (the CLI's lean index).
   */
  readonly keepModels?: boolean;
}

/** A copy of `s` that does not keep the string it was sliced from alive (V8 keeps a slice's parent). */
function detach(s: string): string {
  return s.length > 12 ? (' ' + s).slice(1) : s;
}

/**
 * Detaches a note's freshly made definition in place (the index owns it: termsFromNote made it
 * for this call), so no second object is made per definition.
 */
function detachDefinition(d: TermDefinition): void {
  const w = d as { -readonly [K in keyof TermDefinition]: TermDefinition[K] };
  w.term = detach(d.term);
  if (d.aliases.length > 0) w.aliases = d.aliases.map(detach);
  w.definition = detach(d.definition);
  if (d.expansion !== undefined) w.expansion = detach(d.expansion);
}

export class WorkspaceIndex {
  readonly terms = new TermIndex();
  private readonly notes = new Map<string, IndexedNote>();
  private readonly texts = new Map<string, string>();
  private readonly glossaries = new Map<string, readonly TermDefinition[]>();
  private readonly keepTexts: boolean;
  private readonly keepModels: boolean;

  constructor(private readonly parseOptions: ParseOptions = {}, options: WorkspaceIndexOptions = {}) {
    this.keepTexts = options.keepTexts ?? true;
    this.keepModels = options.keepModels ?? true;
  }

  /** Adds or replaces a note (after a create or change event, or when an editor's text changed). */
  setNote(uri: string, text: string, parsed?: NoteModel): IndexedNote {
    this.removeNote(uri);
    // Without models, only the terms are needed: the lean scan gives parseNote's definitions,
    // code blocks and front matter without building the rest of the model. `parsed`: the
    // text's model when the caller has it already (a long note parsed in slices).
    const model = this.keepModels ? (parsed ?? parseNote(text, this.parseOptions)) : undefined;
    const terms = termsFromNote(text, model ?? parsed ?? scanNoteTerms(text, this.parseOptions), uri);
    if (!this.keepTexts && !this.keepModels) for (const t of terms) detachDefinition(t);
    for (const t of terms) this.terms.add(t);
    const note: IndexedNote = { uri, model, terms };
    this.notes.set(uri, note);
    if (this.keepTexts) this.texts.set(uri, text);
    return note;
  }

  /**
   * Moves a note or glossary file to a new uri (a rename) without re-parsing it or touching
   * any other file: its definitions are re-added with the new origin.
   */
  rename(oldUri: string, newUri: string): boolean {
    if (oldUri === newUri) return this.notes.has(oldUri) || this.glossaries.has(oldUri);
    const move = (d: TermDefinition): TermDefinition => (d.origin.kind === 'builtin' ? d : { ...d, origin: { ...d.origin, uri: newUri } });
    const note = this.notes.get(oldUri);
    if (note) {
      this.removeNote(newUri);
      for (const t of note.terms) this.terms.remove(t);
      const moved: IndexedNote = { uri: newUri, model: note.model, terms: note.terms.map(move) };
      for (const t of moved.terms) this.terms.add(t);
      this.notes.delete(oldUri);
      this.notes.set(newUri, moved);
      const text = this.texts.get(oldUri);
      this.texts.delete(oldUri);
      if (text !== undefined) this.texts.set(newUri, text);
      return true;
    }
    const glossary = this.glossaries.get(oldUri);
    if (glossary) {
      this.removeGlossary(newUri);
      for (const d of glossary) this.terms.remove(d);
      const moved = glossary.map(move);
      for (const d of moved) this.terms.add(d);
      this.glossaries.delete(oldUri);
      this.glossaries.set(newUri, moved);
      return true;
    }
    return false;
  }

  /** Whether a glossary file is indexed under this uri. */
  hasGlossary(uri: string): boolean {
    return this.glossaries.has(uri);
  }

  get glossaryCount(): number {
    return this.glossaries.size;
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

  /** How often each definition's term is used across the indexed notes (one pass over every note). */
  useCounts(): Map<TermDefinition, number> {
    const counts = new Map<TermDefinition, number>();
    for (const uri of this.texts.keys()) this.countUsesIn(uri, counts);
    return counts;
  }

  /**
   * Adds one note's uses of every term to `counts`, from character `from` on. With `budget`,
   * stops at the first line break after about that many characters (terms never span one, so
   * the pieces add up to the whole) and returns where to go on; -1 once the note is done.
   * Hosts count note by note, and a long note piece by piece, in time slices.
   */
  countUsesIn(uri: string, counts: Map<TermDefinition, number>, from = 0, budget = Infinity): number {
    const text = this.texts.get(uri);
    if (text === undefined) return -1;
    let end = text.length;
    if (from + budget < text.length) {
      const lineBreak = text.indexOf('\n', from + budget);
      if (lineBreak !== -1) end = lineBreak + 1;
    }
    const piece = from === 0 && end === text.length ? text : text.slice(from, end);
    for (const m of this.terms.findAll(piece)) for (const d of m.definitions) counts.set(d, (counts.get(d) ?? 0) + 1);
    return end >= text.length ? -1 : end;
  }

  /** The uris of every indexed note. */
  noteUris(): string[] {
    return [...this.notes.keys()];
  }

  /** The uris of every indexed glossary file. */
  glossaryUris(): string[] {
    return [...this.glossaries.keys()];
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
