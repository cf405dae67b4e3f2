import * as vscode from 'vscode';
import { isBinary } from '../../core/notes/bytes';
import type { NoteModel } from '../../core/notes';
import type { NoteModels } from '../notes/noteModels';
import { nextTurn, pastDeadline, turnFromNow } from '../turns';

export interface WorkspaceNote {
  readonly uri: vscode.Uri;
  readonly model: NoteModel;
}

const NOTE_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test-web,.vscode-test,out,dist}/**';

/**
 * Every note in the workspace, found with `findFiles` and read through `workspace.fs` so it
 * works in VS Code for the Web. Parsed models are cached by modification time; a file
 * watcher drops changed entries.
 */
export class WorkspaceNotes implements vscode.Disposable {
  private readonly cache = new Map<string, { mtime: number; model: NoteModel }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly decoder = new TextDecoder('utf-8');
  readonly onDidChange = this.emitter.event;

  constructor(private readonly models: NoteModels) {
    this.watcher = vscode.workspace.createFileSystemWatcher(NOTE_GLOB);
    const drop = (uri: vscode.Uri): void => {
      this.cache.delete(uri.toString());
      this.emitter.fire();
    };
    this.watcher.onDidChange(drop);
    this.watcher.onDidCreate(drop);
    this.watcher.onDidDelete(drop);
  }

  /** Lists and parses every note, sorted by path; notes open in an editor use the editor's text. */
  async list(token?: vscode.CancellationToken): Promise<WorkspaceNote[]> {
    const uris = await vscode.workspace.findFiles(NOTE_GLOB, EXCLUDE_GLOB);
    uris.sort((a, b) => a.path.localeCompare(b.path));
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const notes: WorkspaceNote[] = [];
    // Short notes are parsed at once, several in one turn of the shared scheduler; long ones in turns of their own.
    let deadline = turnFromNow();
    for (const uri of uris) {
      if (token?.isCancellationRequested) break;
      const doc = open.get(uri.toString());
      if (doc) {
        notes.push({ uri, model: await this.models.parsed(doc) });
        continue;
      }
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        const key = uri.toString();
        let entry = this.cache.get(key);
        if (!entry || entry.mtime !== stat.mtime) {
          const bytes = await vscode.workspace.fs.readFile(uri);
          // A binary file with a .md name is no note (the user is told when it is opened).
          if (isBinary(bytes)) continue;
          const text = this.decoder.decode(bytes);
          entry = { mtime: stat.mtime, model: await this.models.parseTextInSlices(text) };
          this.cache.set(key, entry);
        }
        notes.push({ uri, model: entry.model });
      } catch {
        // A note deleted or unreadable between findFiles and now is simply not listed.
      }
      if (pastDeadline(deadline)) deadline = await nextTurn();
    }
    return notes;
  }

  /** Forgets parsed models, e.g. after the question patterns changed. */
  clear(): void {
    this.cache.clear();
  }

  dispose(): void {
    this.watcher.dispose();
    this.emitter.dispose();
  }
}
