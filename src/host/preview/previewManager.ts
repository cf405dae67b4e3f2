import * as vscode from 'vscode';
import { mathMacros } from '../config';
import { isWebviewToHost, packBlocks, PREVIEW_VIEW_TYPE, type BlockUpdate, type FillBlock, type HostToWebview, type PreviewLabels, type PreviewState, type WebviewToHost } from '../../protocol/preview';
import type { NoteModels } from '../notes/noteModels';
import { createNoteRenderer, isPlaceholder, PENDING_PREFIX, type NoteRenderer, type RenderedBlock, type RenderJob, type RenderResult } from '../../core/markdown';
import { MathDiagnostics } from './mathDiagnostics';
import { makeNonce, previewHtml } from './previewHtml';
import { renderInSlices } from './slicedRender';

/** Milliseconds after the last keystroke before the preview re-renders (the issue asks for ≤ 50). */
const TYPING_DELAY = 30;
/**
 * Most html (UTF-16 code units) one message to the webview carries. Posting a message costs the
 * extension host time in proportion to its size (a long note renders to tens of MB); blocks
 * beyond this go as placeholders first and follow in `fill` messages, with a pause between two.
 */
const MESSAGE_HTML_BUDGET = 100_000;
/** Milliseconds between two `fill` messages. */
const FILL_PAUSE_MS = 10;
/** How long scroll events caused by the other side's sync are ignored, so the two don't ping-pong. */
const SYNC_GUARD_MS = 300;

/** What one update sent, for tests and diagnostics of the incremental path. */
export interface PreviewUpdateInfo {
  readonly uri: string;
  readonly reset: boolean;
  readonly blocks: number;
  /** Blocks whose html was sent (the webview did not have them). */
  readonly htmlSent: number;
  /** A long note's first, visible part: the other blocks are placeholders until the next update. */
  readonly partial: boolean;
  /** Placeholder blocks in this update (0 once the note is wholly rendered). */
  readonly pending: number;
  /** In a partial update, the source lines (first, last) of each block that is not a placeholder. */
  readonly renderedLines?: readonly (readonly [number, number])[];
}

const isNote = (doc: vscode.TextDocument | undefined): doc is vscode.TextDocument => doc?.languageId === 'markdown';

/**
 * The one preview panel: follows the active note unless locked, renders through one
 * NoteRenderer per note (so its block cache survives switching back and forth), and sends the
 * webview only the blocks it does not have yet.
 */
export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private locked = false;
  private ready = false;
  /** Block ids the webview holds; html is sent only for the others. */
  private sent = new Set<string>();
  private needsReset = true;
  private restoreLine: number | undefined;
  private readonly renderers = new Map<string, NoteRenderer>();
  /** Webview URIs handed to the renderer → the files they stand for (to open clicked links). */
  private readonly resources = new Map<string, vscode.Uri>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts renders; a render in progress stops when a newer one starts. */
  private renderToken = 0;
  private ignoreEditorScrollUntil = 0;
  /** Blocks still to send in `fill` messages after the last update (a long note), and their timer. */
  private fills: FillBlock[] = [];
  private fillTimer: ReturnType<typeof setTimeout> | undefined;
  /** The render job whose visible part the last update carried (the rest as placeholders). */
  private partialJob: RenderJob | undefined;
  private readonly updateEmitter = new vscode.EventEmitter<PreviewUpdateInfo>();
  /** Fires after each message that carried blocks to the webview. */
  readonly onDidUpdate = this.updateEmitter.event;
  /** Formula errors of the previewed note (from its render) and of every other note on screen. */
  readonly diagnostics: MathDiagnostics;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly notes: NoteModels) {
    this.diagnostics = new MathDiagnostics(notes, (uri) => this.panel !== undefined && uri.toString() === this.uri?.toString());
    this.subscriptions.push(
      this.diagnostics,
      this.updateEmitter,
      notes.onDidReset(() => this.resetRenderers()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('researchNotes.math')) this.resetRenderers();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && !this.locked && isNote(editor?.document)) this.setNote(editor.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() !== this.uri?.toString() || e.contentChanges.length === 0) return;
        clearTimeout(this.typingTimer);
        this.typingTimer = setTimeout(() => this.update(), TYPING_DELAY);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const key = doc.uri.toString();
        if (key !== this.uri?.toString()) this.renderers.delete(key);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.ready || e.textEditor.document.uri.toString() !== this.uri?.toString()) return;
        if (Date.now() < this.ignoreEditorScrollUntil || e.visibleRanges.length === 0) return;
        this.post({ type: 'scrollTo', line: e.visibleRanges[0].start.line });
      }),
    );
  }

  /** The note the preview shows, if a preview is open. */
  get documentUri(): vscode.Uri | undefined {
    return this.panel ? this.uri : undefined;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens (or reveals) the preview on `uri`. */
  async show(uri: vscode.Uri, toSide: boolean): Promise<void> {
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    if (this.panel) {
      this.panel.reveal(toSide ? undefined : column, toSide);
      this.setNote(uri);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: column, preserveFocus: toSide }, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: this.resourceRoots(uri),
    });
    this.attach(panel, uri, undefined);
  }

  /** Takes over a panel restored after a window reload (the serializer). */
  restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): void {
    let uri: vscode.Uri | undefined;
    try {
      uri = state?.uri ? vscode.Uri.parse(state.uri, true) : undefined;
    } catch {
      uri = undefined;
    }
    if (!uri || this.panel) {
      // Nothing to show, or a preview exists already: only one preview at a time.
      panel.dispose();
      return;
    }
    const line = typeof state?.line === 'number' && Number.isFinite(state.line) && state.line >= 0 ? state.line : undefined;
    this.attach(panel, uri, line);
  }

  toggleLock(): void {
    this.locked = !this.locked;
    this.updateTitle();
    const editor = vscode.window.activeTextEditor;
    if (!this.locked && this.panel && isNote(editor?.document)) this.setNote(editor.document.uri);
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri, line: number | undefined): void {
    this.panel = panel;
    this.uri = uri;
    this.ready = false;
    this.restoreLine = line ?? this.editorTopLine();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'research-notes.svg');
    panel.webview.options = { enableScripts: true, localResourceRoots: this.resourceRoots(uri) };
    panel.webview.html = previewHtml(panel.webview, this.extensionUri, makeNonce());
    this.updateTitle();
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isWebviewToHost(message)) void this.onMessage(message);
      }),
      panel.onDidChangeViewState(() => {
        // Hidden without retainContextWhenHidden, the webview is destroyed; it says `ready`
        // again when it comes back, and then gets every block anew.
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        this.ready = false;
        // A lock belongs to the panel it was set on; the next preview follows the editor again.
        this.locked = false;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    );
    // Render once now so that diagnostics appear even before the webview has loaded.
    void this.update();
  }

  private setNote(uri: vscode.Uri): void {
    if (uri.toString() === this.uri?.toString()) return;
    const before = this.uri;
    this.uri = uri;
    this.needsReset = true;
    // Another note: start where its editor is, not where the previous note was scrolled to.
    this.restoreLine = this.editorTopLine() ?? 0;
    if (this.panel && before && !sameRoots(this.resourceRoots(before), this.resourceRoots(uri))) {
      // A note outside the workspace needs its folder as a resource root; changing the roots
      // reloads the webview, which then says `ready` and gets everything.
      this.ready = false;
      this.panel.webview.options = { enableScripts: true, localResourceRoots: this.resourceRoots(uri) };
    }
    this.updateTitle();
    void this.update();
  }

  private resourceRoots(uri: vscode.Uri): vscode.Uri[] {
    const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
    roots.push(vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'));
    if (!vscode.workspace.getWorkspaceFolder(uri)) roots.push(vscode.Uri.joinPath(uri, '..'));
    return roots;
  }

  private updateTitle(): void {
    if (!this.panel || !this.uri) return;
    const name = this.uri.path.replace(/.*\//, '');
    this.panel.title = this.locked ? vscode.l10n.t('[Locked] Preview {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  private resetRenderers(): void {
    this.renderers.clear();
    this.needsReset = true;
    void this.update();
  }

  private rendererFor(uri: vscode.Uri): NoteRenderer {
    const key = uri.toString();
    let renderer = this.renderers.get(key);
    if (!renderer) {
      const folder = vscode.Uri.joinPath(uri, '..');
      renderer = createNoteRenderer({
        macros: mathMacros(uri),
        parseOptions: this.notes.parseOptions(),
        resolveResource: (href) => this.resolveResource(folder, href),
      });
      this.renderers.set(key, renderer);
    }
    return renderer;
  }

  /** Relative images and files → webview URIs; notes (.md) stay as written so a click opens them. */
  private resolveResource(folder: vscode.Uri, href: string): string | undefined {
    const webview = this.panel?.webview;
    if (!webview || /^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(href)) return undefined;
    const path = href.replace(/[?#].*$/, '');
    if (!path || /\.(md|markdown)$/i.test(path)) return undefined;
    const target = resolveRelative(folder, path);
    const url = webview.asWebviewUri(target).toString();
    this.resources.set(url, target);
    return url;
  }

  /** Renders the shown note and sends the webview what it lacks; also refreshes diagnostics. */
  private async update(): Promise<void> {
    const uri = this.uri;
    if (!uri) return;
    let doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc) {
      try {
        doc = await vscode.workspace.openTextDocument(uri);
      } catch {
        return;
      }
      if (uri.toString() !== this.uri?.toString()) return;
    }
    const token = ++this.renderToken;
    let result: RenderResult | undefined;
    let job: RenderJob | undefined;
    try {
      // The model the Topics view already parsed for this version (a long note in slices): the renderer need not parse again.
      const model = await this.notes.parsed(doc);
      if (token !== this.renderToken || uri.toString() !== this.uri?.toString()) return;
      job = this.rendererFor(uri).begin(doc.getText(), model);
      result = await renderInSlices(job, {
        first: this.visibleLines(),
        // A long note: show the visible part now, the rest as it is rendered.
        afterFirstSlice: (j) => {
          this.send(uri, j.partial(), true);
          this.partialJob = j;
        },
        // A closed preview stops rendering too (a long note's render would otherwise run on for nothing).
        isCurrent: () => token === this.renderToken && uri.toString() === this.uri?.toString() && this.panel !== undefined,
      });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Research Notes: {0}', error instanceof Error ? error.message : String(error)));
      return;
    }
    if (!result) return;
    this.diagnostics.set(uri, result.errors);
    if (job !== undefined && this.partialJob === job && this.fillPlaceholders(uri, result.blocks)) return;
    this.send(uri, result.blocks, false);
  }

  /**
   * The rest of a long note after its partial update: the webview holds every block, those not
   * rendered then as placeholders, so only their html goes, in `fill` messages, instead of the
   * whole list of blocks again (88,000 for a 10 MB note: a second of the extension host). False
   * when the webview's blocks are no longer those of the partial update (then a full update).
   */
  private fillPlaceholders(uri: vscode.Uri, rendered: readonly RenderedBlock[]): boolean {
    this.partialJob = undefined;
    if (!this.panel || !this.ready || this.needsReset || uri.toString() !== this.uri?.toString()) return false;
    const fills: FillBlock[] = [];
    for (const b of rendered) {
      if (this.sent.has(b.id)) continue;
      const pending = PENDING_PREFIX + b.id;
      if (!this.sent.has(pending)) return false;
      fills.push({ id: b.id, pending, html: b.html });
    }
    // Fills of the partial update not posted yet are among these: they go once, from here.
    clearTimeout(this.fillTimer);
    this.streamFills(uri, fills, { uri: uri.toString(), reset: false, blocks: rendered.length, htmlSent: 0, pending: fills.length }, false);
    return true;
  }

  /**
   * Sends the webview the blocks (html only for those it lacks). Html beyond the message budget
   * goes as placeholders, and the blocks follow in `fill` messages (see MESSAGE_HTML_BUDGET).
   */
  private send(uri: vscode.Uri, rendered: readonly RenderedBlock[], partial: boolean): void {
    this.partialJob = undefined;
    if (!this.panel || !this.ready) return;
    // Fills of an earlier update are superseded: this update lists what the webview keeps.
    clearTimeout(this.fillTimer);
    this.fills = [];
    const reset = this.needsReset;
    if (reset) this.sent.clear();
    // The message's html budget goes first to the blocks in view (where the editor is, or where
    // the webview will scroll to), then to the rest from the top; what does not fit follows.
    const view = this.visibleLines();
    const inView = (b: RenderedBlock): boolean => b.endLine >= view.startLine && b.startLine <= view.endLine;
    // Not sent before, and not a placeholder the webview draws itself (see PackedBlocks); asked
    // once per block (a long note has tens of thousands).
    const needsHtml = new Uint8Array(rendered.length);
    for (let i = 0; i < rendered.length; i++) needsHtml[i] = !isPlaceholder(rendered[i]) && !this.sent.has(rendered[i].id) ? 1 : 0;
    let budget = MESSAGE_HTML_BUDGET;
    const withHtml = new Uint8Array(rendered.length);
    for (const pass of [true, false]) {
      for (let i = 0; i < rendered.length && budget > 0; i++) {
        const b = rendered[i];
        if (needsHtml[i] === 0 || inView(b) !== pass) continue;
        if (b.html.length <= budget) {
          budget -= b.html.length;
          withHtml[i] = 1;
        } else {
          budget = 0;
        }
      }
    }
    const fills: FillBlock[] = [];
    const blocks: BlockUpdate[] = rendered.map((b, i): BlockUpdate => {
      if (needsHtml[i] === 0) return { id: b.id, startLine: b.startLine, endLine: b.endLine };
      if (withHtml[i] === 1) return { id: b.id, startLine: b.startLine, endLine: b.endLine, html: b.html };
      const pending = PENDING_PREFIX + b.id;
      fills.push({ id: b.id, pending, html: b.html });
      return { id: pending, startLine: b.startLine, endLine: b.endLine };
    });
    const htmlSent = blocks.filter((b) => b.html !== undefined).length;
    // The webview drops every block that is not in this update: mirror that here.
    this.sent = new Set(blocks.map((b) => b.id));
    this.needsReset = false;
    const line = reset ? this.restoreLine : undefined;
    this.restoreLine = undefined;
    this.post({ type: 'update', uri: uri.toString(), blocks: packBlocks(blocks), reset, labels: labels(), line });
    const deferred = new Set(fills.map((f) => f.id));
    const done = rendered.filter((b) => !isPlaceholder(b) && !deferred.has(b.id));
    const info = {
      uri: uri.toString(), reset, blocks: blocks.length, htmlSent,
      pending: rendered.length - done.length, renderedLines: partial ? done.map((b) => [b.startLine, b.endLine] as const) : undefined,
    };
    this.updateEmitter.fire({ ...info, partial: partial || fills.length > 0 });
    if (fills.length > 0) this.streamFills(uri, fills, info, partial);
  }

  /**
   * Posts `fills` in messages of up to MESSAGE_HTML_BUDGET characters with a pause between two;
   * once all are out, reports the update (`info`) as complete, unless `partial`.
   */
  private streamFills(uri: vscode.Uri, fills: FillBlock[], info: Omit<PreviewUpdateInfo, 'partial'>, partial: boolean): void {
    this.fills = fills;
    let filled = 0;
    const pump = (): void => {
      if (!this.panel || !this.ready || this.fills !== fills) return;
      const batch: FillBlock[] = [];
      let size = 0;
      while (filled < fills.length && (batch.length === 0 || size + fills[filled].html.length <= MESSAGE_HTML_BUDGET)) {
        const f = fills[filled++];
        size += f.html.length;
        batch.push(f);
        this.sent.delete(f.pending);
        this.sent.add(f.id);
      }
      this.post({ type: 'fill', uri: uri.toString(), blocks: batch });
      if (filled < fills.length) {
        // A pause between fills: posting is the extension host's work, and other requests (a
        // hover, typing) must get their turn while a long note's html streams to the webview.
        this.fillTimer = setTimeout(pump, FILL_PAUSE_MS);
        return;
      }
      this.fills = [];
      // Every block has reached the webview.
      this.updateEmitter.fire({ ...info, reset: false, htmlSent: fills.length, partial, pending: partial ? info.pending - fills.length : 0 });
    };
    if (fills.length === 0) {
      this.fills = [];
      this.updateEmitter.fire({ ...info, reset: false, htmlSent: 0, partial, pending: partial ? info.pending : 0 });
      return;
    }
    this.fillTimer = setTimeout(pump, 0);
  }

  /** The source lines to render first: what the note's editor shows (or where the preview will scroll to). */
  private visibleLines(): { startLine: number; endLine: number } {
    const range = this.editorsOfNote()[0]?.visibleRanges[0];
    const top = this.restoreLine ?? range?.start.line ?? 0;
    const height = range ? range.end.line - range.start.line : 60;
    return { startLine: Math.max(0, top - 10), endLine: top + Math.max(height, 60) };
  }

  private post(message: HostToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private editorsOfNote(): vscode.TextEditor[] {
    const key = this.uri?.toString();
    return vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key);
  }

  private editorTopLine(): number | undefined {
    return this.editorsOfNote()[0]?.visibleRanges[0]?.start.line;
  }

  private async onMessage(message: WebviewToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
      case 'resync':
        this.ready = true;
        this.needsReset = true;
        await this.update();
        return;
      case 'scroll': {
        // Sent while the webview still showed the note before: that note's place, not this one's.
        if (message.uri !== this.uri?.toString()) return;
        const range = new vscode.Range(message.line, 0, message.line, 0);
        for (const editor of this.editorsOfNote()) {
          this.ignoreEditorScrollUntil = Date.now() + SYNC_GUARD_MS;
          editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
        }
        return;
      }
      case 'reveal':
        if (message.uri !== this.uri?.toString()) return;
        await this.revealLine(message.line);
        return;
      case 'openLink':
        await this.openLink(message.href);
        return;
    }
  }

  /** Double-click in the preview: put the cursor on that line and focus the editor. */
  private async revealLine(line: number): Promise<void> {
    if (!this.uri) return;
    const visible = this.editorsOfNote()[0];
    const editor = await vscode.window.showTextDocument(visible?.document ?? this.uri, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
      preview: false,
    });
    const target = Math.min(line, editor.document.lineCount - 1);
    const position = new vscode.Position(target, 0);
    this.ignoreEditorScrollUntil = Date.now() + SYNC_GUARD_MS;
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async openLink(href: string): Promise<void> {
    const resource = this.resources.get(href);
    if (resource) {
      await vscode.commands.executeCommand('vscode.open', resource);
      return;
    }
    if (/^(https?|mailto):/i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href, true));
      return;
    }
    // Any other scheme (javascript:, command:, file:…) is never followed from a note.
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || !this.uri) return;
    const path = href.replace(/[?#].*$/, '');
    if (!path) return;
    const root = vscode.workspace.getWorkspaceFolder(this.uri)?.uri;
    const target = path.startsWith('/') && root ? resolveRelative(root, path.slice(1)) : resolveRelative(vscode.Uri.joinPath(this.uri, '..'), path);
    if (/\.(md|markdown)$/i.test(path)) {
      const column = this.editorsOfNote()[0]?.viewColumn ?? vscode.ViewColumn.One;
      await vscode.window.showTextDocument(target, { viewColumn: column, preview: false });
    } else {
      await vscode.commands.executeCommand('vscode.open', target);
    }
  }

  dispose(): void {
    clearTimeout(this.typingTimer);
    clearTimeout(this.fillTimer);
    this.panel?.dispose();
    for (const d of this.panelDisposables) d.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}

function resolveRelative(folder: vscode.Uri, path: string): vscode.Uri {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not percent-encoded: use as written.
  }
  return vscode.Uri.joinPath(folder, decoded);
}

function sameRoots(a: vscode.Uri[], b: vscode.Uri[]): boolean {
  return a.length === b.length && a.every((u, i) => u.toString() === b[i].toString());
}

function labels(): PreviewLabels {
  return { question: vscode.l10n.t('Q'), definition: vscode.l10n.t('Term'), topic: vscode.l10n.t('Topic') };
}
