/**
 * `research-notes`: the command line over the same core the extension uses.
 *   research-notes outline <file|dir>… [--json]
 *   research-notes render <file> [-o out.html]
 *   research-notes lint <file|dir>…
 *   research-notes terms <dir> [--json] [--no-builtin]
 *   research-notes lookup <file> <line> <col> [--json] [--no-builtin]
 *   research-notes cards <file|dir>… [--json]
 *   research-notes export-anki <file|dir>… [-o cards.tsv]
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, forEachNote, readNote, type Io } from './files';
import { cards, exportAnki } from './quiz';
import { lookup, terms } from './terms';
import { createNoteRenderer } from '../core/markdown';
import { parseNote, type NoteModel, type Topic } from '../core/notes';
import { NOTE_JSON_VERSION, noteToJson } from '../core/notes/serialize';

const USAGE = `Usage: research-notes <command> [options]

Commands:
  outline <file|dir>... [--json]   Print the topics, questions and definitions of notes.
                                   Directories are searched for .md files.
  render <file> [-o out.html]      Write the note as one HTML file with KaTeX math that
                                   renders offline (fonts copied to katex-fonts/ beside it).
                                   Default output: the note's name with .html.
  lint <file|dir>...               Print every formula KaTeX cannot render as
                                   file:line:col: message; exit 1 when there is any.
  terms <dir> [--json]             Print the merged glossary: terms the notes define (list
                                   items, **Term** + paragraph, abbreviations such as
                                   状态空间对偶性（SSD）), glossary.md files, then the built-in
                                   glossary, each definition with its origin.
  lookup <file> <line> <col> [--json]
                                   Print the term at that position (1-based line and column)
                                   and its definitions, as the hover shows them. Indexes the
                                   nearest folder at or above the file holding glossary.md,
                                   .research-notes, .vscode or .git (else the file's folder),
                                   plus the built-in glossary. Exit 1 when no term is there.
  cards <file|dir>... [--json]     Print the quiz cards of notes: kind, front, back, note,
                                   line and id.
  export-anki <file|dir>... [-o cards.tsv]
                                   Write the cards as a TSV file Anki imports (front, back,
                                   tags from the topic path); to stdout without -o.

Options:
  --json               Print JSON (schemas in the README).
  --no-builtin         terms, lookup: leave the built-in glossary out.
  -o, --output <file>  Where render writes the HTML, export-anki the TSV.
  -h, --help           Show this help.
  --version            Print the version.`;

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

/** Splits argv into positional arguments and flags; `-o`/`--output` take the next argument. */
function parseArgs(argv: readonly string[]): { args: string[]; flags: Set<string>; output?: string; error?: string } {
  const args: string[] = [];
  const flags = new Set<string>();
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') {
      if (i + 1 >= argv.length) return { args, flags, error: `option ${a} needs a file name` };
      output = argv[++i];
    } else if (a.startsWith('--output=')) {
      output = a.slice('--output='.length);
    } else if (a.startsWith('-') && a !== '-') {
      flags.add(a);
    } else {
      args.push(a);
    }
  }
  return { args, flags, output };
}

const KNOWN_FLAGS: Record<string, readonly string[]> = {
  outline: ['--json'],
  render: [],
  lint: [],
  terms: ['--json', '--no-builtin'],
  lookup: ['--json', '--no-builtin'],
  cards: ['--json'],
  'export-anki': [],
};
const TAKES_OUTPUT = new Set(['render', 'export-anki']);

/** Runs the CLI; returns the process exit code. */
export function main(argv: readonly string[], io: Io): number {
  const parsed = parseArgs(argv);
  const { args, flags } = parsed;
  if (flags.has('--version')) {
    io.out(VERSION);
    return 0;
  }
  if (flags.has('-h') || flags.has('--help') || args.length === 0) {
    if (parsed.error) {
      io.err(`research-notes: ${parsed.error}\n\n${USAGE}`);
      return 2;
    }
    io.out(USAGE);
    return args.length === 0 && !flags.has('-h') && !flags.has('--help') ? 2 : 0;
  }
  const [command, ...paths] = args;
  if (parsed.error) {
    io.err(`research-notes: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const allowed = KNOWN_FLAGS[command];
  const unknown = [...flags].filter((f) => !(allowed ?? ['--json']).includes(f));
  if (unknown.length > 0) {
    io.err(`research-notes: unknown option ${unknown[0]}\n\n${USAGE}`);
    return 2;
  }
  if (!allowed) {
    io.err(`research-notes: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (parsed.output !== undefined && !TAKES_OUTPUT.has(command)) {
    io.err(`research-notes ${command}: -o/--output is for render and export-anki only`);
    return 2;
  }
  const json = flags.has('--json');
  const builtin = !flags.has('--no-builtin');
  if (command === 'render') return render(paths, parsed.output, io);
  if (command === 'lookup') return lookup(paths, json, builtin, io);
  if (paths.length === 0) {
    io.err(`research-notes ${command}: name at least one file or directory`);
    return 2;
  }
  switch (command) {
    case 'lint': return lint(paths, io);
    case 'terms': return terms(paths, json, builtin, io);
    case 'cards': return cards(paths, json, io);
    case 'export-anki': return exportAnki(paths, parsed.output, io);
    default: return outline(paths, json, io);
  }
}

function outline(paths: readonly string[], json: boolean, io: Io): number {
  const notes: ReturnType<typeof noteToJson>[] = [];
  const failures = forEachNote(paths, io, (shown, text) => {
    const model = parseNote(text);
    if (json) notes.push(noteToJson(shown, model));
    else printOutline(shown, model, io);
  });
  if (json) io.out(JSON.stringify({ version: NOTE_JSON_VERSION, notes }, null, 2));
  return failures > 0 ? 1 : 0;
}

/** Prints every formula error as `file:line:col: message` (1-based); 1 when there is any (or a file cannot be read). */
function lint(paths: readonly string[], io: Io): number {
  let errors = 0;
  const renderer = createNoteRenderer();
  const failures = forEachNote(paths, io, (shown, text) => {
    for (const e of renderer.render(text).errors) {
      errors++;
      io.out(`${shown}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message.replace(/\s+/g, ' ')}`);
    }
  });
  return failures > 0 || errors > 0 ? 1 : 0;
}

/** The KaTeX style sheet with its fonts referenced from `katex-fonts/`, and the fonts folder. */
function katexAssets(): { css: string; fontsDir: string } {
  // Resolved at run time from the installed katex package (not bundled: the fonts must be
  // copied); where it is not installed, from the copy the build puts in the extension's media/.
  const katexCss = 'katex/dist/katex.min.css';
  let cssPath: string;
  try {
    cssPath = require.resolve(katexCss);
  } catch {
    cssPath = join(__dirname, '..', 'media', 'katex', 'katex.min.css');
  }
  const css = readFileSync(cssPath, 'utf8').replace(/url\((['"]?)fonts\//g, 'url($1katex-fonts/');
  return { css, fontsDir: join(dirname(cssPath), 'fonts') };
}

function render(paths: readonly string[], output: string | undefined, io: Io): number {
  if (paths.length !== 1) {
    io.err('research-notes render: name exactly one note');
    return 2;
  }
  const file = paths[0];
  let text: string;
  try {
    text = readNote(file);
  } catch (e) {
    io.err(`research-notes: cannot read ${file}: ${describe(e)}`);
    return 1;
  }
  const out = output ?? file.replace(/\.(md|markdown)$/i, '') + '.html';
  try {
    const { css, fontsDir } = katexAssets();
    const title = basename(file).replace(/\.(md|markdown)$/i, '');
    const renderer = createNoteRenderer({ resolveResource: (href) => resolveRelative(file, out, href) });
    const html = renderer.renderDocument(text, { title, css });
    const outDir = dirname(out);
    mkdirSync(outDir, { recursive: true });
    const fontsOut = join(outDir, 'katex-fonts');
    mkdirSync(fontsOut, { recursive: true });
    for (const name of readdirSync(fontsDir)) copyFileSync(join(fontsDir, name), join(fontsOut, name));
    writeFileSync(out, html);
  } catch (e) {
    io.err(`research-notes: cannot write ${out}: ${describe(e)}`);
    return 1;
  }
  io.err(`research-notes: wrote ${out}`);
  return 0;
}

/** A link relative to the note, made relative to the output file instead (query and fragment kept). */
function resolveRelative(note: string, out: string, href: string): string | undefined {
  const cut = href.search(/[?#]/);
  const path = cut >= 0 ? href.slice(0, cut) : href;
  if (path === '') return undefined;
  const target = join(dirname(note), path);
  let rel = relative(dirname(out), target).split(/[\\/]/).join('/');
  if (rel === '') rel = '.';
  return encodeURI(rel) + (cut >= 0 ? href.slice(cut) : '');
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

/** Runs the CLI on this process's arguments and streams (bin/research-notes.js calls it). */
export function runFromProcess(): void {
  // `research-notes terms notes/ | head`: a closed pipe ends the output quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
  });
}

if (require.main === module) runFromProcess();
