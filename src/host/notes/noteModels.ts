import * as vscode from 'vscode';
import { parseNote, type NoteModel, type ParseOptions } from '../../core/notes';
import type { NoteSettings } from '../config';

/** Parses each open note once per document version; every feature asks here instead of parsing again. */
export class NoteModels {
  private readonly cache = new Map<string, { version: number; model: NoteModel }>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when every model is stale because a parsing setting changed. */
  readonly onDidReset = this.emitter.event;

  constructor(private readonly settings: NoteSettings) {
    settings.onDidChange(() => {
      this.cache.clear();
      this.emitter.fire();
    });
  }

  get(document: vscode.TextDocument): NoteModel {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.model;
    const model = parseNote(document.getText(), this.settings.parseOptions());
    this.cache.set(key, { version: document.version, model });
    return model;
  }

  /** Parses text that is not open in an editor (workspace notes read from disk). */
  parseText(text: string): NoteModel {
    return parseNote(text, this.settings.parseOptions());
  }

  /** The current parse options, for features that parse through another path (the preview's renderer). */
  parseOptions(): ParseOptions {
    return this.settings.parseOptions();
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }
}
