import * as vscode from 'vscode';
import { setting } from './settings';
import { compileQuestionPatterns, DEFAULT_QUESTION_PATTERNS, type ParseOptions, type QuestionPattern } from '../core/notes';

let lastMacrosWarning = '';

/**
 * `researchNotes.math.macros` for `uri`: only entries whose value is a string are used; a value
 * of another type (or a setting that is no object) is ignored with one warning.
 */
export function mathMacros(uri: vscode.Uri | undefined): Record<string, string> {
  const raw = vscode.workspace.getConfiguration('researchNotes.math', uri).get<unknown>('macros', {});
  const macros: Record<string, string> = {};
  const bad: string[] = [];
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
      if (typeof value === 'string') macros[name] = value;
      else bad.push(name);
    }
  } else if (raw !== undefined && raw !== null) {
    bad.push(JSON.stringify(raw));
  }
  const warning = bad.join(', ');
  if (warning && warning !== lastMacrosWarning) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Research Notes: researchNotes.math.macros must map macro names to strings; {0} is ignored.', warning));
  }
  lastMacrosWarning = warning;
  return macros;
}

/** Reads the parse options from the `researchNotes.questions.*` settings, warning once about invalid patterns. */
export class NoteSettings implements vscode.Disposable {
  private options: ParseOptions | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly subscription: vscode.Disposable;
  private lastWarning = '';

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('researchNotes.questions')) {
        this.options = undefined;
        for (const l of this.listeners) l();
      }
    });
  }

  /** Called after a setting that changes parsing was edited. */
  onDidChange(listener: () => void): vscode.Disposable {
    this.listeners.add(listener);
    return new vscode.Disposable(() => this.listeners.delete(listener));
  }

  parseOptions(): ParseOptions {
    if (this.options) return this.options;
    const config = vscode.workspace.getConfiguration('researchNotes.questions');
    const raw = config.get<unknown>('patterns');
    const patterns: QuestionPattern[] = [];
    const problems: string[] = [];
    if (Array.isArray(raw)) {
      raw.forEach((p, i) => {
        if (p && typeof p === 'object' && typeof (p as QuestionPattern).regex === 'string') {
          patterns.push({ name: typeof (p as QuestionPattern).name === 'string' ? (p as QuestionPattern).name : `pattern ${i + 1}`, regex: (p as QuestionPattern).regex });
        } else {
          problems.push(vscode.l10n.t('Entry {0} of researchNotes.questions.patterns needs a "regex" string.', i + 1));
        }
      });
    } else if (raw !== undefined) {
      problems.push(vscode.l10n.t('researchNotes.questions.patterns must be a list; the built-in patterns are used.'));
    }
    const compiled = compileQuestionPatterns(Array.isArray(raw) ? patterns : DEFAULT_QUESTION_PATTERNS);
    for (const e of compiled.errors) problems.push(vscode.l10n.t('Question pattern "{0}" is not a valid regular expression: {1}', e.name, e.message));
    const warning = problems.join(' ');
    if (warning && warning !== this.lastWarning) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Research Notes: {0}', warning));
    }
    this.lastWarning = warning;
    this.options = { questionPatterns: compiled, questionHeadings: setting<boolean>('questions.headings') };
    return this.options;
  }

  dispose(): void {
    this.subscription.dispose();
    this.listeners.clear();
  }
}
