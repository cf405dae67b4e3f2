/**
 * `research-notes terms` and `research-notes lookup`: the workspace index the extension keeps,
 * built from a directory tree, and the hover's lookup run on one position.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { builtinDefinitions } from '../core/glossary/builtinDefinitions';
import { lookupTerm } from '../core/glossary/lookup';
import { mergedGlossary } from '../core/glossary/merged';
import type { TermDefinition } from '../core/glossary/termIndex';
import { WorkspaceIndex } from '../core/workspace/workspaceIndex';
import { collectNotes, describe, plural, readNote, shownPath, type Io } from './files';

export const TERMS_JSON_VERSION = 1;

/** Directories (or files) that mark the root of a notes workspace, for `lookup`. */
const ROOT_MARKERS = ['glossary.md', '.research-notes', '.vscode', '.git'];

export interface TreeIndex {
  readonly index: WorkspaceIndex;
  readonly notes: number;
  readonly glossaryFiles: number;
  /** Paths that could not be read (already reported). */
  readonly failures: number;
}

export interface IndexOptions {
  /** Add the built-in glossary (default true). */
  readonly builtin?: boolean;
  /**
   * Keep every note's text and model, as the extension's index does (default false: the CLI
   * only looks terms up, so its index keeps just the terms).
   */
  readonly keepTexts?: boolean;
}

/** A file named `glossary.md` (any case) is a glossary file; every other Markdown file is a note. */
export function isGlossaryFile(path: string): boolean {
  return /(^|[\\/])glossary\.md$/i.test(path);
}

/**
 * Indexes every Markdown file under `root` as the extension indexes a workspace: notes (their
 * definitions and abbreviations), `glossary.md` files, and the built-in glossary. Origins are
 * the files' paths as the CLI shows them. Glossary problems are reported on stderr.
 */
export function indexTree(root: string, io: Io, options: IndexOptions = {}): TreeIndex {
  const keepTexts = options.keepTexts ?? false;
  const index = new WorkspaceIndex({}, { keepTexts, keepModels: keepTexts });
  if (options.builtin ?? true) index.addDefinitions(builtinDefinitions());
  const found = collectNotes(root, io);
  let failures = found.failures;
  let notes = 0;
  let glossaryFiles = 0;
  for (const file of found.files) {
    let text: string;
    try {
      text = readNote(file);
    } catch (e) {
      io.err(`research-notes: cannot read ${file}: ${describe(e)}`);
      failures++;
      continue;
    }
    const shown = shownPath(file);
    if (isGlossaryFile(file)) {
      glossaryFiles++;
      for (const p of index.setGlossary(shown, text)) io.err(`${shown}:${p.line + 1}: ${p.message}`);
    } else {
      notes++;
      index.setNote(shown, text);
    }
  }
  return { index, notes, glossaryFiles, failures };
}

/** The nearest directory at or above `file`'s that holds a glossary.md, .research-notes, .vscode or .git; else the file's own. */
export function workspaceRootOf(file: string): string {
  const start = dirname(resolve(file));
  for (let dir = start; ; dir = dirname(dir)) {
    if (ROOT_MARKERS.some((m) => existsSync(resolve(dir, m)))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** A definition's origin as text: `note a.md:4:13`, `glossary glossary.md:3`, `builtin (attention)`. */
function originText(d: TermDefinition): string {
  const o = d.origin;
  if (o.kind === 'builtin') return `builtin (${o.field})`;
  return o.kind === 'note' ? `note ${o.uri}:${o.line + 1}:${o.character + 1}` : `glossary ${o.uri}:${o.line + 1}`;
}

/** A definition as JSON: 1-based lines and columns, `null` for what it lacks. */
function definitionJson(d: TermDefinition): object {
  const o = d.origin;
  return {
    term: d.term,
    aliases: d.aliases,
    expansion: d.expansion ?? null,
    definition: d.definition,
    tex: d.tex ?? null,
    origin: o.kind === 'builtin' ? { kind: o.kind, field: o.field } : { kind: o.kind, file: o.uri, line: o.line + 1, column: o.character + 1 },
  };
}

/** The first line of a definition, at most 72 characters. */
function summary(text: string): string {
  const first = text.trim().split(/\r?\n/)[0].trim();
  return first.length > 72 ? `${first.slice(0, 71)}…` : first;
}

function printDefinition(d: TermDefinition, io: Io, full: boolean): void {
  // A built-in entry's aliases cover all its senses: only the sense's expansion is shown.
  const aliases = d.origin.kind === 'builtin' ? [] : d.aliases.filter((a) => a !== d.expansion);
  const named = [d.expansion && d.expansion !== d.term ? `= ${d.expansion}` : '', aliases.length > 0 ? `(aliases: ${aliases.join(', ')})` : '']
    .filter(Boolean).join(' ');
  io.out(`  ${originText(d)}${named ? `  ${named}` : ''}`);
  if (!full) {
    io.out(`    ${summary(d.definition)}`);
    return;
  }
  for (const line of d.definition.trim().split(/\r?\n/)) if (line.trim() !== '') io.out(`    ${line.trim()}`);
  if (d.tex) io.out(`    tex: ${d.tex}`);
}

/** `terms <dir> [--json] [--no-builtin]`: the merged glossary, the user's terms first. */
export function terms(paths: readonly string[], json: boolean, builtin: boolean, io: Io): number {
  if (paths.length !== 1) {
    io.err('research-notes terms: name exactly one directory (or file)');
    return 2;
  }
  const tree = indexTree(paths[0], io, { builtin });
  const groups = mergedGlossary(tree.index.terms.definitions());
  if (json) {
    io.out(JSON.stringify({
      version: TERMS_JSON_VERSION,
      root: shownPath(paths[0]),
      notes: tree.notes,
      glossaryFiles: tree.glossaryFiles,
      terms: groups.map((g) => ({ term: g.term, definitions: g.definitions.map(definitionJson) })),
    }, null, 2));
  } else {
    for (const g of groups) {
      io.out(g.term);
      for (const d of g.definitions) printDefinition(d, io, false);
    }
    const own = groups.filter((g) => g.definitions.some((d) => d.origin.kind !== 'builtin')).length;
    io.out(`${plural(groups.length, 'term')} (${own} from ${plural(tree.notes, 'note')} and ${plural(tree.glossaryFiles, 'glossary file')})`);
  }
  return tree.failures > 0 ? 1 : 0;
}

/** `lookup <file> <line> <col> [--json] [--no-builtin]`: the hover's answer at a 1-based position. */
export function lookup(args: readonly string[], json: boolean, builtin: boolean, io: Io): number {
  if (args.length !== 3) {
    io.err('research-notes lookup: give a file, a line and a column (1-based)');
    return 2;
  }
  const [file, lineArg, colArg] = args;
  const line = Number(lineArg);
  const col = Number(colArg);
  if (!Number.isInteger(line) || !Number.isInteger(col) || line < 1 || col < 1) {
    io.err(`research-notes lookup: line and column must be whole numbers from 1, got ${lineArg} ${colArg}`);
    return 2;
  }
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    text = readNote(file);
  } catch (e) {
    io.err(`research-notes: cannot read ${file}: ${describe(e)}`);
    return 1;
  }
  const root = workspaceRootOf(file);
  const tree = indexTree(root, io, { builtin });
  const shown = shownPath(file);
  // The file as it is now (it may lie outside the root's walk, e.g. in a skipped folder).
  if (!isGlossaryFile(file)) tree.index.setNote(shown, text);
  const found = lookupTerm(tree.index.terms, text, line - 1, col - 1, shown);
  if (!found) {
    io.err(`research-notes lookup: no known term at ${shown}:${line}:${col}`);
    return 1;
  }
  if (json) {
    io.out(JSON.stringify({
      version: TERMS_JSON_VERSION,
      file: shown,
      root: shownPath(root),
      line,
      column: col,
      term: found.text,
      key: found.key,
      startColumn: found.start + 1,
      endColumn: found.end + 1,
      definitions: found.definitions.map(definitionJson),
    }, null, 2));
  } else {
    io.out(`${shown}:${line}:${found.start + 1}: ${found.text}`);
    for (const d of found.definitions) printDefinition(d, io, true);
  }
  return 0;
}
