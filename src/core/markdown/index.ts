export type { FormulaError, NoteRenderer, RenderedBlock, RenderOptions, RenderResult } from './types';
export { createNoteRenderer, escapeHtml, NOTE_CSS, type NoteRendererWithStats, type RendererStats } from './renderer';
export { splitBlocks, type BlockSpan } from './blocks';
export { isRelativeUrl } from './sanitize';
