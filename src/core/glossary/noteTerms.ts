/**
 * Terms a note defines itself: its definition list items and pseudo-headings (from the note
 * model), and abbreviations introduced in running text — `状态空间对偶性（SSD）`,
 * `Deep Compression Autoencoder (DC-AE)` — which make the abbreviation an alias of the long
 * form, with the sentence as context.
 */
import type { NoteModel } from '../notes';
import type { NoteTermsScan } from '../notes/parser';
import type { TermDefinition } from './termIndex';

/** `思维链 (CoT)`, `证据下界（ELBO）`: a term written with its abbreviation in brackets. */
const WITH_ABBREVIATION = /^(.+?)[ \t]*[（(]([A-Za-z][A-Za-z0-9-]{0,11})[)）]$/;
/** An abbreviation in brackets: `（SSD）`, `(DC-AE)`, `(DiTs)`. */
const BRACKETED = /[（(]([A-Z][A-Za-z0-9-]{1,11})[)）]/g;
/** Verbs that introduce a long form (`通过均方误差（MSE）`): the long form starts after the last one. */
const CJK_LEAD = /^.*(?:使用|通过|经过|进行|用于|采用|利用|基于|引入|提出|称为|叫做|表示|得到|得出|构成|形成|实现|多个|一种|一个)/;

/** A CJK ideograph (U+3400–U+9FFF), tested on one UTF-16 code unit without making a string. */
function isCjk(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/**
 * What ends a Chinese long form read backwards from the bracket, among ideographs: 的了和与及或由即
 * (other function words also occur inside terms: 潜在, 对偶). Punctuation and white space end
 * it too; they are no ideographs, so the reading stops at them already.
 */
function isCjkStop(c: number): boolean {
  switch (c) {
    case 0x7684: case 0x4e86: case 0x548c: case 0x4e0e: case 0x53ca: case 0x6216: case 0x7531: case 0x5373: // 的了和与及或由即
      return true;
    default:
      return false;
  }
}

/** Every term the note defines, with the note as origin. */
export function termsFromNote(text: string, model: NoteModel | NoteTermsScan, uri: string): TermDefinition[] {
  const out = model.definitions.map((d) => termOfDefinition(d, uri));
  return withAbbreviations(out, abbreviations(text, model, uri));
}

/** The term index's definition for one definition of the note (`**思维链 (CoT)**` gets `CoT` as alias). */
export function termOfDefinition(d: NoteModel['definitions'][number], uri: string): TermDefinition {
  const last = d.term.charCodeAt(d.term.length - 1);
  const split = last === 0x29 || last === 0xff09 ? WITH_ABBREVIATION.exec(d.term) : null;
  return {
    term: split ? split[1] : d.term,
    aliases: split ? [split[2]] : [],
    definition: d.definition,
    expansion: split ? split[1] : undefined,
    origin: { kind: 'note', uri, line: d.termRange.start.line, character: d.termRange.start.character },
  };
}

/**
 * Appends to `out` (the note's definitions) the abbreviations `found` in its running text, but
 * not one the note already defines (`**思维链 (CoT)**` is not introduced again); returns `out`.
 */
export function withAbbreviations(out: TermDefinition[], found: readonly TermDefinition[]): TermDefinition[] {
  if (found.length === 0) return out;
  // The few abbreviations looked up among the note's (many) terms and aliases, not the other way.
  const taken = new Set<string>();
  const wanted = new Set(found.map((a) => a.term));
  for (const t of out) {
    if (wanted.has(t.term)) taken.add(t.term);
    for (const a of t.aliases) if (wanted.has(a)) taken.add(a);
  }
  for (const a of found) if (!taken.has(a.term)) out.push(a);
  return out;
}

/** BRACKETED as a sticky regex, run at each bracket found (shared: `lastIndex` is set before every use). */
const BRACKETED_AT = new RegExp(BRACKETED.source, 'y');

/** Abbreviations introduced in running text, outside code. */
export function abbreviations(text: string, model: NoteModel | NoteTermsScan, uri: string): TermDefinition[] {
  const job = beginAbbreviations(text, model, uri);
  job.step(() => false);
  return job.result();
}

/**
 * `abbreviations` in steps, for a long note: `step` reads brackets until the note ends
 * (returns true) or `shouldYield`, asked every few hundred brackets, says stop (returns
 * false; call again to go on). `result()` is what `abbreviations` returns, once done.
 */
export interface AbbreviationScan {
  step(shouldYield: () => boolean): boolean;
  result(): TermDefinition[];
}

/** Brackets read between two questions to `shouldYield`. */
const BRACKETS_PER_CHECK = 256;

/** Starts reading a note's abbreviations in steps (see AbbreviationScan). */
export function beginAbbreviations(text: string, model: NoteModel | NoteTermsScan, uri: string): AbbreviationScan {
  const out: TermDefinition[] = [];
  const seen = new Set<string>();
  // In line order (they never overlap), as the brackets are read.
  const blocks = [...model.codeBlocks].sort((a, b) => a.range.start.line - b.range.start.line);
  const front = model.frontMatter;
  // Brackets found with indexOf (native, fast), the abbreviation read with a sticky regex at
  // each; line numbers are counted forward from match to match (an abbreviation never spans
  // lines). Each bracket is visited once and the text is searched forward only: linear in
  // the note's length, whatever its brackets.
  const re = BRACKETED_AT;
  let line = 0;
  let lineStart = 0;
  let nl = text.indexOf('\n');
  let lineText: string | undefined;
  let narrow = text.indexOf('(');
  let wide = text.indexOf('（');
  /** The first code block that does not end above the current line. */
  let block = 0;
  const step = (shouldYield: () => boolean): boolean => {
    let budget = BRACKETS_PER_CHECK;
    while (narrow >= 0 || wide >= 0) {
      if (--budget === 0) {
        if (shouldYield()) return false;
        budget = BRACKETS_PER_CHECK;
      }
      const pos = narrow >= 0 && (wide < 0 || narrow < wide) ? narrow : wide;
      if (pos === narrow) narrow = text.indexOf('(', pos + 1);
      else wide = text.indexOf('（', pos + 1);
      const next = text.charCodeAt(pos + 1);
      if (next < 65 || next > 90) continue;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m) continue;
      if (nl >= 0 && nl < m.index) {
        while (nl >= 0 && nl < m.index) {
          line++;
          lineStart = nl + 1;
          nl = text.indexOf('\n', lineStart);
        }
        lineText = undefined;
      }
      if (front && line >= front.start.line && line <= front.end.line) continue;
      // Code blocks come in line order, as brackets do: skip the ones that ended above.
      while (block < blocks.length && blocks[block].range.end.line < line) block++;
      if (block < blocks.length && line >= blocks[block].range.start.line) continue;
      if (lineText === undefined) {
        let lineEnd = nl < 0 ? text.length : nl;
        if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
        lineText = text.slice(lineStart, lineEnd);
      }
      const abbr = m[1];
      const at = m.index - lineStart;
      if (seen.has(abbr)) continue;
      const long = longForm(lineText.slice(0, at), abbr);
      if (!long) continue;
      seen.add(abbr);
      out.push({
        term: abbr,
        aliases: [long],
        definition: sentenceAround(lineText, at),
        expansion: long,
        origin: { kind: 'note', uri, line, character: at + 1 },
      });
    }
    return true;
  };
  return { step, result: () => out };
}

/** The long form written just before an abbreviation's bracket, or undefined when there is none. */
export function longForm(before: string, abbr: string): string | undefined {
  // trimEnd drops exactly what `\s` matches (white space and line terminators).
  const text = before.trimEnd();
  if (text === '') return undefined;
  if (isCjk(text.charCodeAt(text.length - 1))) {
    // Chinese: read back to a function word or punctuation, at most 12 characters.
    let i = text.length;
    while (i > 0 && isCjk(text.charCodeAt(i - 1)) && !isCjkStop(text.charCodeAt(i - 1)) && text.length - i < 12) i--;
    const long = text.slice(i).replace(CJK_LEAD, '');
    return long.length >= 2 ? long : undefined;
  }
  // English: the last words whose first one starts with the abbreviation's first letter.
  const words = text.split(/[\s]+/);
  const letters = abbr.replace(/[^A-Za-z]/g, '');
  const first = letters[0].toLowerCase();
  for (let k = 1; k <= Math.min(words.length, letters.length + 1); k++) {
    const candidate = words.slice(words.length - k);
    if (candidate.some((w) => !/^[A-Za-z][A-Za-z-]*$/.test(w))) return undefined;
    if (candidate[0][0].toLowerCase() === first && k >= Math.min(2, letters.length)) return candidate.join(' ');
  }
  return undefined;
}

/** `。！？!?；;`: where a sentence ends. */
function isSentenceStop(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 0xff1b || c === 59;
}

/** The sentence holding `index`, for context (at most 200 characters). */
function sentenceAround(line: string, index: number): string {
  let start = 0;
  let end = line.length;
  for (let i = 0; i < line.length; i++) {
    if (!isSentenceStop(line.charCodeAt(i))) continue;
    if (i < index) start = i + 1;
    else {
      end = i + 1;
      break;
    }
  }
  const sentence = line.slice(start, end).trim().replace(/^[-*+]\s+/, '');
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
}
