/**
 * `research-notes cards` and `research-notes export-anki`: the quiz's cards, taken from notes
 * exactly as the extension takes them (`src/core/quiz`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseNote } from '../core/notes';
import { cardsToAnkiTsv } from '../core/quiz/ankiExport';
import { extractCards, type Card } from '../core/quiz/cardExtractor';
import { describe, forEachNote, plural, type Io } from './files';

export const CARDS_JSON_VERSION = 1;

/** Every card of every note the paths name; the note id is the path as shown (relative to the working directory). */
function collectCards(paths: readonly string[], io: Io): { cards: Card[]; notes: number; failures: number } {
  const cards: Card[] = [];
  let notes = 0;
  const failures = forEachNote(paths, io, (shown, text) => {
    notes++;
    cards.push(...extractCards(text, parseNote(text), shown));
  });
  return { cards, notes, failures };
}

function printSide(label: string, text: string, io: Io): void {
  const lines = text.split(/\r?\n/);
  io.out(`  ${label}: ${lines[0]}`);
  for (const l of lines.slice(1)) io.out(`     ${l}`);
}

/** `cards <file|dir>… [--json]`. */
export function cards(paths: readonly string[], json: boolean, io: Io): number {
  const { cards: all, notes, failures } = collectCards(paths, io);
  if (json) {
    io.out(JSON.stringify({
      version: CARDS_JSON_VERSION,
      cards: all.map((c) => ({
        id: c.id,
        kind: c.kind,
        front: c.front,
        back: c.back,
        note: c.note,
        line: c.range.start.line + 1,
        range: c.range,
        topicPath: c.topicPath,
      })),
    }, null, 2));
  } else {
    for (const c of all) {
      io.out(`${c.note}:${c.range.start.line + 1}  ${c.kind}  ${c.id}`);
      printSide('Q', c.front, io);
      printSide('A', c.back, io);
    }
    io.out(`${plural(all.length, 'card')} from ${plural(notes, 'note')}`);
  }
  return failures > 0 ? 1 : 0;
}

/** `export-anki <file|dir>… [-o cards.tsv]`: the TSV Anki imports; to stdout without `-o`. */
export function exportAnki(paths: readonly string[], output: string | undefined, io: Io): number {
  const { cards: all, failures } = collectCards(paths, io);
  const tsv = cardsToAnkiTsv(all);
  if (output === undefined || output === '-') {
    io.out(tsv.replace(/\n$/, ''));
  } else {
    try {
      mkdirSync(dirname(output), { recursive: true });
      writeFileSync(output, tsv);
    } catch (e) {
      io.err(`research-notes: cannot write ${output}: ${describe(e)}`);
      return 1;
    }
    io.err(`research-notes: wrote ${plural(all.length, 'card')} to ${output}`);
  }
  return failures > 0 ? 1 : 0;
}
