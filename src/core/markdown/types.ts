/**
 * The preview renderer's contract: what the host, the webview, the CLI and the tests rely on.
 * The implementation lives beside this file (createNoteRenderer in renderer.ts).
 */
import type { NoteModel, ParseOptions, Range } from '../notes';

export interface RenderOptions {
  /** KaTeX macros, from the `researchNotes.math.macros` setting. */
  readonly macros?: Readonly<Record<string, string>>;
  /**
   * Rewrites a relative link or image target (as written in the note) to a URL the viewer can
   * load, e.g. through `webview.asWebviewUri`; undefined leaves the target as written.
   */
  readonly resolveResource?: (href: string) => string | undefined;
  /** Parse options (question patterns), so the preview marks the same questions as the tree. */
  readonly parseOptions?: ParseOptions;
}

/** One top-level block of the note, rendered to HTML. */
export interface RenderedBlock {
  /** Stable while the block's source text (and its marks) do not change. */
  readonly id: string;
  /** 0-based first and last source lines of the block, inclusive. */
  readonly startLine: number;
  readonly endLine: number;
  /**
   * The block's HTML. Elements inside carry `data-line` with their source line RELATIVE to
   * `startLine`, so a block moved by an edit above it is reused without re-rendering.
   */
  readonly html: string;
}

/** A formula KaTeX could not render: shown as its source in the preview, and as a diagnostic. */
export interface FormulaError {
  /** The formula with its delimiters, in the note's coordinates. */
  readonly range: Range;
  readonly message: string;
  readonly tex: string;
}

export interface RenderResult {
  readonly blocks: readonly RenderedBlock[];
  readonly errors: readonly FormulaError[];
  /** Ids of the blocks this call rendered afresh; every other block came from the cache. */
  readonly rendered: readonly string[];
}

/**
 * A render in steps, so a host can keep its event loop free and show the visible part of a
 * long note first: `step` renders blocks until `shouldYield()` says stop, the blocks that
 * overlap `first` (source lines) before the others, and returns true when nothing is left.
 */
export interface RenderJob {
  /** Blocks not rendered yet (0 when the caches had every block). */
  readonly remaining: number;
  /**
   * False while the job still matches blocks against the caches (a long note takes several
   * steps for that); reading `remaining` or calling `partial()` earlier finishes that matching at once.
   */
  readonly ready: boolean;
  step(shouldYield: () => boolean, first?: { readonly startLine: number; readonly endLine: number }): boolean;
  /**
   * The note's blocks as the job has them, without copying (valid once `ready`): ids and lines
   * of all, html of those rendered so far (undefined for the others).
   */
  readonly blocks: BlockView;
  /** Every block so far: rendered ones, and a placeholder (id `pending-…`, an empty box of about the block's height) for the others. */
  partial(): readonly RenderedBlock[];
  /** Renders whatever is left and returns the whole result (the same as `render`). */
  result(): RenderResult;
}

/** A read-only view of a list of blocks, by index (see RenderJob.blocks). */
export interface BlockView {
  readonly length: number;
  id(index: number): string;
  startLine(index: number): number;
  endLine(index: number): number;
  /** Undefined while the block is not rendered yet. */
  html(index: number): string | undefined;
}

export interface NoteRenderer {
  /**
   * Renders the note, reusing every block whose text did not change since earlier calls.
   * `model`, optional: `parseNote(text, parseOptions)` of exactly this text when the caller
   * already has it (the host parses every version for the tree), which saves a parse.
   */
  render(text: string, model?: NoteModel): RenderResult;
  /** The same render, in steps (see {@link RenderJob}); the renderer's caches are shared. */
  begin(text: string, model?: NoteModel): RenderJob;
  /** A complete, self-contained HTML document of the note (export); `css` is inlined. */
  renderDocument(text: string, options: { readonly title: string; readonly css: string }): string;
}
