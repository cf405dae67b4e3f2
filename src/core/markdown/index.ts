export type { BlockView, FormulaError, NoteRenderer, RenderedBlock, RenderJob, RenderOptions, RenderResult } from './types';
export { createNoteRenderer, escapeHtml, isPlaceholder, NOTE_CSS, PENDING_PREFIX, placeholderHtml, type NoteRendererWithStats, type RendererStats } from './renderer';
export { splitBlocks, type BlockSpan } from './blocks';
export { isRelativeUrl } from './sanitize';
