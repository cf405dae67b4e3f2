import * as vscode from 'vscode';
import { mathMacros } from '../config';
import { isWebviewToHost, packBlocks, PREVIEW_VIEW_TYPE, type HostToWebview, type PreviewLabels, type PreviewState, type WebviewToHost } from '../../protocol/preview';
import type { NoteModels } from '../notes/noteModels';
import { createNoteRenderer, type BlockView, type NoteRenderer, type RenderJob, type RenderResult } from '../../core/markdown';
import { nextTurn } from '../turns';
import { BlockSync, type ListChange } from './blockSync';
import { MathDiagnostics } from './mathDiagnostics';
import { makeNonce, previewHtml } from './previewHtml';
import { renderInSlices } from './slicedRender';

/** Milliseconds after the last keystroke before the preview re-renders (the issue asks for ≤ 50). */
const TYPING_DELAY = 30;
/** How long scroll events caused by the other side's sync are ignored, so the two don't ping-pong. */
const SYNC_GUARD_MS = 300;

/** What one update sent, for tests and diagnostics of the incremental path. */
export interface PreviewUpdateInfo {
  readonly uri: string;
  readonly reset: boolean;
  /** Blocks of the note. */
  readonly blocks: number;
  /** Blocks whose html this message sent (the webview did not have them). */
  readonly htmlSent: number;
  /** The webview lacks some blocks still: gaps (placeholders) stand for them until later messages. */
  readonly partial: boolean;
  /** Blocks standing as gaps after this message (0 once the webview has the whole note). */
  readonly pending: number;
  /** While partial, the runs of source lines (first, last) the webview has. */
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
  /** The webview's list of blocks, mirrored: html is sent only for blocks it lacks. */
  private readonly sync = new BlockSync();
  /** The blocks the webview is being brought to (a render job's), and the note they are of. */
  private target: { readonly uri: string; readonly view: BlockView } | undefined;
  /** Counts deliveries of gaps; one in progress stops when a newer one starts. */
  private deliveryToken = 0;
  private needsReset = true;
  private restoreLine: number | undefined;
  private readonly renderers = new Map<string, NoteRenderer>();
  /** Webview URIs handed to the renderer → the files they stand for (to open clicked links). */
  private readonly resources = new Map<string, vscode.Uri>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts renders; a render in progress stops when a newer one starts. */
  private renderToken = 0;
  private ignoreEditorScrollUntil = 0;
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

  /**
   * The note's renderer, created on first use: in turns of its own (reading the math settings,
   * then setting up markdown-it with its plugins), which together took up to 70 ms in a cold
   * extension host.
   */
  private async rendererFor(uri: vscode.Uri): Promise<NoteRenderer> {
    const key = uri.toString();
    const existing = this.renderers.get(key);
    if (existing) return existing;
    await nextTurn('view');
    const macros = mathMacros(uri);
    const parseOptions = this.notes.parseOptions();
    await nextTurn('view');
    let renderer = this.renderers.get(key);
    if (!renderer) {
      const folder = vscode.Uri.joinPath(uri, '..');
      renderer = createNoteRenderer({ macros, parseOptions, resolveResource: (href) => this.resolveResource(folder, href) });
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
    const isCurrent = (): boolean => token === this.renderToken && uri.toString() === this.uri?.toString() && this.panel !== undefined;
    let result: RenderResult | undefined;
    let job: RenderJob | undefined;
    try {
      const renderer = await this.rendererFor(uri);
      if (token !== this.renderToken || uri.toString() !== this.uri?.toString()) return;
      // The model the Topics view already parsed for this version (a long note in slices): the renderer need not parse again.
      const model = await this.notes.parsed(doc);
      if (token !== this.renderToken || uri.toString() !== this.uri?.toString()) return;
      const started = renderer.begin(doc.getText(), model);
      job = started;
      result = await renderInSlices(started, {
        first: this.visibleLines(),
        // A long note: show the visible part now, the rest as it is rendered.
        afterFirstSlice: () => this.send(uri, started.blocks, isCurrent),
        // A closed preview stops rendering too (a long note's render would otherwise run on for nothing).
        isCurrent,
      });
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Research Notes: {0}', error instanceof Error ? error.message : String(error)));
      return;
    }
    if (!result || !job) return;
    this.diagnostics.set(uri, result.errors);
    // Already sent in part (the gaps follow from there), or not at all.
    if (this.target?.view !== job.blocks) this.send(uri, job.blocks, isCurrent);
  }

  /**
   * Brings the webview to `view` (a render job's blocks, rendered or not yet): one update with
   * what changed, the blocks in view first; then, while gaps remain, one message per turn that
   * fills a gap (see BlockSync).
   */
  private send(uri: vscode.Uri, view: BlockView, isCurrent: () => boolean): void {
    if (!this.panel || !this.ready) return;
    const reset = this.needsReset;
    if (reset) this.sync.clear();
    this.needsReset = false;
    this.target = { uri: uri.toString(), view };
    const change = this.sync.update(view, this.visibleLines());
    const line = reset ? this.restoreLine : undefined;
    this.restoreLine = undefined;
    if (change || reset) this.postChange(uri, view, change, reset, line);
    if (this.sync.pending > 0) void this.deliver(uri, view, isCurrent);
  }

  /** Fills the gaps of `view`, one message per turn, until none is left or another target replaced it. */
  private async deliver(uri: vscode.Uri, view: BlockView, isCurrent: () => boolean): Promise<void> {
    const token = ++this.deliveryToken;
    while (this.sync.pending > 0) {
      await nextTurn('view');
      if (token !== this.deliveryToken || !isCurrent() || !this.ready || this.target?.view !== view) return;
      const change = this.sync.fill(view, this.visibleLines());
      // Nothing to fill yet: the blocks of every gap are still being rendered.
      if (change) this.postChange(uri, view, change, false, undefined);
    }
  }

  private postChange(uri: vscode.Uri, view: BlockView, change: ListChange | undefined, reset: boolean, line: number | undefined): void {
    const empty: ListChange = { keepHead: this.sync.length, keepTail: 0, shift: 0, blocks: packBlocks([]), htmlSent: 0 };
    const c = change ?? empty;
    this.post({ type: 'update', uri: uri.toString(), reset, keepHead: c.keepHead, keepTail: c.keepTail, shift: c.shift, blocks: c.blocks, labels: labels(), line });
    const pending = this.sync.pending;
    this.updateEmitter.fire({
      uri: uri.toString(), reset, blocks: view.length, htmlSent: c.htmlSent, partial: pending > 0, pending,
      renderedLines: pending > 0 ? this.sync.deliveredLines(view) : undefined,
    });
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
    this.deliveryToken++;
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
