import * as vscode from 'vscode';
import { mathMacros } from '../config';
import { createNoteRenderer, type FormulaError, type NoteRenderer } from '../../core/markdown';
import { toVsRange } from '../adapters/ranges';
import type { NoteModels } from '../notes/noteModels';
import { renderInSlices } from './slicedRender';
import { nextTurn } from '../turns';

/** Milliseconds after the last keystroke before formulas of a note without preview are checked. */
const CHECK_DELAY = 300;

/**
 * Formula errors as diagnostics ('research-notes.math', source KaTeX). The note in the preview
 * reports through `set` from the preview's own render; every other note on screen is checked
 * here with a renderer of its own (kept per note, so a re-check renders only changed blocks).
 */
export class MathDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('research-notes.math');
  private readonly renderers = new Map<string, NoteRenderer>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per note, the latest check; an older check still running stops. */
  private readonly tokens = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly notes: NoteModels, private readonly isPreviewed: (uri: vscode.Uri) => boolean) {
    this.subscriptions.push(
      this.collection,
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const e of editors) this.check(e.document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.onScreen(e.document)) return;
        const key = e.document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => {
          this.timers.delete(key);
          this.check(e.document);
        }, CHECK_DELAY));
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // A closed note's problems no longer belong in the Problems panel.
        const key = doc.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.delete(key);
        this.renderers.delete(key);
        this.tokens.delete(key);
        this.collection.delete(doc.uri);
      }),
      notes.onDidReset(() => this.reset()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('researchNotes.math')) this.reset();
      }),
    );
    // Not during activation: the first check renders every formula of the notes on screen.
    const initial = setTimeout(() => {
      for (const e of vscode.window.visibleTextEditors) this.check(e.document);
    }, CHECK_DELAY);
    this.subscriptions.push(new vscode.Disposable(() => clearTimeout(initial)));
  }

  /** Errors of a render done elsewhere (the preview's). */
  set(uri: vscode.Uri, errors: readonly FormulaError[]): void {
    this.renderers.delete(uri.toString());
    this.tokens.delete(uri.toString());
    this.collection.set(uri, errors.map(toDiagnostic));
  }

  private onScreen(doc: vscode.TextDocument): boolean {
    return doc.languageId === 'markdown' && vscode.window.visibleTextEditors.some((e) => e.document === doc);
  }

  private check(doc: vscode.TextDocument): void {
    if (!this.onScreen(doc) || this.isPreviewed(doc.uri)) return;
    const key = doc.uri.toString();
    if (this.notes.isLarge(doc)) {
      // Large-note mode: only the preview's own render reports formula errors.
      this.renderers.delete(key);
      return;
    }
    const renderer = this.renderers.get(key);
    if (!renderer) {
      // Created in a turn of its own (markdown-it with its plugins took tens of milliseconds in a cold host), then checked.
      void nextTurn('background').then(() => {
        if (this.renderers.has(key) || doc.isClosed || !this.onScreen(doc)) return;
        this.renderers.set(key, createNoteRenderer({ macros: mathMacros(doc.uri), parseOptions: this.notes.parseOptions() }));
        this.check(doc);
      });
      return;
    }
    const version = doc.version;
    const token = (this.tokens.get(key) ?? 0) + 1;
    this.tokens.set(key, token);
    const job = renderer.begin(doc.getText(), this.notes.get(doc));
    // In slices: a long note's formulas must not hold up the extension host.
    renderInSlices(job, { isCurrent: () => this.tokens.get(key) === token && doc.version === version && !doc.isClosed })
      .then((result) => {
        if (result && this.renderers.has(key)) this.collection.set(doc.uri, result.errors.map(toDiagnostic));
      }, () => {
        // A renderer failure is reported by the preview; diagnostics simply stay as they were.
      });
  }

  private reset(): void {
    this.renderers.clear();
    // Not during activation: the first check renders every formula of the notes on screen.
    const initial = setTimeout(() => {
      for (const e of vscode.window.visibleTextEditors) this.check(e.document);
    }, CHECK_DELAY);
    this.subscriptions.push(new vscode.Disposable(() => clearTimeout(initial)));
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.subscriptions) d.dispose();
  }
}

function toDiagnostic(error: FormulaError): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(error.range), error.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'KaTeX';
  return diagnostic;
}
