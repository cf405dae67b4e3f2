/**
 * The many-note index: every note's model and the terms it defines, kept current one note at
 * a time (a changed note is re-parsed alone; the term index loses that note's definitions and
 * gains the new ones). Hosts feed it from file-system events; the CLI from a directory walk.
 */
import { parseNote, type NoteModel, type ParseOptions } from '../notes';
import { scanNoteTerms } from '../notes/parser';
import { beginAbbreviations, termOfDefinition, termsFromNote, withAbbreviations } from '../glossary/noteTerms';
import { parseGlossaryFile, type GlossaryProblem } from '../glossary/glossaryFile';
import { TermIndex, type TermDefinition, type TermMatch, type TermReplacement } from '../glossary/termIndex';

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

/**
 * A note being indexed or removed in steps (see {@link WorkspaceIndex.beginSetNote} and
 * {@link WorkspaceIndex.beginRemoveNote}): `step` works until `shouldYield` says stop and
 * returns true once done; `finish` does the rest at once and returns the note (undefined
 * for a removal).
 */
export interface NoteIndexing {
  step(shouldYield: () => boolean): boolean;
  finish(): IndexedNote | undefined;
}

/** A search for a term's uses in steps (see {@link WorkspaceIndex.beginFindUses}). */
export interface UseSearch {
  /** Searches until every note is done (returns true) or `shouldYield` says stop. */
  step(shouldYield: () => boolean): boolean;
  /** The uses found so far; all of them once `step` returned true. */
  readonly uses: readonly TermUse[];
}

/** Definitions made between two questions to `shouldYield`. */
const DEFINITIONS_PER_CHECK = 512;

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

/** Points a file's definitions (made by this index) at the file's new uri, in place. */
function moveDefinitions(defs: readonly TermDefinition[], uri: string): void {
  for (const d of defs) if (d.origin.kind !== 'builtin') (d.origin as { uri: string }).uri = uri;
}

export class WorkspaceIndex {
  readonly terms = new TermIndex();
  private readonly notes = new Map<string, IndexedNote>();
  private readonly texts = new Map<string, string>();
  private readonly glossaries = new Map<string, readonly TermDefinition[]>();
  private readonly keepTexts: boolean;
  private readonly keepModels: boolean;
  /** Notes being indexed in steps, by uri: any other change to such a note finishes its indexing first. */
  private readonly indexing = new Map<string, NoteIndexing>();

  constructor(private readonly parseOptions: ParseOptions = {}, options: WorkspaceIndexOptions = {}) {
    this.keepTexts = options.keepTexts ?? true;
    this.keepModels = options.keepModels ?? true;
  }

  /** Adds or replaces a note (after a create or change event, or when an editor's text changed). */
  setNote(uri: string, text: string, parsed?: NoteModel): IndexedNote {
    this.settle(uri);
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
   * `setNote` in steps, for a long note (tens of thousands of terms): the terms are made and
   * put into the term index a few hundred at a time, with `step` returning to the caller
   * whenever `shouldYield` says so. Until the last step, lookups, `note(uri)` and use counts
   * see the note as it was (or no note); then the new one, all at once. The result is
   * `setNote`'s. Changing the same note otherwise meanwhile (`setNote`, `removeNote`,
   * `rename`, another `beginSetNote`) first finishes this one at once.
   */
  beginSetNote(uri: string, text: string, parsed?: NoteModel): NoteIndexing {
    this.settle(uri);
    // As setNote: the caller's model, else one parsed here (at once: pass a long note's model).
    const model = this.keepModels ? (parsed ?? parseNote(text, this.parseOptions)) : undefined;
    const scan = model ?? parsed ?? scanNoteTerms(text, this.parseOptions);
    const terms: TermDefinition[] = [];
    const abbreviations = beginAbbreviations(text, scan, uri);
    let phase = 0;
    let replacement: TermReplacement | undefined;
    let note: IndexedNote | undefined;
    const commit = (): void => {
      // The switch, in the same step as the term index's: the old note's record goes with its terms.
      note = { uri, model, terms };
      this.notes.set(uri, note);
      if (this.keepTexts) this.texts.set(uri, text);
      else this.texts.delete(uri);
    };
    const step = (shouldYield: () => boolean): boolean => {
      for (;;) {
        if (phase === 0) {
          // The note's own definitions, a few hundred at a time.
          const end = Math.min(scan.definitions.length, terms.length + DEFINITIONS_PER_CHECK);
          while (terms.length < end) terms.push(termOfDefinition(scan.definitions[terms.length], uri));
          if (terms.length < scan.definitions.length) {
            if (shouldYield()) return false;
            continue;
          }
          phase = 1;
        }
        if (phase === 1) {
          // Abbreviations in running text.
          if (!abbreviations.step(shouldYield)) return false;
          withAbbreviations(terms, abbreviations.result());
          if (!this.keepTexts && !this.keepModels) for (const t of terms) detachDefinition(t);
          replacement = this.terms.beginReplace(this.notes.get(uri)?.terms ?? [], terms, commit);
          phase = 2;
          if (shouldYield()) return false;
        }
        if (!replacement!.step(shouldYield)) return false;
        if (this.indexing.get(uri) === job) this.indexing.delete(uri);
        return true;
      }
    };
    const job: NoteIndexing = {
      step,
      finish: () => {
        step(() => false);
        return note!;
      },
    };
    this.indexing.set(uri, job);
    return job;
  }

  /**
   * `removeNote` in steps, for a long note: lookups and `note(uri)` see the note until its
   * terms leave them all at once (in a step), then its terms leave the trie in steps. As with
   * beginSetNote, changing the note otherwise meanwhile finishes this first.
   */
  beginRemoveNote(uri: string): NoteIndexing {
    this.settle(uri);
    const old = this.notes.get(uri);
    if (!old) return { step: () => true, finish: () => undefined };
    const replacement = this.terms.beginReplace(old.terms, [], () => {
      this.notes.delete(uri);
      this.texts.delete(uri);
    });
    const job: NoteIndexing = {
      step: (shouldYield) => {
        if (!replacement.step(shouldYield)) return false;
        if (this.indexing.get(uri) === job) this.indexing.delete(uri);
        return true;
      },
      finish: () => {
        job.step(() => false);
        return undefined;
      },
    };
    this.indexing.set(uri, job);
    return job;
  }

  /** Finishes at once the stepped indexing of `uri`, if one runs: the note is then changed as a whole. */
  private settle(uri: string): void {
    this.indexing.get(uri)?.finish();
  }

  /**
   * Moves a note or glossary file to a new uri (a rename) without re-parsing it or touching
   * any other file. Its definitions stay in the term index as they are, their origin pointed at
   * the new uri in place (the index made them, and anyone holding one sees where the file is
   * now): no term goes through the trie again, so moving a note of 80,000 terms is one pass
   * of assignments.
   */
  rename(oldUri: string, newUri: string): boolean {
    this.settle(oldUri);
    this.settle(newUri);
    if (oldUri === newUri) return this.notes.has(oldUri) || this.glossaries.has(oldUri);
    const note = this.notes.get(oldUri);
    if (note) {
      this.removeNote(newUri);
      moveDefinitions(note.terms, newUri);
      const moved: IndexedNote = { uri: newUri, model: note.model, terms: note.terms };
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
      moveDefinitions(glossary, newUri);
      this.glossaries.delete(oldUri);
      this.glossaries.set(newUri, glossary);
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
    this.settle(uri);
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
   * Adds one note's uses of every term to `counts`, from character `from` on, until the note
   * ends (returns -1) or `shouldYield` (asked every few hundred characters) says stop: returns
   * where to go on. The steps add up to the whole note's counts. Hosts count note by note, a
   * long note in steps, in turns.
   */
  countUsesIn(uri: string, counts: Map<TermDefinition, number>, from = 0, shouldYield?: () => boolean): number {
    const text = this.texts.get(uri);
    if (text === undefined) return -1;
    return this.terms.scan(text, from, (m) => {
      for (const d of m.definitions) counts.set(d, (counts.get(d) ?? 0) + 1);
    }, shouldYield);
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
    const search = this.beginFindUses(match);
    search.step(() => false);
    return [...search.uses];
  }

  /**
   * `findUses` in steps, note by note and a long note in parts: `step` returns true once every
   * note indexed when the search began is searched (a note removed meanwhile is skipped; one
   * changed meanwhile is searched as it is then).
   */
  beginFindUses(match: TermMatch): UseSearch {
    const wanted = new Set(match.definitions);
    const uses: TermUse[] = [];
    const uris = [...this.texts.keys()];
    let note = 0;
    let text: string | undefined;
    let at = 0;
    // The line of `at`, counted forward from match to match.
    let line = 0;
    let lineStart = 0;
    let nl = -1;
    let uri = '';
    const found = (m: TermMatch): void => {
      if (!m.definitions.some((d) => wanted.has(d))) return;
      while (nl >= 0 && nl < m.start) {
        line++;
        lineStart = nl + 1;
        nl = text!.indexOf('\n', lineStart);
      }
      uses.push({ uri, line, character: m.start - lineStart, length: m.end - m.start });
    };
    const step = (shouldYield: () => boolean): boolean => {
      while (note < uris.length) {
        if (text === undefined) {
          uri = uris[note];
          text = this.texts.get(uri);
          if (text === undefined) {
            note++;
            continue;
          }
          at = 0;
          line = 0;
          lineStart = 0;
          nl = text.indexOf('\n');
        } else if (this.texts.get(uri) !== text) {
          // Changed since this note's search began: from the start, as it is now.
          uses.splice(0, uses.length, ...uses.filter((u) => u.uri !== uri));
          text = undefined;
          continue;
        }
        at = this.terms.scan(text, at, found, shouldYield);
        if (at !== -1) return false;
        text = undefined;
        note++;
        if (shouldYield()) return note >= uris.length;
      }
      return true;
    };
    return { step, uses };
  }
}
