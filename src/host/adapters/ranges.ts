import * as vscode from 'vscode';
import type { Range } from '../../core/notes';

/** Converts a core range (0-based, UTF-16, like VS Code) into a vscode.Range. */
export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
