/**
 * The note parser: one pass over the lines of a note, no markdown-it. It recognises the
 * block structure that matters for an outline (headings, fences, front matter, math
 * blocks, lists, paragraphs) closely enough to CommonMark that nothing inside code or
 * math is mistaken for a topic, and records topics, questions, definitions and formulas
 * with exact ranges.
 */
import type { CodeBlock, Definition, DefinitionStyle, MathSpan, NoteModel, Position, Question, Range, Topic, TopicKind } from './model';
import { ANSWER_MARKER, type CompiledQuestionPatterns, defaultQuestionPatterns } from './patterns';

export interface ParseOptions {
  /** Question patterns (see compileQuestionPatterns); the built-in ones when omitted. */
  readonly questionPatterns?: CompiledQuestionPatterns;
  /** Whether headings ending in `?`/`？` are questions too (default true). */
  readonly questionHeadings?: boolean;
}

const CH_TAB = 9, CH_CR = 13, CH_SPACE = 32, CH_HASH = 35, CH_DOLLAR = 36, CH_STAR = 42,
  CH_PLUS = 43, CH_DASH = 45, CH_LT = 60, CH_EQ = 61, CH_GT = 62, CH_BACKSLASH = 92, CH_UNDERSCORE = 95,
  CH_BACKTICK = 96, CH_TILDE = 126, CH_0 = 48, CH_9 = 57, CH_PIPE = 124;

const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
export const FENCE_OPEN = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
const TASK_BOX = /^\[[ xX]\][ \t]+/;
/** A leading section number such as `1.2 `, `2. `, `(3) `, `一、`, `①`. */
const SECTION_NUMBER = /^(?:\(?\d+(?:\.\d+)*[.)）、]?|（\d+）|[一二三四五六七八九十]+[、.．]|[①-⑳])\s*/;
/** Enumerated reasons (`1）…`, `(2)…`, `①…`) are list prose, not terms. */
const ENUMERATOR = /^(?:\(?[0-9０-９]+[)）.、．]|（[0-9０-９]+）|[①-⑳])/;
/** `，。；！？!?;,:：`: a term never holds them. */
function isSentencePunct(c: number): boolean {
  switch (c) {
    case 0xff0c: case 0x3002: case 0xff1b: case 0xff01: case 0xff1f: case 0xff1a:
    case 33: case 63: case 59: case 44: case 58:
      return true;
    default:
      return false;
  }
}
const HAS_WORD = /[\p{L}]/u;

interface Line {
  /** 0-based line number. */
  n: number;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, line ending excluded. */
  end: number;
}

interface TopicDraft {
  kind: TopicKind;
  level: number;
  title: string;
  range: Range;
  parent: number;
  isQuestion: boolean;
}

interface QuestionDraft {
  text: string;
  pattern: string;
  range: Range;
  topic: number;
  /** Line on which the answer may start. */
  answerFrom: number;
}

interface DefinitionDraft {
  term: string;
  style: DefinitionStyle;
  termRange: Range;
  topic: number;
  startLine: number;
  startChar: number;
  /** Offsets of the definition text so far (continuation lines extend `end`). */
  textStart: number;
  end: Position;
  textEnd: number;
  /** True once the definition text is complete. */
  closed: boolean;
}

/** Parses a note into topics, questions, definitions, formulas and code blocks. */
export function parseNote(text: string, options: ParseOptions = {}): NoteModel {
  return parseToEnd(text, options, false);
}

/**
 * A parse that can stop and resume: `step` runs the line loop, then the finishing work (the
 * model's definitions, sections and answers), and returns false when `shouldYield` (asked
 * every `LINES_PER_CHECK` lines, and every `ITEMS_PER_CHECK` items while finishing) said to
 * stop before the end; call it again later to go on. It returns true only once the model is
 * made. `result()` finishes the parse (running whatever remains at once). The model is the
 * one `parseNote` returns for the same text, whatever the steps.
 */
export interface ParseJob {
  step(shouldYield: () => boolean): boolean;
  result(): NoteModel;
  /** Lines parsed so far. */
  readonly linesDone: number;
}

/**
 * The ParseJob a parse returns. A class, not an object literal with a getter: a literal's
 * getter is a new function on every parse, so V8 gave every job its own hidden class,
 * allocated in the old generation (about 2 kB of old-space garbage per parse, and the
 * mark-compacts to collect it, on a workspace of small notes).
 */
class SteppedParse implements ParseJob {
  constructor(
    private readonly run: (shouldYield: () => boolean) => boolean,
    private readonly finish: () => NoteModel,
    private readonly lines: () => number,
    /** Starts the same parser over on another text (see parseToEnd). */
    readonly restart: (text: string) => void,
  ) {}

  step(shouldYield: () => boolean): boolean {
    return this.run(shouldYield);
  }

  result(): NoteModel {
    return this.finish();
  }

  get linesDone(): number {
    return this.lines();
  }
}

/** How many lines the stepping parse runs between two questions to `shouldYield`. */
export const LINES_PER_CHECK = 2000;
/** How many items (definitions, topics, answers) the finishing work makes between two questions to `shouldYield`. */
export const ITEMS_PER_CHECK = 500;

/** The phases of the finishing work, in order. */
const enum Phase { Close, Definitions, Sections, Topics, Stops, Answers }

/** Starts a parse of `text` that runs in steps (see ParseJob), asking to yield every `linesPerCheck` lines. */
export function beginParse(text: string, options: ParseOptions = {}, linesPerCheck = LINES_PER_CHECK): ParseJob {
  return startParse(text, options, linesPerCheck, false);
}

/** What the term index needs from a note: its definitions, and where code and front matter hide text. */
export interface NoteTermsScan {
  readonly frontMatter: Range | undefined;
  readonly definitions: readonly Definition[];
  readonly codeBlocks: readonly CodeBlock[];
}

/**
 * The definitions, code blocks and front matter of a note — exactly `parseNote`'s — without
 * the rest of the model: the same line loop and block state (so every rule that opens or
 * closes a definition is the one `parseNote` applies), but no inline formula scan, no line
 * table, and no sections, answers or topic list built at the end. The term index (the CLI's
 * lean index) needs nothing else.
 */
export function scanNoteTerms(text: string, options: ParseOptions = {}): NoteTermsScan {
  return parseToEnd(text, options, true);
}

/** A parser kept between whole-note parses, with the options it was made for. */
interface KeptParser {
  readonly patterns: CompiledQuestionPatterns;
  readonly questionHeadings: boolean;
  readonly job: SteppedParse;
  busy: boolean;
}

/** One kept parser for full parses, one for lean scans. */
const kept: { full?: KeptParser; lean?: KeptParser } = {};

/**
 * Parses a whole note at once. The parser (its closures) is made once and restarted on every
 * note, rather than made anew: V8 then optimizes its calls for good — new closures on every
 * note sent the optimized line loop back to the interpreter ("wrong call target") for the
 * first few thousand notes of a workspace. A parse started while another runs (none does
 * today) gets a parser of its own. The kept parser lets go of the note when done.
 */
function parseToEnd(text: string, options: ParseOptions, lean: boolean): NoteModel {
  const patterns = options.questionPatterns ?? defaultQuestionPatterns();
  const questionHeadings = options.questionHeadings ?? true;
  const slot = lean ? 'lean' : 'full';
  let parser = kept[slot];
  if (parser && (parser.busy || parser.patterns !== patterns || parser.questionHeadings !== questionHeadings)) {
    if (parser.busy) return startParse(text, options, LINES_PER_CHECK, lean).result();
    parser = undefined;
  }
  if (parser) {
    parser.job.restart(text);
  } else {
    parser = { patterns, questionHeadings, job: startParse(text, options, LINES_PER_CHECK, lean), busy: false };
    kept[slot] = parser;
  }
  parser.busy = true;
  try {
    return parser.job.result();
  } finally {
    parser.job.restart('');
    parser.busy = false;
  }
}

/**
 * The parse itself. `lean` skips what only the rest of the model needs (inline formulas, the
 * line table, sections and answers): they never feed the block state, so definitions, code
 * blocks and front matter come out the same; topics, questions and math come out empty.
 */
function startParse(source: string, options: ParseOptions, linesPerCheck: number, lean: boolean): SteppedParse {
  const patterns = options.questionPatterns ?? defaultQuestionPatterns();
  const firstCharTable = patterns.firstCharTable;
  const questionHeadings = options.questionHeadings ?? true;
  // Everything below the options is the parse's state, set back by `restart` (keep the two in step).
  let text = source;
  let len = text.length;

  let topics: TopicDraft[] = [];
  let questions: QuestionDraft[] = [];
  let definitions: DefinitionDraft[] = [];
  let math: MathSpan[] = [];
  let codeBlocks: CodeBlock[] = [];
  /** Start lines of every topic or question: where an answer stops. */
  let frontMatter: Range | undefined;
  let eol: '\n' | '\r\n' = '\n';
  let eolKnown = false;

  // Block state.
  let fence: { char: number; size: number; startLine: number; startChar: number; info: string; indent: number } | undefined;
  let indentedCode: { startLine: number; lastLine: number; lastEnd: number } | undefined;
  let mathBlock: { delimiter: '$$' | '\\['; startLine: number; startChar: number; texStart: number; close: number } | undefined;
  /** An HTML block: raw until `until` (a closing marker) or, when `until` is '', until a blank line. */
  let html: { until: string } | undefined;
  /** What the previous non-blank line was part of, for setext headings and lazy continuation. */
  let block: 'none' | 'para' | 'list' | 'other' = 'none';
  let paraStartLine = -1;
  let paraStartOffset = 0;
  let listContext = false;
  /** Whether the current list item has a paragraph that a following line may lazily continue. */
  let listParagraph = false;
  let prevBlank = true;
  /** The heading stack: indices into `topics`. */
  let stack: number[] = [];
  let lastHeadingLevel = 0;
  /** A pseudo-heading waiting for its paragraph to become a definition. */
  let pendingTermTopic = -1;
  let openDefinition: DefinitionDraft | undefined;
  /** Last line of the front matter, which is skipped. */
  let skipUntilLine = -1;
  /** Offset of every line's first character, filled by the line loop. */
  let starts: number[] = [];

  // Next occurrence of characters that start inline math or code, so lines without them cost nothing.
  let nextDollar = text.indexOf('$');
  let nextBackslash = text.indexOf('\\');
  let nextBacktick = text.indexOf('`');

  const pos = (line: number, character: number): Position => ({ line, character });

  function currentTopic(): number {
    return stack.length > 0 ? stack[stack.length - 1] : -1;
  }

  function pushTopic(kind: TopicKind, level: number, title: string, range: Range): number {
    while (stack.length > 0 && topics[stack[stack.length - 1]].level >= level) stack.pop();
    const last = title.charCodeAt(title.length - 1);
    const isQuestion = questionHeadings && (last === 63 /* ? */ || last === 0xff1f /* ？ */);
    const index = topics.length;
    topics.push({ kind, level, title, range, parent: currentTopic(), isQuestion });
    stack.push(index);
    if (kind !== 'pseudo') lastHeadingLevel = level;
    if (isQuestion) {
      questions.push({ text: title, pattern: 'heading', range, topic: index, answerFrom: range.end.line + 1 });
    }
    return index;
  }

  /** Removes items recorded on lines >= `line` (a setext underline turned them into a heading). */
  function retractFrom(line: number): void {
    while (topics.length > 0 && topics[topics.length - 1].range.start.line >= line) {
      const removed = topics.length - 1;
      topics.pop();
      const at = stack.indexOf(removed);
      if (at >= 0) stack.length = at;
    }
    while (questions.length > 0 && questions[questions.length - 1].range.start.line >= line) questions.pop();
    while (definitions.length > 0 && definitions[definitions.length - 1].startLine >= line) definitions.pop();
    if (openDefinition && openDefinition.startLine >= line) openDefinition = undefined;
    pendingTermTopic = -1;
    // Recompute the level that pseudo-headings hang under.
    lastHeadingLevel = 0;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (topics[stack[i]].kind !== 'pseudo') {
        lastHeadingLevel = topics[stack[i]].level;
        break;
      }
    }
  }

  function closeDefinition(): void {
    if (openDefinition) openDefinition.closed = true;
    openDefinition = undefined;
  }

  /**
   * Scans one line for inline formulas, skipping code spans and escapes. It jumps from one
   * `$`, `\\` or backtick to the next with cached `indexOf` pointers that only move forward,
   * so a line without them costs three comparisons and the whole note is searched once.
   */
  function inline(ln: Line, from: number): void {
    // Never called in a lean parse (the calls are guarded where they stand, so that the
    // optimized line loop has no call left that a rare line could find without feedback).
    const { start, end, n } = ln;
    let i = from;
    while (i < end) {
      if (nextDollar >= 0 && nextDollar < i) nextDollar = text.indexOf('$', i);
      if (nextBackslash >= 0 && nextBackslash < i) nextBackslash = text.indexOf('\\', i);
      if (nextBacktick >= 0 && nextBacktick < i) nextBacktick = text.indexOf('`', i);
      let at = end;
      if (nextDollar >= 0 && nextDollar < at) at = nextDollar;
      if (nextBackslash >= 0 && nextBackslash < at) at = nextBackslash;
      if (nextBacktick >= 0 && nextBacktick < at) at = nextBacktick;
      if (at >= end) return;
      i = at;
      const c = text.charCodeAt(i);
      if (c === CH_BACKTICK) {
        let run = 1;
        while (i + run < end && text.charCodeAt(i + run) === CH_BACKTICK) run++;
        const close = findBacktickRun(text, i + run, end, run);
        i = close >= 0 ? close + run : i + run;
      } else if (c === CH_BACKSLASH) {
        const next = text.charCodeAt(i + 1);
        if (next === 40 /* ( */ || next === 91 /* [ */) {
          const close = text.indexOf(next === 40 ? '\\)' : '\\]', i + 2);
          if (close >= 0 && close + 2 <= end) {
            math.push({
              delimiter: next === 40 ? '\\(' : '\\[',
              display: next === 91,
              tex: text.slice(i + 2, close),
              range: { start: pos(n, i - start), end: pos(n, close + 2 - start) },
            });
            i = close + 2;
            continue;
          }
        }
        i += 2;
      } else if (text.charCodeAt(i + 1) === CH_DOLLAR) {
        const close = text.indexOf('$$', i + 2);
        if (close >= 0 && close + 2 <= end && close > i + 2) {
          math.push({ delimiter: '$$', display: true, tex: text.slice(i + 2, close), range: { start: pos(n, i - start), end: pos(n, close + 2 - start) } });
          i = close + 2;
        } else {
          i += 2;
        }
      } else {
        const close = findClosingDollar(text, i + 1, end);
        if (close >= 0) {
          math.push({ delimiter: '$', display: false, tex: text.slice(i + 1, close), range: { start: pos(n, i - start), end: pos(n, close + 1 - start) } });
          i = close + 1;
        } else {
          i += 1;
        }
      }
    }
  }


  /** Tries the question patterns at the line's first non-blank character. */
  function matchQuestion(first: number): { text: string; pattern: string } | undefined {
    if (firstCharTable) {
      // The first-character gate already turned most lines away; the patterns fail fast.
      if (firstCharTable[text.charCodeAt(first)] === 0) return undefined;
    } else if (patterns.prefilter) {
      patterns.prefilter.lastIndex = first;
      if (!patterns.prefilter.test(text)) return undefined;
    }
    for (const p of patterns.patterns) {
      p.re.lastIndex = first;
      const m = p.re.exec(text);
      if (!m) continue;
      const q = m.groups?.q ?? m[1];
      if (q === undefined || q.trim() === '') continue;
      return { text: q.trim(), pattern: p.name };
    }
    return undefined;
  }

  /** Records a list item as a definition when it reads `term：definition`. */
  function listDefinition(ln: Line, contentStart: number): void {
    let s = contentStart;
    if (text.charCodeAt(s) === 91 /* [ */) {
      const box = TASK_BOX.exec(text.slice(s, Math.min(ln.end, s + 8)));
      if (box) s += box[0].length;
    }
    let term: string;
    let termStart: number;
    let defStart: number;
    let style: DefinitionStyle = 'list';
    const c0 = text.charCodeAt(s);
    if ((c0 === CH_STAR || c0 === CH_UNDERSCORE) && text.charCodeAt(s + 1) === c0) {
      const marker = c0 === CH_STAR ? '**' : '__';
      const close = text.indexOf(marker, s + 2);
      if (close < 0 || close > ln.end) return;
      let inner = text.slice(s + 2, close);
      let after = close + 2;
      while (after < ln.end && isBlank(text.charCodeAt(after))) after++;
      const ca = text.charCodeAt(after);
      if (ca === 0xff1a /* ： */ || ca === 58 /* : */) {
        defStart = after + 1;
      } else if (/[:：]\s*$/.test(inner)) {
        inner = inner.replace(/\s*[:：]\s*$/, '');
        defStart = after;
      } else {
        return;
      }
      term = inner.trim();
      termStart = s + 2 + (inner.length - inner.trimStart().length);
      style = 'bold-list';
    } else {
      // The first colon of either width, searched within the item only (native search on a
      // slice of the line is many times faster than a loop over characters).
      const item = text.slice(s, ln.end);
      const wideAt = item.indexOf('：');
      const narrowAt = item.indexOf(':');
      let colon = wideAt < 0 ? -1 : s + wideAt;
      if (narrowAt >= 0 && (wideAt < 0 || narrowAt < wideAt)) {
        const narrow = s + narrowAt;
        // A half-width colon separates only when followed by white space (not `https://`, not `10:30`).
        if (narrow + 1 < ln.end && !isBlank(text.charCodeAt(narrow + 1))) return;
        colon = narrow;
      }
      if (colon < 0) return;
      const raw = text.slice(s, colon);
      term = raw.trim();
      termStart = s + (raw.length - raw.trimStart().length);
      defStart = colon + 1;
    }
    if (!isTerm(term, 40)) return;
    let nonBlank = defStart;
    while (nonBlank < ln.end && isBlank(text.charCodeAt(nonBlank))) nonBlank++;
    if (nonBlank === ln.end) return;
    const draft: DefinitionDraft = {
      term,
      style,
      termRange: { start: pos(ln.n, termStart - ln.start), end: pos(ln.n, termStart + term.length - ln.start) },
      topic: currentTopic(),
      startLine: ln.n,
      startChar: contentStart - ln.start,
      textStart: defStart,
      end: pos(ln.n, ln.end - ln.start),
      textEnd: ln.end,
      closed: false,
    };
    definitions.push(draft);
    openDefinition = draft;
  }

  // ---- the line loop, in steps ----
  let lineNo = 0;
  let lineCount = 0;
  let offset = 0;
  const ln: Line = { n: 0, start: 0, end: 0 };
  let looping = true;
  let model: NoteModel | undefined;

  // ---- the finishing work, in steps (see runFinish) ----
  let phase = Phase.Close;
  /** The next item of the current phase. */
  let at = 0;
  let outDefinitions: Definition[] = [];
  let sectionEnd: number[] = [];
  /** Topics whose section is still open (indices into `topics`). */
  let open: number[] = [];
  let outTopics: Topic[] = [];
  /** Start lines of every topic and question, sorted: where an answer stops. */
  let stops: number[] = [];
  /** The first entry of `stops` after the current question. */
  let stop = 0;
  let outQuestions: Question[] = [];
  const itemsPerCheck = Math.min(linesPerCheck, ITEMS_PER_CHECK);

  /** Sets every piece of state back to where a parse of `next` starts (the options stay). */
  function restart(next: string): void {
    text = next;
    len = next.length;
    topics = [];
    questions = [];
    definitions = [];
    math = [];
    codeBlocks = [];
    frontMatter = undefined;
    eol = '\n';
    eolKnown = false;
    fence = undefined;
    indentedCode = undefined;
    mathBlock = undefined;
    html = undefined;
    block = 'none';
    paraStartLine = -1;
    paraStartOffset = 0;
    listContext = false;
    listParagraph = false;
    prevBlank = true;
    stack = [];
    lastHeadingLevel = 0;
    pendingTermTopic = -1;
    openDefinition = undefined;
    skipUntilLine = -1;
    starts = [];
    nextDollar = next.indexOf('$');
    nextBackslash = next.indexOf('\\');
    nextBacktick = next.indexOf('`');
    lineNo = 0;
    lineCount = 0;
    offset = 0;
    ln.n = 0;
    ln.start = 0;
    ln.end = 0;
    looping = true;
    model = undefined;
    phase = Phase.Close;
    at = 0;
    outDefinitions = [];
    sectionEnd = [];
    open = [];
    outTopics = [];
    stops = [];
    stop = 0;
    outQuestions = [];
  }

  return new SteppedParse(
    (shouldYield) => {
      if (looping) {
        runLines(shouldYield);
        // The last lines may have used the turn up: the finishing work starts with the next step.
        if (looping || shouldYield()) return false;
      }
      if (!model) runFinish(shouldYield);
      return model !== undefined;
    },
    () => {
      while (looping) runLines(() => false);
      if (!model) runFinish(() => false);
      return model!;
    },
    () => lineNo,
    restart,
  );

  /** Runs the line loop until the note ends (looping = false) or `shouldYield` says stop. */
  function runLines(shouldYield: () => boolean): void {
    let budget = linesPerCheck;
    while (offset <= len) {
      let nl = text.indexOf('\n', offset);
      if (nl < 0) nl = len;
      let end = nl;
      if (end > offset && text.charCodeAt(end - 1) === CH_CR) {
        end--;
        if (!eolKnown) eol = '\r\n';
      }
      if (nl < len) eolKnown = true;
      ln.n = lineNo;
      ln.start = offset;
      if (!lean) starts.push(offset);
      ln.end = end;
      if (end === offset && !fence && !mathBlock && !html && !indentedCode && lineNo > skipUntilLine) {
        // An empty line outside any block that spans lines: the common case, handled inline.
        prevBlank = true;
        block = 'none';
        paraStartLine = -1;
        if (openDefinition) closeDefinition();
      } else {
        processLine();
      }
      if (nl >= len) break;
      offset = nl + 1;
      lineNo++;
      if (--budget <= 0) {
        budget = linesPerCheck;
        if (shouldYield()) return;
      }
    }
    looping = false;
  }

  /** Closes what the end of the note leaves open. */
  function closeAtEnd(): void {
    lineCount = lineNo + 1;
    const lastLineEnd = pos(lineNo, ln.end - ln.start);
    if (fence) {
      codeBlocks.push({ fence: String.fromCharCode(fence.char).repeat(fence.size), info: fence.info, range: { start: pos(fence.startLine, fence.startChar), end: lastLineEnd } });
    }
    if (indentedCode) {
      codeBlocks.push({ fence: '', info: '', range: { start: pos(indentedCode.startLine, 0), end: pos(indentedCode.lastLine, indentedCode.lastEnd) } });
    }
    closeDefinition();
  }

  function processLine(): void {
    const { end, n } = ln;
    // A byte-order mark is not part of the first line's text (VS Code drops it too).
    const start = n === 0 && text.charCodeAt(0) === 0xfeff ? 1 : ln.start;

    // Front matter: only on the first line.
    if (n === 0 && isFrontMatterOpen(text, start, end)) {
      const closeLine = findFrontMatterClose(text, end);
      if (closeLine) {
        frontMatter = { start: pos(0, 0), end: pos(closeLine.line, closeLine.length) };
        skipUntilLine = closeLine.line;
        return;
      }
    }
    if (n <= skipUntilLine) {
      // Inside front matter.
      return;
    }

    if (fence) {
      if (isFenceClose(text, start, end, fence.char, fence.size)) {
        codeBlocks.push({ fence: String.fromCharCode(fence.char).repeat(fence.size), info: fence.info, range: { start: pos(fence.startLine, fence.startChar), end: pos(n, end - start) } });
        fence = undefined;
        block = 'other';
      }
      return;
    }

    if (mathBlock) {
      const close = mathBlock.close;
      if (close < end) {
        math.push({
          delimiter: mathBlock.delimiter,
          display: true,
          tex: text.slice(mathBlock.texStart, close).replace(/\r\n/g, '\n'),
          range: { start: pos(mathBlock.startLine, mathBlock.startChar), end: pos(n, close + 2 - start) },
        });
        mathBlock = undefined;
        block = 'other';
        if (!lean) inline(ln, close + 2);
      }
      return;
    }

    if (html) {
      if (html.until === '') {
        // Ends at a blank line, which is then handled as any blank line.
        if (!isBlankRange(text, start, end)) return;
        html = undefined;
      } else {
        const close = html.until === '-->' ? text.indexOf('-->', start) : text.slice(start, end).toLowerCase().indexOf(html.until);
        if (close >= 0 && close < end) {
          html = undefined;
          block = 'other';
        }
        return;
      }
    }

    // First non-blank character and the indentation width.
    let i = start;
    let indent = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === CH_SPACE) indent++;
      else if (c === CH_TAB) indent += 4 - (indent % 4);
      else break;
      i++;
    }
    const first = i;

    if (first >= end) {
      // Blank line.
      if (indentedCode) return;
      prevBlank = true;
      block = 'none';
      paraStartLine = -1;
      closeDefinition();
      return;
    }

    if (indentedCode) {
      if (indent >= 4) {
        indentedCode.lastLine = n;
        indentedCode.lastEnd = end - start;
        return;
      }
      codeBlocks.push({ fence: '', info: '', range: { start: pos(indentedCode.startLine, 0), end: pos(indentedCode.lastLine, indentedCode.lastEnd) } });
      indentedCode = undefined;
    }

    const wasBlank = prevBlank;
    prevBlank = false;
    const c = text.charCodeAt(first);

    // Indented code: four spaces after a blank line, outside a list.
    if (indent >= 4 && wasBlank && !listContext && block === 'none') {
      indentedCode = { startLine: n, lastLine: n, lastEnd: end - start };
      pendingTermTopic = -1;
      block = 'other';
      return;
    }

    // Fences.
    if ((c === CH_BACKTICK || c === CH_TILDE) && (indent <= 3 || listContext)) {
      const line = text.slice(start, end);
      const m = FENCE_OPEN.exec(line);
      if (m && !(c === CH_BACKTICK && m[3].includes('`'))) {
        fence = { char: c, size: m[2].length, startLine: n, startChar: first - start, info: m[3].trim(), indent };
        pendingTermTopic = -1;
        closeDefinition();
        block = 'other';
        return;
      }
    }

    if (indent <= 3) {
      // ATX headings.
      if (c === CH_HASH) {
        const level = atxLevel(text, first, end);
        if (level > 0) {
          closeDefinition();
          pendingTermTopic = -1;
          const title = cleanTitle(atxTitle(text, first + level, end));
          pushTopic('atx', level, title, { start: pos(n, 0), end: pos(n, end - start) });
          block = 'other';
          listContext = false;
          if (!lean) inline(ln, first);
          return;
        }
      }

      // Setext underline (or a thematic break).
      if (c === CH_EQ || c === CH_DASH) {
        if (block === 'para' && paraStartLine >= 0 && SETEXT_UNDERLINE.test(text.slice(start, end))) {
          const titleText = joinLines(text.slice(paraStartOffset, start).split(/\r?\n/));
          retractFrom(paraStartLine);
          // Formulas inside the title were recorded already and stay.
          pushTopic('setext', c === CH_EQ ? 1 : 2, cleanTitle(titleText), { start: pos(paraStartLine, 0), end: pos(n, end - start) });
          block = 'other';
          paraStartLine = -1;
          listContext = false;
          return;
        }
      }
      if ((c === CH_DASH || c === CH_STAR || c === CH_UNDERSCORE) && isThematicBreak(text, first, end, c)) {
        closeDefinition();
        pendingTermTopic = -1;
        block = 'other';
        listContext = false;
        return;
      }

      // HTML blocks (comments, <div>, <center>, <script> …) are raw: nothing in them is a topic.
      if (c === CH_LT) {
        const until = htmlBlockEnd(text, first, end, block === 'para');
        if (until !== undefined) {
          closeDefinition();
          pendingTermTopic = -1;
          block = 'other';
          if (until === '' || !closesOnLine(text, first, end, until)) {
            // A closer that never comes would hide the rest of the note: then only this line is raw.
            if (until === '' || (until === '-->' ? text.indexOf(until, end) >= 0 : text.toLowerCase().indexOf(until, end) >= 0)) html = { until };
          }
          return;
        }
      }

      // Display math blocks: `$$` or `\[` opening a formula that closes on a later line.
      if ((c === CH_DOLLAR && text.charCodeAt(first + 1) === CH_DOLLAR) || (c === CH_BACKSLASH && text.charCodeAt(first + 1) === 91)) {
        const closer = c === CH_DOLLAR ? '$$' : '\\]';
        const sameLine = text.indexOf(closer, first + 2);
        // Closed on a later line: a block. Closed on this line: inline scanning takes it. Never closed: not math.
        if (sameLine >= end) {
          mathBlock = { delimiter: c === CH_DOLLAR ? '$$' : '\\[', startLine: n, startChar: first - start, texStart: first + 2, close: sameLine };
          closeDefinition();
          pendingTermTopic = -1;
          block = 'other';
          return;
        }
      }
    }

    // A question marker starts a question wherever it stands: even where CommonMark would continue
    // a list item lazily, and before quotes and lists, so that user patterns may start with `>` or `-`.
    const q = matchQuestion(first);
    if (q) {
      closeDefinition();
      pendingTermTopic = -1;
      if (indent < 2) listContext = false;
      questions.push({ text: q.text, pattern: q.pattern, range: { start: pos(n, first - start), end: pos(n, end - start) }, topic: currentTopic(), answerFrom: n + 1 });
      markParagraph(wasBlank);
      if (!lean) inline(ln, first);
      return;
    }

    // Block quotes and table rows are text, never topics.
    if (c === CH_GT || c === CH_PIPE) {
      closeDefinition();
      pendingTermTopic = -1;
      block = 'other';
      if (!lean) inline(ln, first);
      return;
    }

    // List items.
    if (c === CH_DASH || c === CH_STAR || c === CH_PLUS || (c >= CH_0 && c <= CH_9)) {
      const contentStart = listContentStart(text, first, end);
      if (contentStart >= 0) {
        closeDefinition();
        pendingTermTopic = -1;
        block = 'list';
        listContext = true;
        listParagraph = contentStart < end;
        listDefinition(ln, contentStart);
        if (!lean) inline(ln, first);
        return;
      }
    }

    // Lazy continuation of a list item or a definition.
    if (block === 'list' && !wasBlank && listParagraph) {
      if (openDefinition) {
        openDefinition.end = pos(n, end - start);
        openDefinition.textEnd = end;
      }
      if (!lean) inline(ln, first);
      return;
    }
    if (wasBlank && indent >= 2 && listContext) {
      // An indented paragraph inside a list item.
      block = 'list';
      if (!lean) inline(ln, first);
      return;
    }
    if (indent < 2) listContext = false;

    // Bold pseudo-headings.
    if ((c === CH_STAR || c === CH_UNDERSCORE) && text.charCodeAt(first + 1) === c && block !== 'para') {
      const title = boldLineText(text, first, end, c);
      if (title !== undefined) {
        closeDefinition();
        const level = Math.min(lastHeadingLevel + 1, 7);
        const index = pushTopic('pseudo', level, title, { start: pos(n, first - start), end: pos(n, end - start) });
        pendingTermTopic = isTerm(stripSectionNumber(title), 40) ? index : -1;
        block = 'other';
        if (!lean) inline(ln, first);
        return;
      }
    }

    // A paragraph line.
    if (pendingTermTopic >= 0) {
      if (block === 'other' || block === 'none') {
        const t = topics[pendingTermTopic];
        const term = stripSectionNumber(t.title);
        const termStart = t.range.start.character + 2 + (t.title.length - term.length);
        const draft: DefinitionDraft = {
          term,
          style: 'pseudo-heading',
          termRange: { start: pos(t.range.start.line, termStart), end: pos(t.range.start.line, termStart + term.length) },
          topic: pendingTermTopic,
          startLine: t.range.start.line,
          startChar: t.range.start.character,
          textStart: first,
          end: pos(n, end - start),
          textEnd: end,
          closed: false,
        };
        definitions.push(draft);
        openDefinition = draft;
      }
      pendingTermTopic = -1;
    } else if (openDefinition && openDefinition.style === 'pseudo-heading' && block === 'para' && !wasBlank) {
      openDefinition.end = pos(n, end - start);
      openDefinition.textEnd = end;
    } else if (block !== 'para') {
      closeDefinition();
    }
    markParagraph(wasBlank);
    if (!lean) inline(ln, first);
  }

  function markParagraph(wasBlank: boolean): void {
    if (block !== 'para' || wasBlank) {
      paraStartLine = ln.n;
      paraStartOffset = ln.start;
    }
    block = 'para';
  }


  /**
   * The finishing work after the line loop, in phases that stop when `shouldYield` (asked every
   * `itemsPerCheck` items) says so and go on where they stopped; sets `model` when done.
   */
  function runFinish(shouldYield: () => boolean): void {
    let budget = itemsPerCheck;
    const tired = (): boolean => {
      if (--budget > 0) return false;
      budget = itemsPerCheck;
      return shouldYield();
    };
    if (phase === Phase.Close) {
      closeAtEnd();
      phase = Phase.Definitions;
    }
    if (phase === Phase.Definitions) {
      while (at < definitions.length) {
        const d = definitions[at++];
        outDefinitions.push({
          term: d.term,
          definition: definitionText(text.slice(d.textStart, d.textEnd)),
          style: d.style,
          range: { start: pos(d.startLine, d.startChar), end: d.end },
          termRange: d.termRange,
          topic: d.topic,
        });
        if (tired()) return;
      }
      if (lean) {
        model = { lineCount, eol, frontMatter, topics: [], questions: [], definitions: outDefinitions, math: [], codeBlocks };
        return;
      }
      at = 0;
      sectionEnd = new Array<number>(topics.length).fill(lineCount);
      phase = Phase.Sections;
    }
    if (phase === Phase.Sections) {
      // A section ends where the next topic of the same or a higher level starts: one pass with a stack.
      while (at < topics.length) {
        const j = at++;
        while (open.length > 0 && topics[open[open.length - 1]].level >= topics[j].level) {
          sectionEnd[open.pop()!] = topics[j].range.start.line;
        }
        open.push(j);
        if (tired()) return;
      }
      at = 0;
      phase = Phase.Topics;
    }
    if (phase === Phase.Topics) {
      while (at < topics.length) {
        const i = at++;
        const t = topics[i];
        // The line before the next section, but never before the heading's own last line.
        const endLine = Math.max(sectionEnd[i] - 1, t.range.end.line);
        const endChar = endLine === t.range.end.line && sectionEnd[i] - 1 < t.range.end.line ? t.range.end.character : lineLength(endLine);
        outTopics.push({ kind: t.kind, level: t.level, title: t.title, range: t.range, sectionRange: { start: t.range.start, end: pos(endLine, endChar) }, parent: t.parent, isQuestion: t.isQuestion });
        if (tired()) return;
      }
      at = 0;
      phase = Phase.Stops;
    }
    if (phase === Phase.Stops) {
      // Answers run to the next question or topic: the start lines of both, in order.
      while (at < topics.length + questions.length) {
        stops.push(at < topics.length ? topics[at].range.start.line : questions[at - topics.length].range.start.line);
        at++;
        if (tired()) return;
      }
      // Two sorted runs: the sort merges them in one pass.
      stops.sort((a, b) => a - b);
      at = 0;
      phase = Phase.Answers;
      if (tired()) return;
    }
    while (at < questions.length) {
      const q = questions[at++];
      while (stop < stops.length && stops[stop] <= q.range.start.line) stop++;
      const a = answerOf(q.answerFrom, stop < stops.length ? stops[stop] : lineCount);
      outQuestions.push({ text: q.text, pattern: q.pattern, range: q.range, answer: a.answer, answerRange: a.answerRange, topic: q.topic });
      if (tired()) return;
    }
    model = { lineCount, eol, frontMatter, topics: outTopics, questions: outQuestions, definitions: outDefinitions, math, codeBlocks };
  }

  function lineStartOffset(line: number): number {
    return starts[line];
  }

  function lineLength(line: number): number {
    let e = line + 1 < starts.length ? starts[line + 1] - 1 : len;
    if (e > starts[line] && text.charCodeAt(e - 1) === CH_CR) e--;
    return e - starts[line];
  }

  function answerOf(from: number, stop: number): { answer: string; answerRange: Range | undefined } {
    let a = from;
    let b = stop - 1;
    while (a <= b && isBlankLine(a)) a++;
    while (b >= a && isBlankLine(b)) b--;
    if (a > b) return { answer: '', answerRange: undefined };
    // Indentation shared by the non-blank lines: usually none, and then the answer is one slice.
    let indent = Infinity;
    for (let l = a; l <= b && indent > 0; l++) {
      const st = starts[l];
      const e = st + lineLength(l);
      let i = st;
      while (i < e && isBlank(text.charCodeAt(i))) i++;
      if (i < e && i - st < indent) indent = i - st;
    }
    let answer: string;
    if (indent === 0) {
      answer = text.slice(starts[a], starts[b] + lineLength(b));
      if (answer.includes('\r')) answer = answer.replace(/\r\n/g, '\n');
    } else {
      const lines: string[] = [];
      for (let l = a; l <= b; l++) lines.push(text.slice(Math.min(starts[l] + indent, starts[l] + lineLength(l)), starts[l] + lineLength(l)));
      answer = lines.join('\n');
    }
    return { answer: answer.replace(ANSWER_MARKER, ''), answerRange: { start: pos(a, 0), end: pos(b, lineLength(b)) } };
  }

  function isBlankLine(line: number): boolean {
    const st = lineStartOffset(line);
    const e = st + lineLength(line);
    for (let i = st; i < e; i++) if (!isBlank(text.charCodeAt(i))) return false;
    return true;
  }
}

function isBlank(c: number): boolean {
  return c === CH_SPACE || c === CH_TAB;
}

/** Trims white space and the invisible characters pasted notes carry (zero-width space, BOM). */
function trimText(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpaceLike(s.charCodeAt(a))) a++;
  while (b > a && isSpaceLike(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function definitionText(raw: string): string {
  return raw.includes('\n') ? trimText(raw.split('\n').map(trimText).join('\n')) : trimText(raw);
}

function isSpaceLike(c: number): boolean {
  return c === CH_SPACE || c === CH_TAB || c === CH_CR || c === 10 || c === 0x200b || c === 0xfeff || c === 0xa0 || c === 0x3000;
}

/**
 * Whether `term` reads like a term: short, at most six words, a letter in it (any script),
 * no sentence punctuation, and not an enumeration such as `1）` or `①`.
 */
function isTerm(term: string, maxLength: number): boolean {
  if (term.length === 0 || term.length > maxLength) return false;
  let words = 1;
  let letter = false;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c === CH_SPACE) {
      if (++words > 6) return false;
    } else if (isSentencePunct(c)) {
      return false;
    } else if (!letter) {
      letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3400 && c <= 0x9fff) || (c >= 128 && HAS_WORD.test(term[i]));
    }
  }
  return letter && !ENUMERATOR.test(term);
}

function stripSectionNumber(title: string): string {
  const stripped = title.replace(SECTION_NUMBER, '');
  return stripped.length > 0 ? stripped : title;
}

/** The level of an ATX heading starting at `first` (`#` to `######` then a blank or the end), or 0. */
export function atxLevel(text: string, first: number, end: number): number {
  let i = first;
  while (i < end && text.charCodeAt(i) === CH_HASH) i++;
  const level = i - first;
  if (level > 6 || (i < end && !isBlank(text.charCodeAt(i)))) return 0;
  return level;
}

/** The text of an ATX heading after its `#`s, without the optional closing sequence of `#`s. */
function atxTitle(text: string, from: number, end: number): string {
  let a = from;
  let b = end;
  while (a < b && isBlank(text.charCodeAt(a))) a++;
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  let h = b;
  while (h > a && text.charCodeAt(h - 1) === CH_HASH) h--;
  // A closing sequence is the whole title or follows a blank: `## Title ##`, but not `## C#`.
  if (h === a) return '';
  if (h < b && isBlank(text.charCodeAt(h - 1))) {
    b = h;
    while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  }
  return text.slice(a, b);
}

/** Drops emphasis wrapping a whole title: `**加粗标题**` reads `加粗标题`. */
function cleanTitle(raw: string): string {
  const t = trimText(raw);
  const c = t.charCodeAt(0);
  if ((c !== CH_STAR && c !== CH_UNDERSCORE) || t.length < 5) return t;
  const m = /^(\*\*|__)(.+)\1$/.exec(t);
  return m && !m[2].includes(m[1]) ? m[2].trim() : t;
}

const CJK_EDGE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Joins the lines of a multi-line title: with a space between words, with nothing between CJK characters. */
function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out !== '' && !(CJK_EDGE.test(out[out.length - 1]) || CJK_EDGE.test(line[0]))) out += ' ';
    out += line;
  }
  return out;
}

/** Where a list item's content starts (`- `, `* `, `+ `, `1. `, `2) `), or -1 when the line is no list item. */
export function listContentStart(text: string, first: number, end: number): number {
  let i = first;
  const c = text.charCodeAt(i);
  if (c === CH_DASH || c === CH_STAR || c === CH_PLUS) {
    i++;
  } else {
    while (i < end && i - first < 9 && text.charCodeAt(i) >= CH_0 && text.charCodeAt(i) <= CH_9) i++;
    const d = text.charCodeAt(i);
    if (i === first || (d !== 46 /* . */ && d !== 41 /* ) */)) return -1;
    i++;
  }
  if (i === end) return i;
  if (!isBlank(text.charCodeAt(i))) return -1;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

const HTML_RAW_START = /^<(script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCK_TAG = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
const HTML_COMPLETE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

/**
 * Whether an HTML block starts at `first` (CommonMark's seven kinds), and what ends it: a
 * marker such as `-->` or `</script>`, or '' for a blank line. Undefined: no HTML block.
 */
export function htmlBlockEnd(text: string, first: number, end: number, inParagraph: boolean): string | undefined {
  const line = text.slice(first, end);
  if (line.startsWith('<!--')) return '-->';
  if (line.startsWith('<?')) return '?>';
  if (line.startsWith('<![CDATA[')) return ']]>';
  if (/^<![A-Za-z]/.test(line)) return '>';
  const raw = HTML_RAW_START.exec(line);
  if (raw) return `</${raw[1].toLowerCase()}>`;
  if (HTML_BLOCK_TAG.test(line)) return '';
  // Any other tag alone on its line starts a block too, but cannot interrupt a paragraph.
  if (!inParagraph && HTML_COMPLETE_TAG.test(line)) return '';
  return undefined;
}

export function closesOnLine(text: string, first: number, end: number, until: string): boolean {
  // The opener itself is not its closer (`<!-->` aside): search after the first character.
  return until === '-->' ? text.indexOf(until, first + 4) >= 0 && text.indexOf(until, first + 4) < end : text.slice(first + 1, end).toLowerCase().includes(until);
}

function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** `---`, `***`, `___` (spaces allowed between): a thematic break. */
function isThematicBreak(text: string, first: number, end: number, marker: number): boolean {
  let count = 0;
  for (let i = first; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === marker) count++;
    else if (!isBlank(c)) return false;
  }
  return count >= 3;
}

/**
 * The text of a bold-only line (`**1.2 DDIM**`, `__LDM__`) that can head a topic, or undefined:
 * one bold span filling the line, no blank just inside the markers, at most 80 characters,
 * and not ending like a sentence or a label (`。`, `.`, `：`, `，` …).
 */
function boldLineText(text: string, first: number, end: number, marker: number): string | undefined {
  let e = end;
  while (e > first && isBlank(text.charCodeAt(e - 1))) e--;
  const a = first + 2;
  const b = e - 2;
  if (b <= a || b - a > 80 || text.charCodeAt(b) !== marker || text.charCodeAt(b + 1) !== marker) return undefined;
  if (isBlank(text.charCodeAt(a)) || isBlank(text.charCodeAt(b - 1)) || endsSentence(text.charCodeAt(b - 1))) return undefined;
  const inner = text.slice(a, b);
  return inner.includes(marker === CH_STAR ? '**' : '__') ? undefined : inner;
}

/** `。．.!！;；,，:：`: a bold line ending so is emphasis or a label, not a heading. */
function endsSentence(c: number): boolean {
  switch (c) {
    case 0x3002: case 0xff0e: case 46: case 33: case 0xff01: case 59: case 0xff1b: case 44: case 0xff0c: case 58: case 0xff1a:
      return true;
    default:
      return false;
  }
}

function findBacktickRun(text: string, from: number, end: number, run: number): number {
  let i = text.indexOf('`', from);
  while (i >= 0 && i < end) {
    let r = 1;
    while (i + r < end && text.charCodeAt(i + r) === CH_BACKTICK) r++;
    if (r === run) return i;
    i = text.indexOf('`', i + r);
  }
  return -1;
}

/**
 * Finds the `$` closing an inline formula opened just before `from`, by pandoc's rules: the
 * opener is not followed by a blank, the closer is not preceded by a blank nor followed by a
 * digit, and a `$` after an odd run of backslashes is escaped.
 */
export function findClosingDollar(text: string, from: number, end: number): number {
  if (from >= end) return -1;
  const first = text.charCodeAt(from);
  if (first === CH_SPACE || first === CH_TAB || first === CH_DOLLAR) return -1;
  let j = text.indexOf('$', from + 1);
  while (j >= 0 && j < end) {
    let slashes = 0;
    while (text.charCodeAt(j - 1 - slashes) === CH_BACKSLASH) slashes++;
    const before = text.charCodeAt(j - 1);
    const after = j + 1 < end ? text.charCodeAt(j + 1) : -1;
    if (slashes % 2 === 0 && before !== CH_SPACE && before !== CH_TAB && !(after >= CH_0 && after <= CH_9) && after !== CH_DOLLAR) return j;
    j = text.indexOf('$', j + 1);
  }
  return -1;
}

export function isFrontMatterOpen(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trimEnd();
  return line === '---' || line === '+++';
}

export function findFrontMatterClose(text: string, from: number): { line: number; length: number } | undefined {
  const opener = text.slice(0, 3);
  let line = 0;
  let at = from;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return undefined;
    line++;
    const s = nl + 1;
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let ce = e;
    if (ce > s && text.charCodeAt(ce - 1) === CH_CR) ce--;
    const l = text.slice(s, ce).trimEnd();
    if (l === opener || (opener === '---' && l === '...')) return { line, length: ce - s };
    at = s;
  }
  return undefined;
}

export function isFenceClose(text: string, start: number, end: number, char: number, size: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === CH_SPACE || text.charCodeAt(i) === CH_TAB)) i++;
  let run = 0;
  while (i < end && text.charCodeAt(i) === char) {
    run++;
    i++;
  }
  if (run < size) return false;
  while (i < end && (text.charCodeAt(i) === CH_SPACE || text.charCodeAt(i) === CH_TAB)) i++;
  return i === end;
}
