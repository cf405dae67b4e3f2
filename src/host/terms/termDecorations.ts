/**
 * `researchNotes.terms.underline`: a dotted underline under every known term in the visible
 * part of visible Markdown editors. Off by default. Updates are debounced and look only at the
 * visible ranges (plus a few lines around them, and the first characters of a very long line),
 * so a long note costs no more than a screen; that screen is searched in turns (src/host/turns.ts).
 */
import * as vscode from 'vscode';
import type { TermMatch } from '../../core/glossary/termIndex';
import type { WorkspaceIndex } from '../../core/workspace/workspaceIndex';
import { setting } from '../settings';
import { nextTurn, pastDeadline, turnFromNow } from '../turns';

const SETTING = 'researchNotes.terms';
const DELAY_MS = 150;
/** Lines decorated beyond each visible range, so a small scroll shows underlines at once. */
const MARGIN_LINES = 20;
/**
 * Characters of a line searched for terms: VS Code draws no more of a line by default
 * (`editor.stopRenderingLineAfter`), and a note that is one 10 MB line would cost seconds.
 */
const MAX_LINE_CHARS = 10_000;

export class TermDecorations implements vscode.Disposable {
  private readonly type = vscode.window.createTextEditorDecorationType({
    textDecoration: 'underline dotted',
  });
  private readonly applied = new Map<vscode.TextEditor, vscode.Range[]>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private enabled = false;
  /** Counts refreshes: a refresh still searching when a newer one starts gives up. */
  private generation = 0;

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

  /** Decorates every visible Markdown editor now (or clears them when the setting is off), in turns. */
  refresh(): void {
    clearTimeout(this.timer);
    void this.decorate(++this.generation);
  }

  private async decorate(generation: number): Promise<void> {
    for (const editor of [...this.applied.keys()]) {
      if (!vscode.window.visibleTextEditors.includes(editor)) this.applied.delete(editor);
    }
    let deadline = turnFromNow();
    /** Waits for the next turn; false when this refresh is moot (a newer one started, or disposed). */
    const next = async (): Promise<boolean> => {
      deadline = await nextTurn();
      return generation === this.generation;
    };
    for (const editor of vscode.window.visibleTextEditors) {
      let ranges: vscode.Range[] = [];
      if (this.enabled && editor.document.languageId === 'markdown') {
        const found = await this.rangesFor(editor, () => pastDeadline(deadline), next);
        if (!found) return;
        ranges = found;
      }
      if (!vscode.window.visibleTextEditors.includes(editor)) continue;
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

  /**
   * The terms in the visible part of `editor`, searched until `over()`, then on after `next()`;
   * undefined when `next()` says to give up or the note changed meanwhile (its change
   * schedules a refresh of its own).
   */
  private async rangesFor(editor: vscode.TextEditor, over: () => boolean, next: () => Promise<boolean>): Promise<vscode.Range[] | undefined> {
    const doc = editor.document;
    const version = doc.version;
    const lines = new Set<number>();
    const out: vscode.Range[] = [];
    for (const visible of editor.visibleRanges) {
      const from = Math.max(0, visible.start.line - MARGIN_LINES);
      const to = Math.min(doc.lineCount - 1, visible.end.line + MARGIN_LINES);
      for (let line = from; line <= to; line++) {
        if (lines.has(line)) continue;
        lines.add(line);
        const full = doc.lineAt(line).text;
        const text = full.length > MAX_LINE_CHARS ? full.slice(0, MAX_LINE_CHARS) : full;
        const add = (m: TermMatch): void => void out.push(new vscode.Range(line, m.start, line, m.end));
        for (let at = this.index.terms.scan(text, 0, add, over); ; at = this.index.terms.scan(text, at, add, over)) {
          if (at === -1 && !over()) break;
          if (!(await next()) || doc.version !== version) return undefined;
          if (at === -1) break;
        }
      }
    }
    return out;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
    for (const d of this.disposables) d.dispose();
    this.type.dispose();
    this.applied.clear();
  }
}
