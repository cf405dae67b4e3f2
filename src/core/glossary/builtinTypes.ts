/** The shape of the built-in bilingual glossary's entries (data in builtinGlossary.ts). */

/** The fields the built-in glossary covers; a term's senses name the one they belong to. */
export type GlossaryField =
  | 'diffusion'
  | 'detection'
  | 'pose'
  | 'anomaly'
  | 'attention'
  | 'llm'
  | 'multimodal'
  | 'training'
  | 'probability'
  | 'general';

/** One meaning of a term (`SSD` has two: state space duality, single shot detector). */
export interface BuiltinSense {
  readonly field: GlossaryField;
  /** Short English definition: one or two sentences. */
  readonly en: string;
  /** Short Chinese definition: one or two sentences (简体中文). */
  readonly zh: string;
  /** The key formula in TeX, without delimiters, where the term has one. */
  readonly tex?: string;
  /** The long form an abbreviation stands for in this sense, e.g. `Denoising Diffusion Implicit Models`. */
  readonly expansion?: string;
}

export interface BuiltinEntry {
  /** The term as usually written: `DDIM`, `KL 散度`, `马尔可夫链`, `Linear attention`. */
  readonly term: string;
  /** Other ways of writing it, in either language: `KL divergence`, `相对熵`, `Kullback–Leibler divergence`. */
  readonly aliases: readonly string[];
  readonly senses: readonly BuiltinSense[];
}
