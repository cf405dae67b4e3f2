import type { NoteModel, Range } from './model';

/** The JSON shape of one note, as the CLI prints it: every item gains `line`, 1-based as an editor shows it. */
export interface NoteJson {
  readonly file: string;
  readonly lineCount: number;
  readonly eol: 'LF' | 'CRLF';
  readonly frontMatter: Range | null;
  readonly topics: readonly object[];
  readonly questions: readonly object[];
  readonly definitions: readonly object[];
  readonly math: readonly object[];
  readonly codeBlocks: readonly object[];
}

/** Version of the JSON schema documented in the README; bump it when a field changes meaning. */
export const NOTE_JSON_VERSION = 1;

function withLine<T extends { range: Range }>(item: T): T & { line: number } {
  return { line: item.range.start.line + 1, ...item };
}

/** Turns a note model into its documented JSON form. */
export function noteToJson(file: string, model: NoteModel): NoteJson {
  return {
    file,
    lineCount: model.lineCount,
    eol: model.eol === '\r\n' ? 'CRLF' : 'LF',
    frontMatter: model.frontMatter ?? null,
    topics: model.topics.map(withLine),
    questions: model.questions.map((q) => ({ ...withLine(q), answerRange: q.answerRange ?? null })),
    definitions: model.definitions.map(withLine),
    math: model.math.map(withLine),
    codeBlocks: model.codeBlocks.map(withLine),
  };
}
