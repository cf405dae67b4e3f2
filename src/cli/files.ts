/** File-system helpers the CLI commands share: walking directories for notes, reading them. */
import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';

const NOTE_NAME = /\.(md|markdown)$/i;

export const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test-web', '.vscode-test', 'dist', 'out']);

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

/**
 * Lists the notes a path names: the file itself, or every Markdown file below a directory.
 * Paths that cannot be read are reported through `io.err` and counted in `failures`.
 */
export function collectNotes(path: string, io: Io): { files: string[]; failures: number } {
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
  // Directories already walked, by device and inode: a symbolic link back up the tree (a loop)
  // or to a folder seen before is walked once.
  const seen = new Set<string>([`${st.dev}:${st.ino}`]);
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      io.err(`research-notes: cannot list ${dir}: ${describe(e)}`);
      failures++;
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const p = join(dir, name);
      // Plain files need no stat (the walk's main cost on a big tree); folders and links do.
      if (entry.isFile()) {
        if (NOTE_NAME.test(name)) found.push(p);
        continue;
      }
      if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
      let s;
      try {
        s = statSync(p);
      } catch (e) {
        io.err(`research-notes: cannot read ${p}: ${describe(e)}`);
        failures++;
        continue;
      }
      if (s.isDirectory()) {
        if (SKIP_DIRS.has(name)) continue;
        const id = `${s.dev}:${s.ino}`;
        if (seen.has(id)) {
          io.err(`research-notes: skipping ${p}: a link to a folder already searched (a symbolic link loop?)`);
          continue;
        }
        seen.add(id);
        walk(p);
      } else if (s.isFile() && NOTE_NAME.test(name)) {
        found.push(p);
      }
    }
  };
  walk(path);
  return { files: found, failures };
}

export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or directory';
  if (err.code === 'EACCES') return 'permission denied';
  if (err.code === 'EISDIR') return 'is a directory';
  return err.message ?? String(e);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a note as VS Code would: UTF-8 with the byte-order mark dropped. A file that is not a
 * note — binary (a NUL byte in its first 8 KB) or not UTF-8 (e.g. GBK) — throws with a
 * message that says so, and the caller reports it and goes on with the other notes.
 */
export function readNote(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.subarray(0, 8192).includes(0)) throw new Error('not a text file (it holds NUL bytes): skipped');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 (another encoding, such as GBK?): convert it to UTF-8; skipped');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads every note the paths name and hands each to `visit` with the name to show; returns the
 * number of paths and files that could not be read (each already reported on stderr).
 */
export function forEachNote(paths: readonly string[], io: Io, visit: (shown: string, text: string) => void): number {
  let failures = 0;
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
      visit(shownPath(file), text);
    }
  }
  return failures;
}


/**
 * Whether `p` is a POSIX path in which every segment is a plain name: not empty, not ending in
 * `/`, no empty, `.` or `..` segment, no backslash. path.normalize leaves such a path as it is.
 */
function isPlainPath(p: string): boolean {
  if (p === '' || p.charCodeAt(p.length - 1) === 47) return false;
  let segment = p.charCodeAt(0) === 47 ? 1 : 0;
  for (let i = segment; i <= p.length; i++) {
    const c = i < p.length ? p.charCodeAt(i) : 47;
    if (c === 92) return false;
    if (c !== 47) continue;
    const n = i - segment;
    if (n === 0 || (p.charCodeAt(segment) === 46 && (n === 1 || (n === 2 && p.charCodeAt(segment + 1) === 46)))) return false;
    segment = i + 1;
  }
  return true;
}

/** A path as the CLI shows it: relative to the working directory, with forward slashes. */
export function shownPath(file: string): string {
  // The common cases without path.relative (which resolves both paths on every call): on
  // POSIX, a plain relative path is shown as it is, and a plain absolute one below the working
  // directory loses the directory's prefix; relative() gives exactly that for both.
  if (sep === '/' && isPlainPath(file)) {
    if (file.charCodeAt(0) !== 47) return file;
    const cwd = process.cwd();
    if (cwd.length > 1 && file.length > cwd.length + 1 && file.charCodeAt(cwd.length) === 47 && file.startsWith(cwd)) return file.slice(cwd.length + 1);
  }
  return (relative(process.cwd(), file) || file).split(/[\\/]/).join('/');
}

/** `1 note`, `2 notes`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
