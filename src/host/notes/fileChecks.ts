import * as vscode from 'vscode';
import { classifyBytes, looksBinaryText } from '../../core/notes/bytes';
import { nextTurn, pastDeadline, turnFromNow } from '../turns';

/** Lines of a note read at once when looking for signs of a wrong decoding (about 40,000 characters). */
const CHECK_LINES = 1000;

/**
 * Tells the user, once per file, when a Markdown note is not what the features can read: a
 * binary file with a `.md` name (left out of the Topics view's workspace list and the quiz), or
 * a note in another encoding than UTF-8 (its characters show wrongly until it is reopened with
 * the right one). Everything else keeps working.
 */
export class FileChecks implements vscode.Disposable {
  /** Every message shown so far (for tests). */
  readonly warnings: string[] = [];
  private readonly told = new Set<string>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(vscode.workspace.onDidOpenTextDocument((doc) => void this.check(doc)));
    for (const doc of vscode.workspace.textDocuments) void this.check(doc);
  }

  /** Checks an open note: only one whose text shows signs of a wrong decoding is read again as bytes. */
  async check(doc: vscode.TextDocument): Promise<void> {
    if (doc.languageId !== 'markdown' || doc.uri.scheme === 'untitled') return;
    const key = doc.uri.toString();
    if (this.told.has(key)) return;
    if (!(await this.looksMisread(doc))) return;
    let kind;
    try {
      kind = classifyBytes(await vscode.workspace.fs.readFile(doc.uri));
    } catch {
      return;
    }
    this.report(doc.uri, kind);
  }

  /**
   * Whether the note's text shows signs of a wrong decoding: a replacement character anywhere,
   * or a NUL near the start. Read in runs of lines, in turns of the shared scheduler: the whole
   * text of a 10 MB note at once (VS Code joins its lines) held the host on open.
   */
  private async looksMisread(doc: vscode.TextDocument): Promise<boolean> {
    const lines = doc.lineCount;
    const upTo = (line: number): vscode.Position => (line < lines ? new vscode.Position(line, 0) : doc.lineAt(lines - 1).range.end);
    // A note opens with every feature at work in the same task: a long one is read in turns of its own.
    let deadline = lines > CHECK_LINES ? await nextTurn() : turnFromNow();
    // 8,000 lines hold at least 8,000 characters (their line breaks), all that is searched for a NUL.
    if (looksBinaryText(doc.getText(new vscode.Range(new vscode.Position(0, 0), upTo(8000))))) return true;
    for (let from = 0; from < lines; from += CHECK_LINES) {
      if (doc.getText(new vscode.Range(new vscode.Position(from, 0), upTo(from + CHECK_LINES))).includes('\ufffd')) return true;
      if (pastDeadline(deadline)) deadline = await nextTurn();
    }
    return false;
  }

  /** Reports `uri` once if `kind` is not UTF-8 text. */
  report(uri: vscode.Uri, kind: 'utf8' | 'not-utf8' | 'binary'): void {
    if (kind === 'utf8' || this.told.has(uri.toString())) return;
    this.told.add(uri.toString());
    const name = vscode.workspace.asRelativePath(uri, false);
    if (kind === 'binary') {
      const message = vscode.l10n.t('Research Notes: {0} is a binary file, not a note; it is left out of the Topics view and the quiz.', name);
      this.warnings.push(message);
      void vscode.window.showWarningMessage(message);
      return;
    }
    const message = vscode.l10n.t('Research Notes: {0} is not UTF-8 (perhaps GBK), so some characters show wrongly. Reopen it with its encoding, or save it as UTF-8.', name);
    this.warnings.push(message);
    const reopen = vscode.l10n.t('Reopen with Encoding');
    void vscode.window.showWarningMessage(message, reopen).then((choice) => {
      if (choice === reopen) void vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
    });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
