import * as vscode from 'vscode';
import { beginParse, parseNote, type NoteModel, type ParseOptions } from '../../core/notes';
import type { NoteSettings } from '../config';
import { nextTurn, pastDeadline, type TurnPriority } from '../turns';

/**
 * Notes longer than this (UTF-16 code units, about 1–3 MB) are "large": like VS Code's
 * large-file mode, features that would have to go through the whole note again and again
 * (quiz cards and their CodeLens, formula checks of notes not in the preview) are off for
 * them, and the user is told once per note. The Topics view and the preview keep working.
 */
export const LARGE_NOTE_CHARS = 1_000_000;
/** A file over this many bytes holds a large note whatever it decodes to (UTF-8 takes at most three bytes per character). */
export const LARGE_NOTE_BYTES = 3 * LARGE_NOTE_CHARS;
/** Up to this length a note is parsed at once (a few milliseconds); longer ones in slices. */
export const SYNC_PARSE_CHARS = 200_000;

interface Entry {
  version: number;
  /** How many of the first lines were measured, and their characters (line endings included). */
  measuredLines: number;
  measuredChars: number;
  model?: NoteModel;
  pending?: Promise<NoteModel>;
}

/** The fewest lines measured at once (see longerThan). */
const MEASURE_LINES = 1024;

/** Parses each open note once per document version; every feature asks here instead of parsing again. */
export class NoteModels {
  private readonly cache = new Map<string, Entry>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when every model is stale because a parsing setting changed. */
  readonly onDidReset = this.emitter.event;
  /** Large notes the user was told about (once per note and session). */
  private readonly toldLarge = new Set<string>();

  constructor(private readonly settings: NoteSettings) {
    settings.onDidChange(() => {
      this.cache.clear();
      this.emitter.fire();
    });
  }

  private entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let hit = this.cache.get(key);
    if (!hit || hit.version !== document.version) {
      hit = { version: document.version, measuredLines: 0, measuredChars: 0 };
      this.cache.set(key, hit);
    }
    return hit;
  }

  /**
   * Whether `document` holds more than `chars` characters. Only its start is measured, in runs
   * of lines that double, and what was measured is kept for the version: never much more than
   * `chars` characters. (The whole length through `offsetAt` had VS Code sum every line's
   * length: tens of milliseconds at once for a 10 MB note, on open and after every edit.)
   */
  private longerThan(document: vscode.TextDocument, hit: Entry, chars: number): boolean {
    const lines = document.lineCount;
    while (hit.measuredChars <= chars && hit.measuredLines < lines) {
      const from = hit.measuredLines;
      const to = Math.min(lines, Math.max(MEASURE_LINES, from * 2));
      const end = to < lines ? new vscode.Position(to, 0) : document.lineAt(lines - 1).range.end;
      hit.measuredChars += document.getText(new vscode.Range(new vscode.Position(from, 0), end)).length;
      hit.measuredLines = to;
    }
    return hit.measuredChars > chars;
  }

  /** The model of this version, parsed now if need be (at once, even for a large note). */
  get(document: vscode.TextDocument): NoteModel {
    const hit = this.entry(document);
    hit.model ??= parseNote(document.getText(), this.settings.parseOptions());
    return hit.model;
  }

  /** The model when it is ready or cheap to make now; otherwise undefined (use `parsed`). */
  peek(document: vscode.TextDocument): NoteModel | undefined {
    const hit = this.entry(document);
    if (!hit.model && !this.longerThan(document, hit, SYNC_PARSE_CHARS)) return this.get(document);
    return hit.model;
  }

  /** The model of this version, a long note parsed in slices with the event loop free in between. */
  parsed(document: vscode.TextDocument): Promise<NoteModel> {
    const hit = this.entry(document);
    if (hit.model) return Promise.resolve(hit.model);
    if (!this.longerThan(document, hit, SYNC_PARSE_CHARS)) return Promise.resolve(this.get(document));
    hit.pending ??= (async () => {
      // An open note: the Topics view and the preview wait for it.
      const model = await this.parseTextInSlices(document.getText(), 'view');
      // Kept only if the document did not change meanwhile (a newer version has its own entry).
      if (this.cache.get(document.uri.toString()) === hit) hit.model = model;
      return model;
    })();
    return hit.pending;
  }

  /** Whether `document` is a large note (see LARGE_NOTE_CHARS); tells the user once per note. */
  isLarge(document: vscode.TextDocument): boolean {
    if (!this.longerThan(document, this.entry(document), LARGE_NOTE_CHARS)) return false;
    const key = document.uri.toString();
    if (!this.toldLarge.has(key)) {
      this.toldLarge.add(key);
      // The whole length, once per note and session.
      const length = document.getText().length;
      const name = document.uri.path.replace(/.*\//, '');
      void vscode.window.showWarningMessage(vscode.l10n.t(
        'Research Notes: {0} is a large note ({1} million characters). To keep the editor responsive, quiz cards, their CodeLens and formula checks outside the preview are off for it; the Topics view and the preview still work.',
        name, (length / 1_000_000).toFixed(1)));
    }
    return true;
  }

  /** Parses text that is not open in an editor (workspace notes read from disk). */
  parseText(text: string): NoteModel {
    return parseNote(text, this.settings.parseOptions());
  }

  /**
   * As parseText, a long text in turns of the shared scheduler (src/host/turns.ts), the lines
   * and then the model's finishing work, with the event loop free in between.
   */
  async parseTextInSlices(text: string, priority: TurnPriority = 'background'): Promise<NoteModel> {
    if (text.length <= SYNC_PARSE_CHARS) return this.parseText(text);
    const job = beginParse(text, this.settings.parseOptions());
    for (;;) {
      const deadline = await nextTurn(priority);
      if (job.step(() => pastDeadline(deadline))) return job.result();
    }
  }

  /** The current parse options, for features that parse through another path (the preview's renderer). */
  parseOptions(): ParseOptions {
    return this.settings.parseOptions();
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }
}
