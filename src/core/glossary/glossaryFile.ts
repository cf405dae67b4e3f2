/**
 * Glossary files: Markdown a user keeps beside the notes (`glossary.md` by default).
 *
 *     ## KL 散度
 *     Aliases: KL divergence, 相对熵
 *
 *     Measures how one distribution differs from another: $D_{KL}(P\|Q)$.
 *
 * One `## Term` heading per entry, an optional `Aliases:` (or `别名：`) line right after it,
 * and the text up to the next `##` heading as the definition. Everything before the first
 * `##` (a `#` title, an introduction) is ignored.
 */
import type { TermDefinition } from './termIndex';

export interface GlossaryProblem {
  /** 0-based line of the problem. */
  readonly line: number;
  /** What is wrong, for hosts that word it in the user's language; `term` for `no-definition`. */
  readonly code: 'no-definition' | 'long-heading' | 'unclosed-fence';
  readonly term?: string;
  /** The same in English (the CLI prints it). */
  readonly message: string;
}

export interface ParsedGlossary {
  readonly definitions: readonly TermDefinition[];
  /** Entries that could not be read; every other entry is kept. */
  readonly problems: readonly GlossaryProblem[];
}

const ENTRY = /^##[ \t]+(.+?)[ \t]*#*[ \t]*$/;
const ALIASES = /^(?:aliases|alias|别名|又称)[ \t]*[:：][ \t]*(.*)$/i;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** Parses a glossary file's text; `uri` is recorded as each definition's origin. */
export function parseGlossaryFile(text: string, uri: string): ParsedGlossary {
  // Lines as the note model counts them: a lone CR is not a line break.
  const lines = text.split(/\r?\n/);
  const definitions: TermDefinition[] = [];
  const problems: GlossaryProblem[] = [];
  let current: { term: string; line: number; aliases: string[]; body: string[] } | undefined;
  let fence: string | undefined;

  const flush = (): void => {
    if (!current) return;
    const body = current.body.join('\n').trim();
    if (body === '') {
      problems.push({ line: current.line, code: 'no-definition', term: current.term, message: `"${current.term}" has no definition under its heading` });
    } else {
      definitions.push({
        term: current.term,
        aliases: current.aliases,
        definition: body,
        origin: { kind: 'glossary', uri, line: current.line, character: 3 },
      });
    }
    current = undefined;
  };

  lines.forEach((line, n) => {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      current?.body.push(line);
      return;
    }
    if (f) {
      fence = f[1];
      current?.body.push(line);
      return;
    }
    const entry = ENTRY.exec(line);
    if (entry) {
      flush();
      const term = entry[1].replace(/^\*\*(.+)\*\*$/, '$1').trim();
      if (term.length > 80) {
        problems.push({ line: n, code: 'long-heading', message: 'a term heading longer than 80 characters is skipped' });
        return;
      }
      current = { term, line: n, aliases: [], body: [] };
      return;
    }
    if (!current) return;
    const aliases = current.body.every((l) => l.trim() === '') ? ALIASES.exec(line.trim()) : null;
    if (aliases) {
      current.aliases.push(...aliases[1].split(/[,，、;；]/).map((a) => a.trim()).filter((a) => a !== '' && a !== current!.term));
      return;
    }
    current.body.push(line);
  });
  if (fence) problems.push({ line: lines.length - 1, code: 'unclosed-fence', message: 'a code fence is never closed' });
  flush();
  return { definitions, problems };
}

/** Appends an entry to a glossary file's text (creating the file's text when empty), as "Define term" does. */
export function appendGlossaryEntry(text: string, term: string, definition: string, aliases: readonly string[] = []): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = text === '' ? `# Glossary${eol}` : text;
  if (!out.endsWith(eol)) out += eol;
  out += `${eol}## ${term}${eol}`;
  if (aliases.length > 0) out += `Aliases: ${aliases.join(', ')}${eol}`;
  out += `${eol}${definition.trim().replace(/\r?\n/g, eol)}${eol}`;
  return out;
}
