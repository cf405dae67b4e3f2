/**
 * The preview's webview side: patches rendered blocks into the DOM, maps scroll positions to
 * source lines both ways, and forwards clicks. It only talks to the host through the typed
 * messages of src/protocol/preview.ts and never navigates by itself.
 */
import { PENDING_ID_PREFIX, unpackBlocks, type BlockUpdate, type HostToWebview, type PreviewLabels, type PreviewState, type WebviewToHost } from '../../protocol/preview';
import { fillSafe } from '../shared/safeHtml';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('rn-root') as HTMLElement;

let currentUri: string | undefined;
/** Html of every block the host has sent and the DOM still uses; duplicates are built from it. */
let htmlById = new Map<string, string>();
/** After a reset, scroll here once the blocks exist (restored panel or recreated webview). */
let pendingLine: number | undefined = vscode.getState()?.line;
const restoredUri = vscode.getState()?.uri;
/**
 * Where our own scrollTo left the page: scroll events at that position were caused by the
 * editor's sync and must not be echoed back to it (a time window alone loses on a busy machine).
 */
let syncedY: number | undefined;

function post(message: WebviewToHost): void {
  vscode.postMessage(message);
}

// ---- building blocks -------------------------------------------------------------------------

function createBlock(block: BlockUpdate, html: string): HTMLElement {
  const el = document.createElement('div');
  el.className = 'rn-block';
  el.dataset.blockId = block.id;
  fillSafe(el, html);
  return el;
}

/** A placeholder for a block not rendered or not sent yet: an empty box about as high as its source lines. */
function createPlaceholder(block: BlockUpdate): HTMLElement {
  const el = document.createElement('div');
  el.className = 'rn-block';
  el.dataset.blockId = block.id;
  const box = document.createElement('div');
  box.className = 'rn-pending';
  box.dataset.line = '0';
  box.style.minHeight = `${(block.endLine - block.startLine + 1) * 1.7}em`;
  el.append(box);
  return el;
}

/** The block elements, in order (root's children, kept as an array: a long note has tens of thousands). */
let list: HTMLElement[] = [];

function blockElements(): HTMLElement[] {
  return list;
}

function applyLabels(labels: PreviewLabels): void {
  // CSS `content` reads these custom properties; they must be CSS strings.
  const style = document.documentElement.style;
  style.setProperty('--rn-label-question', JSON.stringify(labels.question));
  style.setProperty('--rn-label-definition', JSON.stringify(labels.definition));
  style.setProperty('--rn-label-topic', JSON.stringify(labels.topic));
}

/**
 * Keeps the first `keepHead` and last `keepTail` blocks (those moved by `shift` lines), and
 * between them puts the message's blocks: an element whose id survives is kept, the others are
 * built from their html, or drawn as placeholders (gaps of a long note, filled by later updates).
 */
function applyUpdate(message: Extract<HostToWebview, { type: 'update' }>): { reset: boolean; replacedGaps: boolean; missing: boolean } {
  applyLabels(message.labels);
  const reset = message.reset || message.uri !== currentUri;
  if (reset) {
    root.replaceChildren();
    list = [];
    htmlById = new Map();
    if (message.line !== undefined) pendingLine = message.line;
    else if (message.uri !== restoredUri || currentUri !== undefined) pendingLine = undefined;
  }
  currentUri = message.uri;
  const head = reset ? 0 : Math.min(message.keepHead, list.length);
  const tail = reset ? 0 : Math.min(message.keepTail, list.length - head);
  const middle = list.slice(head, list.length - tail);
  const kept = list.slice(list.length - tail);
  const replacedGaps = !reset && middle.some((el) => el.firstElementChild?.classList.contains('rn-pending'));
  const blocks = unpackBlocks(message.blocks);
  for (const b of blocks) if (b.html !== undefined) htmlById.set(b.id, b.html);

  const pool = new Map<string, HTMLElement>();
  for (const el of middle) {
    const id = el.dataset.blockId ?? '';
    // Ids are unique in the list; should one repeat, the older element goes.
    pool.get(id)?.remove();
    pool.set(id, el);
  }
  let cursor: Element | null = middle[0] ?? kept[0] ?? null;
  let missing = false;
  const placed: HTMLElement[] = [];
  for (const block of blocks) {
    let el = block.html === undefined ? pool.get(block.id) : undefined;
    if (el) {
      pool.delete(block.id);
    } else {
      const html = htmlById.get(block.id);
      if (html !== undefined) el = createBlock(block, html);
      else if (block.id.startsWith(PENDING_ID_PREFIX)) el = createPlaceholder(block);
      else {
        missing = true;
        continue;
      }
    }
    el.dataset.startLine = String(block.startLine);
    el.dataset.endLine = String(block.endLine);
    if (el === cursor) cursor = cursor.nextElementSibling;
    else root.insertBefore(el, cursor);
    placed.push(el);
  }
  for (const [id, el] of pool) {
    el.remove();
    htmlById.delete(id);
  }
  if (message.shift !== 0) {
    for (const el of kept) {
      el.dataset.startLine = String(Number(el.dataset.startLine) + message.shift);
      el.dataset.endLine = String(Number(el.dataset.endLine) + message.shift);
    }
  }
  list = list.slice(0, head).concat(placed, kept);
  // A long note: the browser lays out only the blocks on screen (the others keep an estimated
  // height), or every message would lay out tens of thousands of blocks.
  root.classList.toggle('rn-long', list.length > LONG_LIST);
  return { reset, replacedGaps, missing };
}

/** Blocks beyond which offscreen ones are not laid out (content-visibility in preview.css). */
const LONG_LIST = 2000;

/** Messages not handled yet: a long note's updates come many at a time, and go in batches. */
const inbox: HostToWebview[] = [];
let inboxTimer: ReturnType<typeof setTimeout> | undefined;
/** Longest stretch of handling messages before the page gets its turn, in milliseconds. */
const BATCH_MS = 8;

function receive(message: HostToWebview): void {
  inbox.push(message);
  inboxTimer ??= setTimeout(handleInbox, 0);
}

/**
 * Handles queued messages for up to BATCH_MS, then once for the batch what needs the layout
 * (reading positions forces it, which costs much on a long note): keep the reading position,
 * scroll where asked, save the state. The rest waits for the next turn.
 */
function handleInbox(): void {
  inboxTimer = undefined;
  const until = performance.now() + BATCH_MS;
  // Where the reader is, before placeholders above are replaced (their heights were estimates).
  const before = window.scrollY > 0 ? topLine() : undefined;
  let updated = false;
  let incremental = false;
  let keep = false;
  let resync = false;
  let scrollTo: number | undefined;
  while (inbox.length > 0 && performance.now() < until) {
    const message = inbox.shift() as HostToWebview;
    if (message.type === 'scrollTo') {
      scrollTo = message.line;
      continue;
    }
    const done = applyUpdate(message);
    updated = true;
    if (!done.reset) incremental = true;
    if (done.replacedGaps) keep = true;
    if (done.reset) keep = false;
    if (done.missing) resync = true;
    if (done.reset) scrollTo = undefined;
  }
  if (updated) {
    // Blocks that changed above the viewport move it (scroll anchoring keeps the reading
    // position): that is not the reader scrolling, so the editor must not follow it. Reading
    // scrollY forces the layout that applies the anchoring adjustment first.
    if (syncedY !== undefined || incremental) syncedY = window.scrollY;
    if (resync) post({ type: 'resync' });
    else if (keep && before !== undefined && pendingLine === undefined && scrollTo === undefined) scrollToLine(before);
    if (pendingLine !== undefined && list.length > 0) {
      const line = pendingLine;
      pendingLine = undefined;
      // After layout, so that element positions are known.
      requestAnimationFrame(() => scrollToLine(line));
    }
  }
  if (scrollTo !== undefined) scrollToLine(scrollTo);
  else if (updated) saveState();
  if (inbox.length > 0) inboxTimer = setTimeout(handleInbox, 0);
}

// ---- source lines <-> positions ---------------------------------------------------------------

interface Point {
  line: number;
  top: number;
}

function absTop(el: Element): number {
  return el.getBoundingClientRect().top + window.scrollY;
}

function startOf(el: HTMLElement): number {
  return Number(el.dataset.startLine ?? 0);
}

/** Points of one block, by line: the block itself, every `data-line` inside it (absolute), its end. */
function pointsOf(block: HTMLElement): Point[] {
  const start = startOf(block);
  const points: Point[] = [{ line: start, top: absTop(block) }];
  for (const el of Array.from(block.querySelectorAll<HTMLElement>('[data-line]'))) {
    const rel = Number(el.dataset.line);
    if (Number.isFinite(rel)) points.push({ line: start + rel, top: absTop(el) });
  }
  const rect = block.getBoundingClientRect();
  points.push({ line: Number(block.dataset.endLine ?? start) + 1, top: rect.bottom + window.scrollY });
  return points;
}

/** Index of the last block satisfying `before` (blocks are in source and document order). */
function lastBlock(blocks: HTMLElement[], before: (b: HTMLElement) => boolean): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(blocks[mid])) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Scrolls so that the source line is at the top, interpolating between the nearest marked elements. */
function scrollToLine(line: number): void {
  const blocks = blockElements();
  if (blocks.length === 0) return;
  const block = blocks[lastBlock(blocks, (b) => startOf(b) <= line)];
  const points = pointsOf(block).sort((a, b) => a.line - b.line || a.top - b.top);
  const next = block.nextElementSibling as HTMLElement | null;
  if (next) points.push({ line: startOf(next), top: absTop(next) });
  let y = points[0].top;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p.line > line) break;
    const q = points.slice(i + 1).find((n) => n.line > p.line);
    y = q ? p.top + ((line - p.line) / (q.line - p.line)) * (q.top - p.top) : p.top;
  }
  window.scrollTo(0, line <= 0 ? 0 : Math.max(0, y - 4));
  syncedY = window.scrollY;
  saveState();
}

/** The source line shown at document position `y`, interpolated between marked elements. */
function lineAtY(y: number): number {
  const blocks = blockElements();
  if (blocks.length === 0) return 0;
  const block = blocks[lastBlock(blocks, (b) => absTop(b) <= y)];
  const points = pointsOf(block).sort((a, b) => a.top - b.top || a.line - b.line);
  let line = points[0].line;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p.top > y) break;
    const q = points.slice(i + 1).find((n) => n.top > p.top && n.line > p.line);
    line = q && y < q.top ? p.line + ((y - p.top) / (q.top - p.top)) * (q.line - p.line) : p.line;
  }
  return Math.max(0, Math.floor(line));
}

function topLine(): number {
  return window.scrollY <= 0 ? 0 : lineAtY(window.scrollY + 5);
}

function saveState(): void {
  if (currentUri) vscode.setState({ uri: currentUri, line: topLine() });
}

// ---- events ------------------------------------------------------------------------------------

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
const isSynced = (): boolean => syncedY !== undefined && Math.abs(window.scrollY - syncedY) < 2;
window.addEventListener('scroll', () => {
  if (isSynced()) return;
  clearTimeout(scrollTimer);
  // A scroll that began on the note shown before an update changed notes is that note's.
  const uri = currentUri;
  scrollTimer = setTimeout(() => {
    if (isSynced() || uri === undefined || uri !== currentUri) return;
    syncedY = undefined;
    post({ type: 'scroll', uri, line: topLine() });
    saveState();
  }, 50);
}, { passive: true });

document.addEventListener('dblclick', (event) => {
  if (currentUri !== undefined) post({ type: 'reveal', uri: currentUri, line: lineAtY(event.clientY + window.scrollY) });
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('a') : null;
  if (!target) return;
  const href = target.getAttribute('href');
  event.preventDefault();
  if (!href) return;
  if (href.startsWith('#')) {
    const id = decodeURIComponent(href.slice(1));
    document.getElementById(id)?.scrollIntoView();
    return;
  }
  post({ type: 'openLink', href });
});

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  switch (message.type) {
    case 'update':
    case 'scrollTo':
      receive(message);
      break;
  }
});

post({ type: 'ready' });
