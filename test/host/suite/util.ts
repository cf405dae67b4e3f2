import * as vscode from 'vscode';
import * as assert from './assert';
import { evalInFrames } from '../lib/hostBridge';

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

export const EXTENSION_ID = 'research-notes.research-notes';
/** The frame a webview's content is written into (its parent is index.html?id=…). */
export const WEBVIEW_CONTENT = 'fake.html?id=';

/** The samples folder the runners open as the workspace. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the samples folder is open as the workspace');
  return folder.uri;
}

/** Closes every editor tab of `uri` (a note the test wrote and is about to delete). */
export async function closeTabs(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
  await vscode.window.tabGroups.close(tabs);
}

/**
 * Evaluates `expression` in the webview content frame that holds the element `#rootId` (the
 * preview's `rn-root`, the quiz panel's `rn-quiz`), or undefined while there is no such frame.
 */
export async function inWebview<T>(rootId: string, expression: string): Promise<T | undefined> {
  const results = await evalInFrames(WEBVIEW_CONTENT, `(() => { if (!document.getElementById('${rootId}')) return undefined; return (${expression}); })()`);
  const hit = results.find((r) => r.value !== undefined && r.value !== null);
  return hit?.value as T | undefined;
}
