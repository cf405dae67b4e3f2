// VS Code for the Web entry point (web worker): everything is shared with the web build.
import type * as vscode from 'vscode';
import { activateShared, type ResearchNotesApi } from './activate';

export function activate(context: vscode.ExtensionContext): ResearchNotesApi {
  return activateShared(context);
}

export function deactivate(): void {
  // Every registration is a Disposable in context.subscriptions.
}
