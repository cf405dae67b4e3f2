/**
 * The quiz panel's host side: runs one StudySession at a time, renders each card with the
 * preview's renderer, writes every grade (and every undo) to the review log, and sends the
 * webview typed messages with localised texts.
 */
import * as vscode from 'vscode';
import { createNoteRenderer, type NoteRenderer } from '../../core/markdown';
import type { Card } from '../../core/quiz/cardExtractor';
import type { Grade, ReviewRecord, UndoRecord } from '../../core/quiz/reviewLog';
import { formatInterval, type CardState } from '../../core/quiz/scheduler';
import { StudySession } from '../../core/quiz/session';
import { isQuizWebviewToHost, QUIZ_VIEW_TYPE, type HostToQuizWebview, type QuizLabels, type QuizWebviewToHost } from '../../protocol/quiz';
import type { NoteModels } from '../notes/noteModels';
import { makeNonce, webviewHtml } from '../preview/previewHtml';
import type { QuizService } from './quizService';
import { mathMacros } from '../config';

export interface QuizItem {
  readonly id: string;
  readonly card: Card;
  readonly uri: vscode.Uri;
}

interface GradeExtra {
  readonly record: ReviewRecord;
  readonly seconds: number;
}

export interface QuizStartOptions {
  /** Mock interview: a visible timer per question, no Again repeats. */
  readonly timed?: boolean;
}

/** A short interval in the user's language ("10 min", "3 天"). */
export function localInterval(from: Date, to: Date): string {
  const m = /^([\d.]+) (min|h|d|mo|y)$/.exec(formatInterval(from, to));
  if (!m) return formatInterval(from, to);
  switch (m[2]) {
    case 'min': return vscode.l10n.t('{0} min', m[1]);
    case 'h': return vscode.l10n.t('{0} h', m[1]);
    case 'd': return vscode.l10n.t('{0} d', m[1]);
    case 'mo': return vscode.l10n.t('{0} mo', m[1]);
    default: return vscode.l10n.t('{0} y', m[1]);
  }
}

function labels(): QuizLabels {
  return {
    reveal: vscode.l10n.t('Show Answer'),
    again: vscode.l10n.t('Again'),
    hard: vscode.l10n.t('Hard'),
    good: vscode.l10n.t('Good'),
    easy: vscode.l10n.t('Easy'),
    openInNote: vscode.l10n.t('Open in Note'),
    undo: vscode.l10n.t('Undo'),
    progress: vscode.l10n.t('{0} of {1}'),
    summaryTitle: vscode.l10n.t('Session Summary'),
    gradesTitle: vscode.l10n.t('Grades this session'),
    retention: vscode.l10n.t('Retention'),
    forecastTitle: vscode.l10n.t('Due in the next 14 days'),
    today: vscode.l10n.t('Today'),
    reviewed: vscode.l10n.t('Reviewed'),
    time: vscode.l10n.t('Time'),
    close: vscode.l10n.t('Close'),
    keysHelp: vscode.l10n.t('Space: show answer · 1–4: grade · U: undo · O: open in note'),
    empty: vscode.l10n.t('Nothing to study here right now.'),
    newCard: vscode.l10n.t('new'),
  };
}

export class QuizPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private session: StudySession<QuizItem, GradeExtra> | undefined;
  private title = '';
  private timed = false;
  private ready = false;
  private renderer: NoteRenderer | undefined;
  private readonly postEmitter = new vscode.EventEmitter<HostToQuizWebview>();
  /** Fires with every message sent to the webview (tests follow the session through it). */
  readonly onDidPost = this.postEmitter.event;
  private readonly gradeEmitter = new vscode.EventEmitter<ReviewRecord>();
  /** Fires after a grade was written to the log. */
  readonly onDidGrade = this.gradeEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly notes: NoteModels, private readonly service: QuizService) {}

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** The card on screen, if a session runs. */
  get currentCard(): QuizItem | undefined {
    return this.session?.current;
  }

  /** The session's cards in order (repeats included); empty without a session. */
  get items(): readonly QuizItem[] {
    return this.session?.items ?? [];
  }

  /** True in a mock interview (timer per question). */
  get isTimed(): boolean {
    return this.timed;
  }

  get graded(): readonly { readonly item: QuizItem; readonly grade: Grade }[] {
    return this.session?.history ?? [];
  }

  /** Starts a session on `items` (in the order given) and shows the panel. */
  start(title: string, items: readonly QuizItem[], options: QuizStartOptions = {}): void {
    this.session = new StudySession<QuizItem, GradeExtra>(items, !options.timed);
    this.title = title;
    this.timed = options.timed ?? false;
    this.renderer = createNoteRenderer({
      macros: mathMacros(undefined),
      parseOptions: this.notes.parseOptions(),
    });
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(QUIZ_VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        retainContextWhenHidden: true,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
      });
      this.attach(panel);
    } else {
      this.panel.reveal(undefined, false);
      void this.send();
    }
    this.panel!.title = vscode.l10n.t('Quiz: {0}', title);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'research-notes.svg');
    panel.webview.html = webviewHtml(panel.webview, this.extensionUri, makeNonce(), {
      styles: [['media', 'katex', 'katex.min.css'], ['media', 'preview.css'], ['media', 'quiz.css']],
      script: ['dist', 'webview', 'quiz.js'],
      body: '<main id="rn-quiz" tabindex="-1"></main>',
    });
    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isQuizWebviewToHost(message)) void this.onMessage(message);
      }),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        this.session = undefined;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    );
  }

  private sessionCards(): Card[] {
    return [...new Map((this.session?.items ?? []).map((i) => [i.id, i.card])).values()];
  }

  private render(markdown: string): string {
    return (this.renderer ?? createNoteRenderer()).render(markdown).blocks.map((b) => b.html).join('\n');
  }

  private post(message: HostToQuizWebview): void {
    if (!this.panel || !this.ready) return;
    void this.panel.webview.postMessage(message);
    this.postEmitter.fire(message);
  }

  private async send(): Promise<void> {
    const session = this.session;
    if (!session || !this.panel || !this.ready) return;
    const item = session.current;
    if (session.total === 0) {
      this.post({ type: 'empty', labels: labels(), message: labels().empty });
      return;
    }
    if (!item) {
      await this.sendSummary(session);
      return;
    }
    const now = new Date();
    // The session's cards as one list: the replay is cached for it until the log changes.
    const states = this.service.states(this.sessionCards());
    const state: CardState | undefined = states.get(item.id);
    const next = this.service.scheduler().preview(state, now);
    const intervals = { 1: localInterval(now, next[1]), 2: localInterval(now, next[2]), 3: localInterval(now, next[3]), 4: localInterval(now, next[4]) };
    this.post({
      type: 'card',
      title: this.title,
      labels: labels(),
      card: {
        id: item.id,
        kind: item.card.kind,
        frontHtml: this.render(item.card.front),
        backHtml: this.render(item.card.back),
        breadcrumbs: [item.card.note, ...item.card.topicPath],
        intervals,
        isNew: !state || state.reps === 0,
      },
      position: session.position,
      total: session.total,
      canUndo: session.history.length > 0,
      timed: this.timed,
    });
  }

  private async sendSummary(session: StudySession<QuizItem, GradeExtra>): Promise<void> {
    const grades = { 1: 0, 2: 0, 3: 0, 4: 0 };
    for (const h of session.history) grades[h.grade]++;
    const n = session.history.length;
    const now = new Date();
    const all = await this.service.workspaceCards();
    // A session started while the workspace's cards were read owns the panel now: its first
    // card must not be covered by this summary.
    if (this.session !== session) return;
    const days: string[] = [];
    for (let i = 0; i < 14; i++) {
      const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i);
      days.push(i === 0 ? labels().today : `${d.getMonth() + 1}/${d.getDate()}`);
    }
    this.post({
      type: 'summary',
      labels: labels(),
      canUndo: n > 0,
      summary: {
        title: this.title,
        grades,
        retention: n === 0 ? undefined : (n - grades[1]) / n,
        forecast: this.service.forecast(all.map((i) => i.card), now),
        forecastDays: days,
        times: this.timed ? session.history.map((h) => ({ front: h.item.card.front.slice(0, 120), seconds: h.extra.seconds, grade: h.grade })) : undefined,
      },
    });
  }

  /** Grades the card on screen (what keys 1–4 do); resolves once the log has the line. */
  async grade(grade: Grade, ms = 0): Promise<void> {
    const session = this.session;
    const item = session?.current;
    if (!session || !item) return;
    const now = new Date();
    const state = this.service.scheduler().grade(this.service.states(this.sessionCards()).get(item.id), grade, now);
    const record: ReviewRecord = {
      v: 1,
      card: item.id,
      note: item.card.note,
      front: item.card.front,
      grade,
      time: now.toISOString(),
      state: { state: state.state, due: state.due.toISOString(), stability: round(state.stability), difficulty: round(state.difficulty), reps: state.reps, lapses: state.lapses },
    };
    session.grade(grade, { record, seconds: Math.round(ms / 1000) });
    try {
      await this.service.store.append([record]);
      this.gradeEmitter.fire(record);
    } catch (error) {
      session.undo();
      void vscode.window.showErrorMessage(vscode.l10n.t('Research Notes: the grade could not be saved: {0}', error instanceof Error ? error.message : String(error)));
    }
    await this.send();
  }

  /** Takes back the last grade: an undo line in the log, the card on screen again. */
  async undo(): Promise<void> {
    const session = this.session;
    const last = session?.undo();
    if (!session || !last) return;
    const line: UndoRecord = { v: 1, card: last.extra.record.card, note: last.extra.record.note, undo: last.extra.record.time, time: new Date().toISOString() };
    try {
      await this.service.store.append([line]);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Research Notes: the grade could not be saved: {0}', error instanceof Error ? error.message : String(error)));
    }
    await this.send();
  }

  /** Opens the card's note at the card, beside the panel. */
  async openInNote(): Promise<void> {
    const item = this.session?.current ?? this.session?.history.at(-1)?.item;
    if (!item) return;
    const editor = await vscode.window.showTextDocument(item.uri, { viewColumn: vscode.ViewColumn.One, preview: false });
    const r = item.card.range;
    const range = new vscode.Range(r.start.line, r.start.character, r.start.line, r.start.character);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async onMessage(message: QuizWebviewToHost): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.send();
        return;
      case 'reveal':
        return;
      case 'grade':
        await this.grade(message.grade, message.ms);
        return;
      case 'undo':
        await this.undo();
        return;
      case 'open':
        await this.openInNote();
        return;
      case 'close':
        this.panel?.dispose();
        return;
    }
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.panelDisposables) d.dispose();
    this.postEmitter.dispose();
    this.gradeEmitter.dispose();
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
