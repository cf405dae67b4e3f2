/**
 * One measurement of the `terms` benchmark's workspace part, run in a fresh process so each
 * gets its own peak RSS (`process.resourceUsage().maxRSS` at the end is the whole process's
 * high-water mark) and no warm heap from another case:
 *
 *   node out/bench/termsChild.js <mode> <dir>
 *
 * modes: `idle` (nothing: the process's own footprint), `io` (walk and read every note: the
 * I/O floor), `index` (the CLI's `indexTree`, as `research-notes terms`/`lookup` run it),
 * `index-texts` (the same, keeping every note's text as the extension's index does for find
 * references), `markdown-it` (walk, read and `md.parse` every note with markdown-it 14.1.0).
 * Prints one JSON line: { ms, cpuMs, maxRssMB, files, bytes, definitions }.
 */
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { collectNotes, readNote, type Io } from '../src/cli/files';
import { indexTree } from '../src/cli/terms';

const quiet: Io = { out: () => undefined, err: (s) => process.stderr.write(s + '\n') };

function run(mode: string, dir: string): { files: number; bytes: number; definitions: number } {
  if (mode === 'idle') return { files: 0, bytes: 0, definitions: 0 };
  if (mode === 'index' || mode === 'index-texts') {
    const tree = indexTree(dir, quiet, { keepTexts: mode === 'index-texts' });
    return { files: tree.notes + tree.glossaryFiles, bytes: 0, definitions: tree.index.terms.size };
  }
  const md = mode === 'markdown-it' ? new MarkdownIt() : undefined;
  const { files } = collectNotes(dir, quiet);
  let bytes = 0;
  let tokens = 0;
  for (const f of files) {
    const text = readNote(f);
    bytes += text.length;
    if (md) tokens += md.parse(text, {}).length;
  }
  if (mode !== 'io' && mode !== 'markdown-it') throw new Error(`unknown mode ${mode}`);
  return { files: files.length, bytes, definitions: tokens };
}

const [mode, dir] = process.argv.slice(2);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = run(mode, dir);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// CPU time (user + system, all of the process's threads, GC helpers included) moves less than
// wall time when other work shares the machine.
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(JSON.stringify({ ms, cpuMs, maxRssMB: process.resourceUsage().maxRSS / 1024, ...result }) + '\n');
