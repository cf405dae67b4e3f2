/**
 * The quiz's host-side model: cards of open notes and of the whole workspace, their FSRS states
 * replayed from the review log (with slightly edited fronts linked to their history), the
 * daily limits and what is due. Everything the status bar, the CodeLens, the tree and the
 * panel show comes from here.
 */
import * as vscode from 'vscode';
import { isBinary } from '../../core/notes/bytes';
import { extractCards, type Card } from '../../core/quiz/cardExtractor';
import { LARGE_NOTE_BYTES, LARGE_NOTE_CHARS } from '../notes/noteModels';
import { linkHistory, relinkRecords } from '../../core/quiz/history';
import type { ReviewRecord } from '../../core/quiz/reviewLog';
import { forecast, Scheduler, todayCounts, type CardState } from '../../core/quiz/scheduler';
import type { NoteModels } from '../notes/noteModels';
import type { ReviewStore } from './reviewStore';
import { setting } from '../settings';
import { nextTurn, pastDeadline, turnFromNow } from '../turns';

const NOTE_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test-web,.vscode-test,out,dist,.research-notes}/**';

export interface QuizSettings {
  readonly desiredRetention: number;
  readonly newCardsPerDay: number;
  readonly reviewsPerDay: number;
  readonly reverseDefinitions: boolean;
  readonly learningSteps: readonly string[];
  readonly mockQuestions: number;
}

export function readSettings(): QuizSettings {
  return {
    desiredRetention: setting<number>('quiz.desiredRetention'),
    newCardsPerDay: setting<number>('quiz.newCardsPerDay'),
    reviewsPerDay: setting<number>('quiz.reviewsPerDay'),
    reverseDefinitions: setting<boolean>('quiz.reverseDefinitions'),
    learningSteps: setting<string[]>('quiz.learningSteps'),
    mockQuestions: setting<number>('quiz.mockInterview.questions'),
  };
}

/** A card with the note file it comes from. */
export interface NoteCard {
  readonly card: Card;
  readonly uri: vscode.Uri;
}

/** A card's schedule as the CodeLens and the tree show it. */
export type CardStatus = { readonly kind: 'new' } | { readonly kind: 'due'; readonly due: Date } | { readonly kind: 'later'; readonly due: Date };

export class QuizService implements vscode.Disposable {
  private readonly docCache = new Map<string, { version: number; reverse: boolean; cards: Card[] }>();
  private readonly fileCache = new Map<string, { mtime: number; reverse: boolean; cards: Card[] }>();
  private readonly historyCache = new Map<string, { records: ReviewRecord[]; states: Map<string, CardState> }>();
  private historyLog: unknown;
  private historySettings = '';
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly decoder = new TextDecoder('utf-8');
  /** Fires when due counts may have changed: the log changed, a note changed, a setting changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly notes: NoteModels, readonly store: ReviewStore) {
    this.watcher = vscode.workspace.createFileSystemWatcher(NOTE_GLOB);
    const drop = (uri: vscode.Uri): void => {
      this.fileCache.delete(uri.toString());
      this.emitter.fire();
    };
    this.subscriptions.push(
      this.emitter,
      this.watcher,
      this.watcher.onDidChange(drop),
      this.watcher.onDidCreate(drop),
      this.watcher.onDidDelete(drop),
      store.onDidChange(() => this.emitter.fire()),
      notes.onDidReset(() => {
        this.docCache.clear();
        this.fileCache.clear();
        this.emitter.fire();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('researchNotes.quiz')) this.emitter.fire();
      }),
    );
  }

  settings(): QuizSettings {
    return readSettings();
  }

  scheduler(settings = this.settings()): Scheduler {
    return new Scheduler({ retention: settings.desiredRetention, learningSteps: settings.learningSteps });
  }

  /** The note id used in card ids and the log: the workspace-relative path. */
  noteId(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }

  /** Cards of an open note (one extraction per document version). */
  cardsOf(doc: vscode.TextDocument): Card[] {
    const key = doc.uri.toString();
    const reverse = this.settings().reverseDefinitions;
    const hit = this.docCache.get(key);
    if (hit && hit.version === doc.version && hit.reverse === reverse) return hit.cards;
    // Large-note mode: no cards (extracting them would hold the extension host for seconds).
    if (this.notes.isLarge(doc)) return [];
    const cards = extractCards(doc.getText(), this.notes.get(doc), this.noteId(doc.uri), { reverseDefinitions: reverse });
    this.docCache.set(key, { version: doc.version, reverse, cards });
    return cards;
  }

  /** Cards of every note in the workspace; open notes use the editor's text. */
  async workspaceCards(): Promise<NoteCard[]> {
    const uris = await vscode.workspace.findFiles(NOTE_GLOB, EXCLUDE_GLOB);
    uris.sort((a, b) => a.path.localeCompare(b.path));
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const reverse = this.settings().reverseDefinitions;
    const out: NoteCard[] = [];
    let deadline = turnFromNow();
    for (const uri of uris) {
      const doc = open.get(uri.toString());
      let cards: Card[];
      if (doc) {
        cards = this.cardsOf(doc);
      } else {
        try {
          const stat = await vscode.workspace.fs.stat(uri);
          const key = uri.toString();
          let entry = this.fileCache.get(key);
          if (!entry || entry.mtime !== stat.mtime || entry.reverse !== reverse) {
            // A large note has no cards (as when it is open): remembered, not read again. Over
            // three bytes per character of UTF-8 it is large before it is read and decoded.
            let cards: Card[] = [];
            if (stat.size <= LARGE_NOTE_BYTES) {
              const bytes = await vscode.workspace.fs.readFile(uri);
              if (isBinary(bytes)) continue;
              const text = this.decoder.decode(bytes);
              if (text.length <= LARGE_NOTE_CHARS) cards = extractCards(text, await this.notes.parseTextInSlices(text), this.noteId(uri), { reverseDefinitions: reverse });
            }
            entry = { mtime: stat.mtime, reverse, cards };
            this.fileCache.set(key, entry);
          }
          cards = entry.cards;
        } catch {
          continue;
        }
      }
      for (const card of cards) out.push({ card, uri });
      if (pastDeadline(deadline)) deadline = await nextTurn();
    }
    return out;
  }

  /** The log's records with ids of slightly edited cards relinked to `cards`, and the states they give. */
  private history(cards: readonly Card[]): { records: ReviewRecord[]; states: Map<string, CardState> } {
    const log = this.store.current;
    const key = cards.map((c) => c.id).join(',');
    const settings = JSON.stringify([this.settings().desiredRetention, this.settings().learningSteps]);
    // A few card lists are asked for at once (status bar, CodeLens, panel): one entry each,
    // all dropped when the log or the settings change.
    if (this.historyLog !== log || this.historySettings !== settings) {
      this.historyCache.clear();
      this.historyLog = log;
      this.historySettings = settings;
    }
    const hit = this.historyCache.get(key);
    if (hit) return hit;
    const records = relinkRecords(log.records, linkHistory(cards, log.records));
    const entry = { records, states: this.scheduler().replay(records) };
    if (this.historyCache.size >= 8) this.historyCache.delete(this.historyCache.keys().next().value!);
    this.historyCache.set(key, entry);
    return entry;
  }

  /** The log's records with ids of slightly edited cards relinked to `cards`. */
  records(cards: readonly Card[]): ReviewRecord[] {
    return this.history(cards).records;
  }

  /** FSRS state of every card the log knows, `cards`' edited fronts linked to their history. */
  states(cards: readonly Card[]): Map<string, CardState> {
    return this.history(cards).states;
  }

  status(card: Card, states: ReadonlyMap<string, CardState>, now = new Date()): CardStatus {
    const s = states.get(card.id);
    if (!s || s.reps === 0) return { kind: 'new' };
    return s.due.getTime() <= now.getTime() ? { kind: 'due', due: s.due } : { kind: 'later', due: s.due };
  }

  /**
   * What to study now among `cards`: due reviews first (most overdue first), then new cards,
   * within what is left of today's limits (unless `ignoreLimits`).
   */
  queue<T extends { readonly card: Card }>(items: readonly T[], now = new Date(), ignoreLimits = false): T[] {
    const settings = this.settings();
    const cards = items.map((i) => i.card);
    const states = this.states(cards);
    const today = todayCounts(this.records(cards), now);
    const newLeft = ignoreLimits ? Infinity : Math.max(0, settings.newCardsPerDay - today.newCards);
    const reviewsLeft = ignoreLimits ? Infinity : Math.max(0, settings.reviewsPerDay - today.reviews);
    const byId = new Map(items.map((i) => [i.card.id, i]));
    const q = this.scheduler(settings).queue(cards.map((c) => c.id), states, now, newLeft, reviewsLeft);
    return [...q.due, ...q.fresh].map((id) => byId.get(id)!).filter(Boolean);
  }

  /** Due cards per day for the next 14 days, over `cards`. */
  forecast(cards: readonly Card[], now = new Date()): number[] {
    return forecast(cards.map((c) => c.id), this.states(cards), now, 14);
  }

  /** Cards to study now across the workspace (the status bar's number). */
  async dueCount(): Promise<{ due: number; fresh: number }> {
    const items = await this.workspaceCards();
    const queue = this.queue(items);
    const states = this.states(items.map((i) => i.card));
    const fresh = queue.filter((i) => !states.get(i.card.id) || states.get(i.card.id)!.reps === 0).length;
    return { due: queue.length - fresh, fresh };
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
