/**
 * The merged glossary: every definition in an index grouped by term, as `research-notes terms`
 * prints it and the Terms view lists it — the user's own terms first (by file and line), then
 * glossary files, then the built-in glossary (in its own order).
 */
import { isCaseSensitive, termKey, type TermDefinition } from './termIndex';

export interface GlossaryGroup {
  /** The term as its first (most personal) definition writes it. */
  readonly term: string;
  /** Definitions of this term, the user's own first. */
  readonly definitions: readonly TermDefinition[];
}

const RANK = { note: 0, glossary: 1, builtin: 2 } as const;

/** Acronyms group by their exact key (`mAP` ≠ `MAP`), words case-insensitively. */
export function groupKey(term: string): string {
  const key = termKey(term);
  return isCaseSensitive(key) ? key : key.toLowerCase();
}

function compare(a: TermDefinition, b: TermDefinition): number {
  const r = RANK[a.origin.kind] - RANK[b.origin.kind];
  if (r !== 0 || a.origin.kind === 'builtin' || b.origin.kind === 'builtin') return r;
  return a.origin.uri < b.origin.uri ? -1 : a.origin.uri > b.origin.uri ? 1 : a.origin.line - b.origin.line || a.origin.character - b.origin.character;
}

/** Groups `defs` by term; `include` drops origins (e.g. the built-in glossary) from the listing. */
export function mergedGlossary(defs: Iterable<TermDefinition>, include: (d: TermDefinition) => boolean = () => true): GlossaryGroup[] {
  // Sorting is stable, so built-in senses keep the glossary's order.
  const sorted = [...defs].filter(include).sort(compare);
  const groups = new Map<string, TermDefinition[]>();
  for (const d of sorted) {
    const key = groupKey(d.term);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(d);
  }
  return [...groups.values()].map((definitions) => ({ term: definitions[0].term, definitions }));
}
