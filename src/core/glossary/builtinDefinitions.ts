/** The built-in glossary as index definitions: one per sense, Chinese first, then English. */
import { BUILTIN_GLOSSARY } from './builtinGlossary';
import type { TermDefinition } from './termIndex';

export function builtinDefinitions(): TermDefinition[] {
  return BUILTIN_GLOSSARY.flatMap((e) => e.senses.map((s) => ({
    term: e.term,
    aliases: e.aliases,
    definition: `${s.zh}\n\n${s.en}`,
    tex: s.tex,
    expansion: s.expansion,
    origin: { kind: 'builtin', field: s.field } as const,
  })));
}
