/**
 * The note model: what one parse of a note yields. Every position is 0-based and counts
 * UTF-16 code units, exactly as VS Code and LSP count them; ends are exclusive.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** How a topic was written. */
export type TopicKind = 'atx' | 'setext' | 'pseudo';

/** A heading, or a bold-only line (`**1.2 DDIM**`) acting as a sub-topic of the heading above it. */
export interface Topic {
  readonly kind: TopicKind;
  /** 1–6 for headings; a pseudo-heading sits one level below its enclosing heading. */
  readonly level: number;
  /** The text as a reader sees it: markers, closing `#`s and wrapping emphasis removed. */
  readonly title: string;
  /** The heading line itself (for setext headings, the text line(s) and the underline). */
  readonly range: Range;
  /** Lines from the heading to just before the next topic of the same or a higher level. */
  readonly sectionRange: Range;
  /** Index into `topics` of the enclosing topic, or -1 at the top. */
  readonly parent: number;
  /** True when the title ends in `?` or `？`: the topic is also listed in `questions`. */
  readonly isQuestion: boolean;
}

/** A question and its answer: the text up to the next question or topic. */
export interface Question {
  readonly text: string;
  /** Name of the pattern that matched, or `heading` for a heading ending in `?`/`？`. */
  readonly pattern: string;
  /** The question line. */
  readonly range: Range;
  /** The answer text with blank lines around it trimmed ('' when there is none). */
  readonly answer: string;
  /** Source range of the answer, or undefined when the answer is empty. */
  readonly answerRange: Range | undefined;
  /** Index into `topics` of the enclosing topic (the heading itself for a heading question), or -1. */
  readonly topic: number;
}

/** How a definition was written. */
export type DefinitionStyle = 'list' | 'bold-list' | 'pseudo-heading';

/** A term and its definition, e.g. `- KL 散度：…` or `**LDM**` followed by a paragraph. */
export interface Definition {
  readonly term: string;
  readonly definition: string;
  readonly style: DefinitionStyle;
  /** The whole definition: the list item line, or the pseudo-heading and its paragraph. */
  readonly range: Range;
  /** Just the term's characters. */
  readonly termRange: Range;
  /** Index into `topics` of the enclosing topic, or -1. */
  readonly topic: number;
}

export type MathDelimiter = '$' | '$$' | '\\(' | '\\[';

/** A formula with its delimiters. */
export interface MathSpan {
  readonly delimiter: MathDelimiter;
  readonly display: boolean;
  /** The TeX source between the delimiters. */
  readonly tex: string;
  /** The formula including its delimiters. */
  readonly range: Range;
}

/** A fenced or indented code block: nothing inside it is a topic, question, definition or formula. */
export interface CodeBlock {
  readonly fence: string;
  readonly info: string;
  readonly range: Range;
}

export interface NoteModel {
  readonly lineCount: number;
  /** The first line ending found ('\n' when the note has a single line). */
  readonly eol: '\n' | '\r\n';
  readonly frontMatter: Range | undefined;
  readonly topics: readonly Topic[];
  readonly questions: readonly Question[];
  readonly definitions: readonly Definition[];
  readonly math: readonly MathSpan[];
  readonly codeBlocks: readonly CodeBlock[];
}
