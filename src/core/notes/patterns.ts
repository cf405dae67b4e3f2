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
  /**
   * Every character a question line can start with, when the patterns tell (the built-in
   * ones do): other lines skip the regexes altogether. Undefined means "any".
   */
  readonly firstChars: ReadonlySet<number> | undefined;
  /** `firstChars` as a lookup table indexed by UTF-16 code unit (1 = may start a question). */
  readonly firstCharTable: Uint8Array | undefined;
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
  let firstChars: Set<number> | undefined = new Set<number>();
  for (const p of patterns) {
    const source = p.regex.startsWith('^') ? p.regex.slice(1) : p.regex;
    try {
      const re = new RegExp(source, 'my');
      compiled.push({ name: p.name, re });
      const starts = leadingChars(source);
      if (starts && firstChars) for (const c of starts) firstChars.add(c.charCodeAt(0));
      else firstChars = undefined;
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
  let firstCharTable: Uint8Array | undefined;
  if (firstChars) {
    firstCharTable = new Uint8Array(0x10000);
    for (const c of firstChars) firstCharTable[c] = 1;
  }
  return { patterns: compiled, prefilter, errors, firstChars, firstCharTable };
}

const SPECIAL = new Set([...'.()[]{}|?*+^$\\']);

/**
 * The characters a match of `source` can begin with, or undefined when that is not plain
 * from the source. Understands what question patterns start with: a literal, an escaped
 * punctuation character, a simple class (`[Qq]`) or a group of such alternatives; a leading
 * `\s*` is skipped because the parser tries patterns at a line's first non-blank character.
 */
export function leadingChars(source: string): string[] | undefined {
  let src = source.startsWith('^') ? source.slice(1) : source;
  src = src.replace(/^(?:\\s\*|[ ]\*)+/, '');
  let chars: string[];
  let rest: string;
  if (src.startsWith('(')) {
    const close = matchingParen(src);
    if (close < 0) return undefined;
    const inner = src.slice(1, close).replace(/^\?(?::|<[A-Za-z_$][\w$]*>)/, '');
    chars = [];
    for (const alt of splitAlternatives(inner)) {
      const c = leadingChars(alt);
      if (!c) return undefined;
      chars.push(...c);
    }
    rest = src.slice(close + 1);
  } else if (src.startsWith('[')) {
    const close = src.indexOf(']');
    const body = src.slice(1, close);
    if (close < 0 || body === '' || /[\\^-]/.test(body)) return undefined;
    chars = [...body];
    rest = src.slice(close + 1);
  } else if (src.startsWith('\\')) {
    const c = src[1];
    if (c === undefined || /[A-Za-z0-9]/.test(c)) return undefined;
    chars = [c];
    rest = src.slice(2);
  } else {
    const c = src[0];
    // Astral characters would need both halves checked: leave such patterns ungated.
    if (c === undefined || SPECIAL.has(c) || (c >= '\ud800' && c <= '\udfff')) return undefined;
    chars = [c];
    rest = src.slice(1);
  }
  // An optional first atom lets the match start with whatever follows it.
  if (/^(?:[?*]|\{0[,}])/.test(rest)) return undefined;
  return chars;
}

function matchingParen(src: string): number {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const close = src.indexOf(']', i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = Math.max(i, src.indexOf(']', i + 1));
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

let defaultCompiled: CompiledQuestionPatterns | undefined;

/** The compiled built-in patterns, shared by every parse that does not bring its own. */
export function defaultQuestionPatterns(): CompiledQuestionPatterns {
  return (defaultCompiled ??= compileQuestionPatterns(DEFAULT_QUESTION_PATTERNS));
}
