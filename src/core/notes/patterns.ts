/**
 * Question patterns: how a line announces a question. Users extend the list through the
 * `researchNotes.questions.patterns` setting, so patterns are plain strings compiled here.
 */

/** One way of writing a question. The question text is the named group `q` (or group 1). */
export interface QuestionPattern {
  readonly name: string;
  readonly regex: string;
}

const MARKER = '(?:[Qq]uestion|QUESTION|Q|问题|问)';

/** The built-in patterns, tried in this order on every candidate line. */
export const DEFAULT_QUESTION_PATTERNS: readonly QuestionPattern[] = [
  // **Question： 扩散模型常见采样方式?**  /  **问：什么是类别不均衡？**
  { name: 'bold', regex: `^\\*\\*\\s*${MARKER}\\s*[:：]\\s*(?<q>[^*\\s].*?)\\s*\\*\\*\\s*$` },
  // **Question：** 扩散模型常见采样方式?  /  **问**：…
  { name: 'bold-marker', regex: `^\\*\\*\\s*${MARKER}\\s*[:：]?\\s*\\*\\*\\s*[:：]?\\s*(?<q>\\S.*?)\\s*$` },
  // Question：…  /  Q: …  /  问：…  /  问题：…
  { name: 'plain', regex: `^${MARKER}\\s*[:：]\\s*(?<q>\\S.*?)\\s*$` },
];

/** Matches the marker that opens an answer (`答：`, `A:`, `**Answer：**`), to strip it from the answer text. */
export const ANSWER_MARKER = /^(?:\*\*)?\s*(?:答案|答|回答|[Aa]nswer|A)\s*[:：]\s*(?:\*\*)?\s*/;

interface CompiledPattern {
  readonly name: string;
  readonly re: RegExp;
}

/** Patterns ready for the parser, plus the messages for the ones that did not compile. */
export interface CompiledQuestionPatterns {
  readonly patterns: readonly CompiledPattern[];
  /** One regex for all patterns, tried first so that most lines cost a single test. */
  readonly prefilter: RegExp | undefined;
  /** Patterns that did not compile, with the regex engine's message. */
  readonly errors: readonly { readonly name: string; readonly message: string }[];
}

/**
 * Compiles patterns into sticky, multi-line regexes the parser can run at a line's start
 * offset without slicing the line out of the note.
 */
export function compileQuestionPatterns(patterns: readonly QuestionPattern[] = DEFAULT_QUESTION_PATTERNS): CompiledQuestionPatterns {
  const compiled: CompiledPattern[] = [];
  const sources: string[] = [];
  const errors: { name: string; message: string }[] = [];
  for (const p of patterns) {
    const source = p.regex.startsWith('^') ? p.regex.slice(1) : p.regex;
    try {
      const re = new RegExp(source, 'my');
      compiled.push({ name: p.name, re });
      // Group names must be unique in one regex: the prefilter only needs to say yes or no.
      sources.push(`(?:${source.replace(/\(\?<([A-Za-z_$][\w$]*)>/g, '(?:')})`);
    } catch (e) {
      errors.push({ name: p.name, message: (e as Error).message });
    }
  }
  let prefilter: RegExp | undefined;
  if (sources.length > 0) {
    try {
      prefilter = new RegExp(sources.join('|'), 'my');
    } catch {
      prefilter = undefined; // Each pattern compiled alone; the parser then tries them one by one.
    }
  }
  return { patterns: compiled, prefilter, errors };
}

let defaultCompiled: CompiledQuestionPatterns | undefined;

/** The compiled built-in patterns, shared by every parse that does not bring its own. */
export function defaultQuestionPatterns(): CompiledQuestionPatterns {
  return (defaultCompiled ??= compileQuestionPatterns(DEFAULT_QUESTION_PATTERNS));
}
