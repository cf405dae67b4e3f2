import * as vscode from 'vscode';
import * as assert from './assert';

/** Polls `condition` until it holds, failing with `what` (and `detail()`) after `timeoutMs`. */
export async function until(
  condition: () => unknown,
  what: string,
  timeoutMs = 10000,
  detail?: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail ? ` (${detail()})` : ''}`);
}

/**
 * Appends `text` to the note and returns a function that removes it again. (Not the `undo`
 * command: undo may bring the edited note's editor back to the front later, racing the next test.)
 */
export async function append(editor: vscode.TextEditor, text: string): Promise<() => Promise<void>> {
  const start = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  assert.ok(await editor.edit((b) => b.insert(start, text)), 'the edit applies');
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  return async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.delete(editor.document.uri, new vscode.Range(start, end));
    assert.ok(await vscode.workspace.applyEdit(edit), 'the edit is removed');
  };
}
