/**
 * Terms a note defines itself: its definition list items and pseudo-headings (from the note
 * model), and abbreviations introduced in running text — `状态空间对偶性（SSD）`,
 * `Deep Compression Autoencoder (DC-AE)` — which make the abbreviation an alias of the long
 * form, with the sentence as context.
 */
import type { NoteModel } from '../notes';
import type { TermDefinition } from './termIndex';

/** `思维链 (CoT)`, `证据下界（ELBO）`: a term written with its abbreviation in brackets. */
const WITH_ABBREVIATION = /^(.+?)[ \t]*[（(]([A-Za-z][A-Za-z0-9-]{0,11})[)）]$/;
/** An abbreviation in brackets: `（SSD）`, `(DC-AE)`, `(DiTs)`. */
const BRACKETED = /[（(]([A-Z][A-Za-z0-9-]{1,11})[)）]/g;
/** What ends a Chinese long form read backwards from the bracket: 的, 了 and punctuation (other function words also occur inside terms: 潜在, 对偶). */
const CJK_STOP = /[的了和与及或由即、，。；：！？“”‘’《》（）\s]/;
/** Verbs that introduce a long form (`通过均方误差（MSE）`): the long form starts after the last one. */
const CJK_LEAD = /^.*(?:使用|通过|经过|进行|用于|采用|利用|基于|引入|提出|称为|叫做|表示|得到|得出|构成|形成|实现|多个|一种|一个)/;
const CJK = /[\u3400-\u9fff]/;

/** Every term the note defines, with the note as origin. */
export function termsFromNote(text: string, model: NoteModel, uri: string): TermDefinition[] {
  const out: TermDefinition[] = [];
  for (const d of model.definitions) {
    const last = d.term.charCodeAt(d.term.length - 1);
    const split = last === 0x29 || last === 0xff09 ? WITH_ABBREVIATION.exec(d.term) : null;
    out.push({
      term: split ? split[1] : d.term,
      aliases: split ? [split[2]] : [],
      definition: d.definition,
      expansion: split ? split[1] : undefined,
      origin: { kind: 'note', uri, line: d.termRange.start.line, character: d.termRange.start.character },
    });
  }
  // An abbreviation the note already defines (`**思维链 (CoT)**`) is not introduced again.
  const known = new Set(out.flatMap((t) => [t.term, ...t.aliases]));
  out.push(...abbreviations(text, model, uri).filter((a) => !known.has(a.term)));
  return out;
}

/** Abbreviations introduced in running text, outside code. */
export function abbreviations(text: string, model: NoteModel, uri: string): TermDefinition[] {
  const out: TermDefinition[] = [];
  const seen = new Set<string>();
  const hidden = model.codeBlocks.map((c) => [c.range.start.line, c.range.end.line] as const);
  if (model.frontMatter) hidden.push([model.frontMatter.start.line, model.frontMatter.end.line]);
  // Brackets found with indexOf (native, fast), the abbreviation read with a sticky regex at
  // each; line numbers are counted forward from match to match (an abbreviation never spans lines).
  const re = new RegExp(BRACKETED.source, 'y');
  let line = 0;
  let lineStart = 0;
  let nl = text.indexOf('\n');
  let lineText: string | undefined;
  let narrow = text.indexOf('(');
  let wide = text.indexOf('（');
  while (narrow >= 0 || wide >= 0) {
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
    if (hidden.some(([from, to]) => line >= from && line <= to)) continue;
    lineText ??= text.slice(lineStart, nl < 0 ? text.length : nl).replace(/\r$/, '');
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
  return out;
}

/** The long form written just before an abbreviation's bracket, or undefined when there is none. */
export function longForm(before: string, abbr: string): string | undefined {
  const text = before.replace(/\s+$/, '');
  if (text === '') return undefined;
  if (CJK.test(text[text.length - 1])) {
    // Chinese: read back to a function word or punctuation, at most 12 characters.
    let i = text.length;
    while (i > 0 && CJK.test(text[i - 1]) && !CJK_STOP.test(text[i - 1]) && text.length - i < 12) i--;
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

/** The sentence holding `index`, for context (at most 200 characters). */
function sentenceAround(line: string, index: number): string {
  const stops = /[。！？!?；;]/g;
  let start = 0;
  let end = line.length;
  for (const m of line.matchAll(stops)) {
    if (m.index! < index) start = m.index! + 1;
    else {
      end = m.index! + 1;
      break;
    }
  }
  const sentence = line.slice(start, end).trim().replace(/^[-*+]\s+/, '');
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
}
