/**
 * Messages between the preview's host side (src/host/preview) and its webview
 * (src/webview/preview). Plain data only: no vscode, no DOM, so both sides import this file.
 */

/** The webview panel's viewType; also the key of its serializer and activation event. */
export const PREVIEW_VIEW_TYPE = 'researchNotes.preview';

/** One top-level block of the note; `html` only when the webview does not have this id yet. */
export interface BlockUpdate {
  readonly id: string;
  /** 0-based source lines, inclusive; `data-line` inside the block's html is relative to startLine. */
  readonly startLine: number;
  readonly endLine: number;
  readonly html?: string;
}

/**
 * The blocks of an update, packed: a long note has tens of thousands of blocks, and posting
 * that many objects costs the extension host seconds of serialising, while one string and one
 * array of numbers cost little. A block without html that the webview lacks and whose id starts
 * with {@link PENDING_ID_PREFIX} is a placeholder the webview draws itself.
 */
export interface PackedBlocks {
  /** The blocks' ids, in order, joined by a line break (ids never hold one). */
  readonly ids: string;
  /** startLine and endLine of each block, two numbers per block. */
  readonly lines: readonly number[];
  /** Html of the blocks that carry it, by their index in `ids`. */
  readonly html: Readonly<Record<number, string>>;
}

/** Ids of placeholder blocks (a long note's blocks not rendered or not sent yet). */
export const PENDING_ID_PREFIX = 'pending-';

export function packBlocks(blocks: readonly BlockUpdate[]): PackedBlocks {
  const lines: number[] = new Array<number>(blocks.length * 2);
  const html: Record<number, string> = {};
  blocks.forEach((b, i) => {
    lines[2 * i] = b.startLine;
    lines[2 * i + 1] = b.endLine;
    if (b.html !== undefined) html[i] = b.html;
  });
  return { ids: blocks.map((b) => b.id).join('\n'), lines, html };
}

export function unpackBlocks(packed: PackedBlocks): BlockUpdate[] {
  if (packed.ids === '') return [];
  return packed.ids.split('\n').map((id, i) => ({ id, startLine: packed.lines[2 * i], endLine: packed.lines[2 * i + 1], html: packed.html[i] }));
}

/** Localised badge texts, sent by the host because CSS `content` cannot be translated. */
export interface PreviewLabels {
  readonly question: string;
  readonly definition: string;
  readonly topic: string;
}

/** What the webview keeps with `setState`, so a reloaded window restores the preview. */
export interface PreviewState {
  readonly uri: string;
  readonly line: number;
}

export type HostToWebview =
  | {
    readonly type: 'update';
    /** The note shown; a different uri than before means a different note. */
    readonly uri: string;
    /** True when the webview must drop every block it holds (another note, or after a reload). */
    readonly reset: boolean;
    /** Blocks at the start of the webview's list that stay as they are. */
    readonly keepHead: number;
    /** Blocks at the end of the list that stay, their source lines moved by `shift`. */
    readonly keepTail: number;
    readonly shift: number;
    /**
     * The blocks that replace those between head and tail, in order. A block without html
     * whose id starts with {@link PENDING_ID_PREFIX} is a gap: a placeholder for blocks of a
     * long note that a later update brings.
     */
    readonly blocks: PackedBlocks;
    readonly labels: PreviewLabels;
    /** Where to scroll after a reset, as a source line (restore). */
    readonly line?: number;
  }
  /** Editor → preview scroll sync: the editor's top visible source line. */
  | { readonly type: 'scrollTo'; readonly line: number };

export type WebviewToHost =
  /** The webview's script has started (first load or after it was recreated): send everything. */
  | { readonly type: 'ready' }
  /**
   * Preview → editor scroll sync: the source line at the top of the preview showing `uri` (the
   * host drops it when it has since moved to another note, whose editor it must not scroll).
   */
  | { readonly type: 'scroll'; readonly uri: string; readonly line: number }
  /** Double-click: move the cursor of the editor of `uri` to this source line. */
  | { readonly type: 'reveal'; readonly uri: string; readonly line: number }
  /** A link was clicked; the webview never navigates itself. */
  | { readonly type: 'openLink'; readonly href: string }
  /** The webview got a block id without html (should not happen): ask for a full resend. */
  | { readonly type: 'resync' };

/** Type guard for messages arriving at the host from the (untrusted) webview. */
export function isWebviewToHost(value: unknown): value is WebviewToHost {
  if (!value || typeof value !== 'object') return false;
  const m = value as { type?: unknown; uri?: unknown; line?: unknown; href?: unknown };
  switch (m.type) {
    case 'ready':
    case 'resync':
      return true;
    case 'scroll':
    case 'reveal':
      return typeof m.uri === 'string' && typeof m.line === 'number' && Number.isFinite(m.line) && m.line >= 0;
    case 'openLink':
      return typeof m.href === 'string';
    default:
      return false;
  }
}
