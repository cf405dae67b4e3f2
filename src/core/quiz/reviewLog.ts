/**
 * The review log: `.research-notes/reviews.jsonl` in the workspace, one JSON object per line,
 * appended to and never rewritten. It is the whole history: card state is rebuilt by replaying
 * it, so two logs merged by git (lines from both sides) give one consistent history.
 */

export type Grade = 1 | 2 | 3 | 4;

export const GRADE_NAMES: Readonly<Record<Grade, string>> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };

/** One grade given to one card. */
export interface ReviewRecord {
  /** Format version of the line. */
  readonly v: 1;
  readonly card: string;
  /** The note's workspace-relative path. */
  readonly note: string;
  /** The card's front when graded, to follow a card whose front was edited a little. */
  readonly front: string;
  readonly grade: Grade;
  /** ISO 8601 time of the grade. */
  readonly time: string;
  /** The state the scheduler gave the card after this grade (informational: state is replayed). */
  readonly state?: Readonly<Record<string, unknown>>;
}

/**
 * Takes back one grade (the quiz's "undo"): the record of `card` made at time `undo` no longer
 * counts. The log stays append-only; replay skips the undone record wherever the two lines end
 * up after a merge.
 */
export interface UndoRecord {
  readonly v: 1;
  readonly card: string;
  readonly note: string;
  /** The `time` of the record it takes back. */
  readonly undo: string;
  /** ISO 8601 time of the undo. */
  readonly time: string;
}

export type LogLine = ReviewRecord | UndoRecord;

export function isUndo(line: LogLine): line is UndoRecord {
  return typeof (line as UndoRecord).undo === 'string';
}

export interface LogProblem {
  /** 1-based line number, as an editor shows it. */
  readonly line: number;
  readonly message: string;
  /** The line as it stands (trimmed, at most 200 characters): identifies it across re-reads. */
  readonly text?: string;
}

export interface ParsedLog {
  /** Valid records that count (not undone), in time order (file order for equal times). */
  readonly records: readonly ReviewRecord[];
  /** Undo lines, in file order; the records they name are already left out of `records`. */
  readonly undos: readonly UndoRecord[];
  /** Lines that are not valid records; they stay in the file untouched. */
  readonly problems: readonly LogProblem[];
}

/** Turns a record into its line (with the line ending). */
export function formatRecord(record: LogLine): string {
  if (isUndo(record)) {
    const { v, card, note, undo, time } = record;
    return JSON.stringify({ v, card, note, undo, time }) + '\n';
  }
  const { v, card, note, front, grade, time, state } = record;
  return JSON.stringify(state ? { v, card, note, front, grade, time, state } : { v, card, note, front, grade, time }) + '\n';
}

/** Reads a log's text. Bad lines (a half-written last line, merge markers, hand edits) are reported, not fatal. */
export function parseLog(text: string): ParsedLog {
  const records: { r: ReviewRecord; order: number }[] = [];
  const problems: LogProblem[] = [];
  const undos: UndoRecord[] = [];
  const lines = text.split(/\r?\n/);
  let lastNonBlank = lines.length - 1;
  while (lastNonBlank >= 0 && lines[lastNonBlank].trim() === '') lastNonBlank--;
  /** Lines seen already: a line repeated by a union merge is the same review, counted once. */
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    if (/^(<{7}|={7}|>{7}|\|{7})(\s|$)/.test(line)) {
      problems.push({ line: i + 1, message: 'a merge-conflict marker (the reviews on both sides are kept)', text: line.slice(0, 200) });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const last = i === lastNonBlank;
      problems.push({ line: i + 1, message: last ? 'an incomplete last line (an interrupted write?)' : 'not valid JSON', text: line.slice(0, 200) });
      return;
    }
    const why = invalidRecord(value);
    if (why) {
      problems.push({ line: i + 1, message: why, text: line.slice(0, 200) });
      return;
    }
    if (seen.has(line)) return;
    seen.add(line);
    if (isUndo(value as LogLine)) {
      undos.push(value as UndoRecord);
      return;
    }
    records.push({ r: value as ReviewRecord, order: i });
  });
  records.sort((a, b) => Date.parse(a.r.time) - Date.parse(b.r.time) || a.order - b.order);
  // An undo names its record by card and time; compare times as instants, not as strings.
  const undone = new Set(undos.map((u) => `${u.card}\u0000${Date.parse(u.undo)}`));
  const counted = undone.size === 0 ? records : records.filter((x) => !undone.has(`${x.r.card}\u0000${Date.parse(x.r.time)}`));
  return { records: counted.map((x) => x.r), undos, problems };
}

function invalidRecord(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a review record (an object is expected)';
  const r = value as Record<string, unknown>;
  if (r.v !== 1) return `unknown record version ${JSON.stringify(r.v)}`;
  if (typeof r.card !== 'string' || r.card === '') return 'the record has no card id';
  if (typeof r.note !== 'string') return 'the record has no note';
  if (r.undo !== undefined) {
    if (typeof r.undo !== 'string' || Number.isNaN(Date.parse(r.undo))) return 'the undo names no valid time';
    if (typeof r.time !== 'string' || Number.isNaN(Date.parse(r.time))) return 'the record has no valid time';
    return undefined;
  }
  if (r.grade !== 1 && r.grade !== 2 && r.grade !== 3 && r.grade !== 4) return `grade ${JSON.stringify(r.grade)} is not 1–4`;
  if (typeof r.time !== 'string' || Number.isNaN(Date.parse(r.time))) return 'the record has no valid time';
  if (r.front !== undefined && typeof r.front !== 'string') return 'the record\'s front is not text';
  return undefined;
}

/**
 * The text to write when appending `record` to a log whose current text is `current`: the old
 * text exactly as it was (bad lines included), a line break if the last line lacks one, then
 * the new line. Whatever was there before survives byte for byte.
 */
export function appendRecord(current: string, record: LogLine): string {
  const sep = current === '' || current.endsWith('\n') ? '' : '\n';
  return current + sep + formatRecord(record);
}

/**
 * Merges what another writer put in the log since we read it: every line of `current` stays as
 * it is, and each of `ours` is appended unless `current` holds it already (byte-identical line).
 */
export function mergeAppend(current: string, ours: readonly LogLine[]): string {
  const present = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  let out = current;
  for (const line of ours) if (!present.has(formatRecord(line).trim())) out = appendRecord(out, line);
  return out;
}
