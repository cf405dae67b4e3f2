/**
 * `researchNotes.terms.underline`: a dotted underline under every known term in the visible
 * part of visible Markdown editors. Off by default. Updates are debounced and look only at the
 * visible ranges (plus a few lines around them), so a long note costs no more than a screen.
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../../core/workspace/workspaceIndex';
import { setting } from '../settings';

const SETTING = 'researchNotes.terms';
const DELAY_MS = 150;
/** Lines decorated beyond each visible range, so a small scroll shows underlines at once. */
const MARGIN_LINES = 20;

export class TermDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
  });
  private readonly applied = new Map<vscode.TextEditor, vscode.Range[]>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private enabled = false;

  constructor(private readonly index: WorkspaceIndex) {
    this.enabled = this.readSetting();
    const schedule = (): void => this.schedule();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`${SETTING}.underline`)) return;
        this.enabled = this.readSetting();
        this.refresh();
      }),
      vscode.window.onDidChangeVisibleTextEditors(schedule),
      vscode.window.onDidChangeTextEditorVisibleRanges(schedule),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) schedule();
      }),
    );
    if (this.enabled) this.schedule();
  }

  private readSetting(): boolean {
    return setting<boolean>('terms.underline');
  }

  /** The index changed, or an editor moved: decorate again after a short pause. */
  schedule(): void {
    if (!this.enabled && this.applied.size === 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), DELAY_MS);
  }

  /** Decorates every visible Markdown editor now (or clears them when the setting is off). */
  refresh(): void {
    clearTimeout(this.timer);
    for (const editor of [...this.applied.keys()]) {
      if (!vscode.window.visibleTextEditors.includes(editor)) this.applied.delete(editor);
    }
    for (const editor of vscode.window.visibleTextEditors) {
      const ranges = this.enabled && editor.document.languageId === 'markdown' ? this.rangesFor(editor) : [];
      if (ranges.length === 0 && !this.applied.has(editor)) continue;
      editor.setDecorations(this.type, ranges);
      if (ranges.length > 0) this.applied.set(editor, ranges);
      else this.applied.delete(editor);
    }
  }

  /** The ranges last decorated in `editor` (empty when none): the in-host tests read this. */
  decorated(editor: vscode.TextEditor): readonly vscode.Range[] {
    return this.applied.get(editor) ?? [];
  }

  private rangesFor(editor: vscode.TextEditor): vscode.Range[] {
    const doc = editor.document;
    const lines = new Set<number>();
    const out: vscode.Range[] = [];
    for (const visible of editor.visibleRanges) {
      const from = Math.max(0, visible.start.line - MARGIN_LINES);
      const to = Math.min(doc.lineCount - 1, visible.end.line + MARGIN_LINES);
      for (let line = from; line <= to; line++) {
        if (lines.has(line)) continue;
        lines.add(line);
        for (const m of this.index.terms.findAll(doc.lineAt(line).text)) out.push(new vscode.Range(line, m.start, line, m.end));
      }
    }
    return out;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.type.dispose();
    this.applied.clear();
  }
}
