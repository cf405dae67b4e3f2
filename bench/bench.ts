/**
 * Benchmark runner: `npm run bench` runs every entry in order; `node out/bench/bench.js outline`
 * runs only the named entries.
 *
 *   --strict   exit 1 when any target is missed (by default the run reports and exits 0)
 *   --quick    a handful of runs per measurement, for checking the harness, not for numbers
 *
 * To add an entry, write `bench/<name>.bench.ts` exporting a {@link BenchEntry} and append it
 * to ENTRIES below.
 */
import { generateNoteWithStats, type GeneratedNote, type NoteStats } from './generateNote';
import type { BenchContext, BenchEntry, BenchResult } from './harness';
import { collectionsBench } from './collections.bench';
import { outlineBench } from './outline.bench';
import { previewBench } from './preview.bench';
import { termsBench } from './terms.bench';
import { DEFAULT_MEASURE, QUICK_MEASURE, formatTable } from './stats';

const ENTRIES: readonly BenchEntry[] = [outlineBench, previewBench, termsBench, collectionsBench];

function usage(): string {
  const names = ENTRIES.map((e) => `  ${e.name.padEnd(10)} ${e.description}`).join('\n');
  return `usage: node out/bench/bench.js [--strict] [--quick] [entry ...]\n\nentries:\n${names}`;
}

function describeNote(s: NoteStats): string {
  const [h1, h2, h3] = s.headingsByLevel;
  const rows = [
    ['bytes (UTF-8)', s.bytes.toLocaleString('en-US')],
    ['UTF-16 code units', s.chars.toLocaleString('en-US')],
    ['lines', s.lines.toLocaleString('en-US')],
    ['headings (# / ## / ###)', `${s.headings} (${h1} / ${h2} / ${h3}), ${s.questionHeadings} ending in ？`],
    ['bold pseudo-headings', String(s.pseudoHeadings)],
    ['question blocks', String(s.questions)],
    ['definition list items', String(s.definitions)],
    ['formulas (inline / $$ line / $$ block)', `${s.formulas} (${s.inlineFormulas} / ${s.displayFormulas} / ${s.blockFormulas})`],
    ['tables / code fences', `${s.tables} / ${s.codeBlocks} (${s.hashLinesInCode} lines starting with # inside fences)`],
    ['link definitions', String(s.linkDefinitions)],
  ];
  return formatTable(rows.map(([k, v]) => [`  ${k}`, v]), 'll');
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  const names = argv.filter((a) => !a.startsWith('-'));
  if (flags.has('--help') || flags.has('-h')) {
    console.log(usage());
    return 0;
  }
  const unknownFlags = [...flags].filter((f) => f !== '--strict' && f !== '--quick');
  const unknownNames = names.filter((n) => !ENTRIES.some((e) => e.name === n));
  if (unknownFlags.length > 0 || unknownNames.length > 0) {
    console.error(`unknown ${[...unknownFlags, ...unknownNames].join(', ')}\n\n${usage()}`);
    return 2;
  }
  const strict = flags.has('--strict');
  const quick = flags.has('--quick');
  const selected = names.length > 0 ? ENTRIES.filter((e) => names.includes(e.name)) : ENTRIES;

  console.log('Research Notes benchmark');
  console.log(`node ${process.version} (${process.platform}-${process.arch})${quick ? ', --quick: indicative numbers only' : ''}`);

  let note: GeneratedNote | undefined;
  const ctx: BenchContext = {
    measure: quick ? QUICK_MEASURE : DEFAULT_MEASURE,
    note() {
      if (!note) {
        note = generateNoteWithStats();
        console.log('\nGenerated note (seeded, identical on every run):');
        console.log(describeNote(note.stats));
      }
      return note;
    },
  };

  const results: { entry: BenchEntry; result: BenchResult }[] = [];
  for (const entry of selected) {
    console.log(`\n=== ${entry.name}: ${entry.description} ===`);
    results.push({ entry, result: await entry.run(ctx) });
  }

  console.log('\n=== summary ===');
  let missed = 0;
  for (const { result } of results) {
    const failed = result.targets.filter((t) => !t.passed);
    missed += failed.length;
    console.log(result.summary + (failed.length > 0 ? `  [missed: ${failed.map((t) => t.label).join('; ')}]` : ''));
  }
  if (strict && missed > 0) {
    console.log(`--strict: ${missed} target(s) missed`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
