/**
 * `research-notes`: the command line over the same core the extension uses.
 *   research-notes outline <file|dir>… [--json]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseNote, type NoteModel, type Topic } from '../core/notes';
import { NOTE_JSON_VERSION, noteToJson } from '../core/notes/serialize';

const USAGE = `Usage: research-notes <command> [options]

Commands:
  outline <file|dir>... [--json]   Print the topics, questions and definitions of notes.
                                   Directories are searched for .md files.

Options:
  --json       Print the note model as JSON (schema in the README).
  -h, --help   Show this help.
  --version    Print the version.`;

const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test-web', '.vscode-test', 'dist', 'out']);

interface Io {
  out(s: string): void;
  err(s: string): void;
}

/**
 * Lists the notes a path names: the file itself, or every Markdown file below a directory.
 * Paths that cannot be read are reported through `io.err` and counted in `failures`.
 */
function collectNotes(path: string, io: Io): { files: string[]; failures: number } {
  let failures = 0;
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    io.err(`research-notes: cannot read ${path}: ${describe(e)}`);
    return { files: [], failures: 1 };
  }
  if (!st.isDirectory()) return { files: [path], failures };
  const found: string[] = [];
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      io.err(`research-notes: cannot list ${dir}: ${describe(e)}`);
      failures++;
      return;
    }
    for (const name of names) {
      const p = join(dir, name);
      let s;
      try {
        s = statSync(p);
      } catch (e) {
        io.err(`research-notes: cannot read ${p}: ${describe(e)}`);
        failures++;
        continue;
      }
      if (s.isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(p);
      } else if (/\.(md|markdown)$/i.test(name)) {
        found.push(p);
      }
    }
  };
  walk(path);
  return { files: found, failures };
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or directory';
  if (err.code === 'EACCES') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a directory';
  return err.message ?? String(e);
}

/** Reads a note as VS Code would: UTF-8 with the byte-order mark dropped. */
function readNote(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function printOutline(file: string, model: NoteModel, io: Io): void {
  io.out(file);
  const depthOf = (t: Topic): number => {
    let d = 0;
    for (let p = t.parent; p >= 0; p = model.topics[p].parent) d++;
    return d;
  };
  type Row = { line: number; order: number; text: string };
  const rows: Row[] = [];
  for (const t of model.topics) {
    const marker = t.kind === 'pseudo' ? '**' : '#'.repeat(t.level);
    rows.push({ line: t.range.start.line, order: 0, text: `${'  '.repeat(depthOf(t))}${marker} ${t.title}${t.isQuestion ? '  (question)' : ''}` });
  }
  const indentOf = (topic: number): string => '  '.repeat(topic >= 0 ? depthOf(model.topics[topic]) + 1 : 0);
  for (const q of model.questions) {
    if (q.pattern !== 'heading') rows.push({ line: q.range.start.line, order: 1, text: `${indentOf(q.topic)}? ${q.text}` });
  }
  for (const d of model.definitions) {
    rows.push({ line: d.range.start.line, order: 2, text: `${indentOf(d.topic)}= ${d.term}` });
  }
  rows.sort((a, b) => a.line - b.line || a.order - b.order);
  const width = String(model.lineCount).length;
  for (const r of rows) io.out(`  ${String(r.line + 1).padStart(width)}  ${r.text}`);
  io.out(`  ${model.topics.length} topics, ${model.questions.length} questions, ${model.definitions.length} definitions, ${model.math.length} formulas`);
}

/** Runs the CLI; returns the process exit code. */
export function main(argv: readonly string[], io: Io): number {
  let failures = 0;
  const args = argv.filter((a) => !a.startsWith('-'));
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  if (flags.has('--version')) {
    io.out(VERSION);
    return 0;
  }
  if (flags.has('-h') || flags.has('--help') || args.length === 0) {
    io.out(USAGE);
    return args.length === 0 && !flags.has('-h') && !flags.has('--help') ? 2 : 0;
  }
  const [command, ...paths] = args;
  const unknown = [...flags].filter((f) => f !== '--json');
  if (unknown.length > 0) {
    io.err(`research-notes: unknown option ${unknown[0]}\n\n${USAGE}`);
    return 2;
  }
  if (command !== 'outline') {
    io.err(`research-notes: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (paths.length === 0) {
    io.err('research-notes outline: name at least one file or directory');
    return 2;
  }
  const json = flags.has('--json');
  const notes = [];
  for (const path of paths) {
    const found = collectNotes(path, io);
    failures += found.failures;
    for (const file of found.files) {
      let text: string;
      try {
        text = readNote(file);
      } catch (e) {
        io.err(`research-notes: cannot read ${file}: ${describe(e)}`);
        failures++;
        continue;
      }
      const model = parseNote(text);
      const shown = relative(process.cwd(), file) || file;
      if (json) notes.push(noteToJson(shown, model));
      else printOutline(shown, model, io);
    }
  }
  if (json) io.out(JSON.stringify({ version: NOTE_JSON_VERSION, notes }, null, 2));
  return failures > 0 ? 1 : 0;
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

/** Runs the CLI on this process's arguments and streams (bin/research-notes.js calls it). */
export function runFromProcess(): void {
  process.exitCode = main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
  });
}

if (require.main === module) runFromProcess();
