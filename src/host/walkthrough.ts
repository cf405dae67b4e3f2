/**
 * Commands behind the Getting Started walkthrough: a sample note to try every feature on, and
 * a hover shown on demand (the walkthrough's "hover a term" step).
 */
import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/workspace/workspaceIndex';

const SAMPLE_NAME = 'research-notes-sample.md';

/** Creates the sample note in the first workspace folder (or opens it when it exists), else an untitled note. */
async function openSampleNote(extensionUri: vscode.Uri): Promise<vscode.TextEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'sample-note.md'));
  const text = new TextDecoder('utf-8').decode(bytes);
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const target = vscode.Uri.joinPath(folder.uri, SAMPLE_NAME);
    try {
      await vscode.workspace.fs.stat(target);
    } catch {
      try {
        await vscode.workspace.fs.writeFile(target, bytes);
      } catch {
        // A read-only or virtual folder: fall through to an untitled note.
        return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: text }));
      }
    }
    return vscode.window.showTextDocument(target, { preview: false });
  }
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: text }));
}

/** Puts the cursor on the first known term of the active note (SSD in the sample) and shows its hover. */
async function showTermHover(index: WorkspaceIndex): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note first.'));
    return;
  }
  const text = editor.document.getText();
  const preferred = text.indexOf('SSD');
  const match = preferred >= 0 ? index.terms.lookup(text, preferred) : index.terms.findAll(text)[0];
  if (!match) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No known term in this note yet: define one with Define Term from Selection.'));
    return;
  }
  const position = editor.document.positionAt(match.start + 1);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  await vscode.commands.executeCommand('editor.action.showHover');
}

export function registerWalkthrough(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('researchNotes.openSampleNote', () => openSampleNote(context.extensionUri)),
    vscode.commands.registerCommand('researchNotes.showTermHover', () => showTermHover(index)),
  );
}
