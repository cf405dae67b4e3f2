/**
 * Registers the quiz: the review store, the service, the panel, the commands, the status-bar
 * item, the CodeLens above question cards, due counts in the Topics view, and the annotation
 * commands. Returns what the in-host tests need.
 */
import * as vscode from 'vscode';
import type { Range } from '../../core/notes';
import { formulaCut, questionBlock, skipLine, SKIP_COMMENT } from '../../core/quiz/annotate';
import type { Card } from '../../core/quiz/cardExtractor';
import type { NoteModels } from '../notes/noteModels';
import type { TopicElement, TopicTreeProvider } from '../tree/topicTreeProvider';
import { localInterval, QuizPanel, type QuizItem } from './quizPanel';
import { QuizService, type NoteCard } from './quizService';
import { ReviewStore } from './reviewStore';
import { setting } from '../settings';

export interface Quiz {
  readonly store: ReviewStore;
  readonly service: QuizService;
  readonly panel: QuizPanel;
  /** The status-bar item showing the cards to study now. */
  readonly statusBar: vscode.StatusBarItem;
  /** Recounts the status bar (and the tree's due counts); resolves with the number shown. */
  refreshStatus(): Promise<number>;
  /** Cards due now among those of `uri` whose first line lies in `span` (the tree's counts). */
  dueCount(uri: vscode.Uri, span: Range): number;
}

const QUESTION_KINDS = new Set(['question', 'question-heading']);
const isNote = (doc: vscode.TextDocument | undefined): doc is vscode.TextDocument => doc?.languageId === 'markdown';

function toItem(nc: NoteCard): QuizItem {
  return { id: nc.card.id, card: nc.card, uri: nc.uri };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function inSpan(card: Card, span: Range): boolean {
  return card.range.start.line >= span.start.line && card.range.start.line <= span.end.line;
}

export function registerQuiz(context: vscode.ExtensionContext, notes: NoteModels, tree?: TopicTreeProvider): Quiz {
  const store = new ReviewStore(context.globalStorageUri);
  const service = new QuizService(notes, store);
  const panel = new QuizPanel(context.extensionUri, notes, service);
  const statusBar = vscode.window.createStatusBarItem('researchNotes.quiz.status', vscode.StatusBarAlignment.Right, 90);
  statusBar.name = vscode.l10n.t('Research Notes Quiz');
  statusBar.command = 'researchNotes.quiz.due';
  context.subscriptions.push(store, service, panel, statusBar);

  /** Due cards per note (uri → first lines of the cards due now), from the last recount. */
  let dueLines = new Map<string, number[]>();
  let dueSignature = '[]';

  const refreshStatus = async (): Promise<number> => {
    await store.ready;
    const items = await service.workspaceCards();
    const now = new Date();
    const states = service.states(items.map((i) => i.card));
    const lines = new Map<string, number[]>();
    for (const i of items) {
      if (service.status(i.card, states, now).kind !== 'due') continue;
      const key = i.uri.toString();
      (lines.get(key) ?? lines.set(key, []).get(key)!).push(i.card.range.start.line);
    }
    const signature = JSON.stringify([...lines]);
    const changed = signature !== dueSignature;
    dueLines = lines;
    dueSignature = signature;
    const queue = service.queue(items, now);
    const fresh = queue.filter((i) => service.status(i.card, states, now).kind === 'new').length;
    const due = queue.length - fresh;
    const total = queue.length;
    statusBar.text = `$(mortar-board) ${total}`;
    statusBar.tooltip = vscode.l10n.t('Quiz: {0} due, {1} new to study today. Click to start.', due, fresh);
    statusBar.show();
    // Only when a count changed: a tree refresh while the user works in it costs a re-render.
    if (changed) tree?.refreshDecorations();
    return total;
  };
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleStatus = (delay = 300): void => {
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => void refreshStatus(), delay);
  };
  // Counts go stale at midnight and as learning cards come due: recount every minute.
  const minute = setInterval(() => scheduleStatus(), 60_000);
  context.subscriptions.push(
    service.onDidChange(() => scheduleStatus()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      // Typing: recount once the user pauses (extracting cards of a 1 MB note takes ~0.2–0.4 s).
      if (isNote(e.document) && e.contentChanges.length > 0) scheduleStatus(1500);
    }),
    new vscode.Disposable(() => {
      clearTimeout(statusTimer);
      clearInterval(minute);
    }),
  );
  void refreshStatus();

  const dueCount = (uri: vscode.Uri, span: Range): number =>
    (dueLines.get(uri.toString()) ?? []).filter((l) => l >= span.start.line && l <= span.end.line).length;
  tree?.setDueCounts(dueCount);

  // ---- commands ------------------------------------------------------------------------------

  const noteDocument = async (arg: unknown): Promise<vscode.TextDocument | undefined> => {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    const el = arg as TopicElement | undefined;
    if (el && (el.type === 'file' || el.type === 'outline') && el.uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(el.uri);
    const doc = vscode.window.activeTextEditor?.document;
    if (isNote(doc)) return doc;
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note to quiz yourself on it.'));
    return undefined;
  };

  /** Starts a session on what is due among `items`; offers all of them when nothing is due. */
  const quizDue = async (title: string, items: QuizItem[]): Promise<void> => {
    await store.ready;
    if (items.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No cards in {0}: questions, definitions, clozes and front::back lines become cards.', title));
      return;
    }
    let queue = service.queue(items);
    if (queue.length === 0) {
      const all = vscode.l10n.t('Quiz All');
      const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Nothing in {0} is due now. Quiz all {1} cards anyway?', title, items.length), all);
      if (choice !== all) return;
      queue = items;
    }
    panel.start(title, queue);
  };

  const currentNote = async (arg?: unknown): Promise<void> => {
    const doc = await noteDocument(arg);
    if (!doc) return;
    const items = service.cardsOf(doc).map((card) => ({ id: card.id, card, uri: doc.uri }));
    await quizDue(vscode.workspace.asRelativePath(doc.uri, false), items);
  };

  const currentTopic = async (arg?: unknown): Promise<void> => {
    const el = arg as TopicElement | undefined;
    if (el?.type === 'file') return currentNote(el.uri);
    const doc = await noteDocument(arg);
    if (!doc) return;
    const model = notes.get(doc);
    let span: Range | undefined;
    let title: string | undefined;
    if (el?.type === 'outline') {
      span = el.node.span;
      title = el.node.label;
    } else {
      const line = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor.selection.active.line : 0;
      let found = -1;
      model.topics.forEach((t, i) => {
        if (t.sectionRange.start.line <= line && line <= t.sectionRange.end.line) found = i;
      });
      if (found >= 0) {
        span = model.topics[found].sectionRange;
        title = model.topics[found].title;
      }
    }
    const cards = service.cardsOf(doc).filter((c) => !span || inSpan(c, span));
    await quizDue(title ?? vscode.workspace.asRelativePath(doc.uri, false), cards.map((card) => ({ id: card.id, card, uri: doc.uri })));
  };

  const dueInWorkspace = async (): Promise<void> => {
    const items = (await service.workspaceCards()).map(toItem);
    await store.ready;
    const queue = service.queue(items);
    if (queue.length === 0) {
      void vscode.window.showInformationMessage(items.length === 0
        ? vscode.l10n.t('No cards in this workspace yet: questions, definitions, clozes and front::back lines become cards.')
        : vscode.l10n.t('Nothing is due. Well done!'));
      return;
    }
    panel.start(vscode.l10n.t('Due Cards'), queue);
  };

  const mockInterview = async (arg?: unknown): Promise<void> => {
    const el = arg as TopicElement | undefined;
    let items = (await service.workspaceCards()).map(toItem);
    if (el?.type === 'file') items = items.filter((i) => i.uri.toString() === el.uri.toString());
    if (el?.type === 'outline') items = items.filter((i) => i.uri.toString() === el.uri.toString() && inSpan(i.card, el.node.span));
    const questions = items.filter((i) => QUESTION_KINDS.has(i.card.kind));
    const pool = questions.length > 0 ? questions : items;
    if (pool.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No questions found for a mock interview.'));
      return;
    }
    await store.ready;
    const n = service.settings().mockQuestions;
    panel.start(vscode.l10n.t('Mock Interview'), shuffle([...pool]).slice(0, n), { timed: true });
  };

  const quizCard = async (uri: vscode.Uri, id: string): Promise<void> => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const card = service.cardsOf(doc).find((c) => c.id === id);
    if (!card) return;
    await store.ready;
    panel.start(vscode.workspace.asRelativePath(uri, false), [{ id, card, uri }]);
  };

  // ---- annotations ---------------------------------------------------------------------------

  const editorOfNote = (): vscode.TextEditor | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (isNote(editor?.document)) return editor;
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note to quiz yourself on it.'));
    return undefined;
  };

  const makeQuestion = async (): Promise<boolean> => {
    const editor = editorOfNote();
    if (!editor) return false;
    const doc = editor.document;
    const sel = editor.selection;
    const first = sel.start.line;
    const last = sel.end.character === 0 && sel.end.line > sel.start.line ? sel.end.line - 1 : sel.end.line;
    const range = new vscode.Range(first, 0, last, doc.lineAt(last).text.length);
    const selected = doc.getText(range);
    if (selected.trim() === '') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the line(s) to turn into a question.'));
      return false;
    }
    // A bold question line starts at the margin, as the question patterns expect.
    const block = questionBlock(selected, doc.getText());
    return editor.edit((b) => b.replace(range, block));
  };

  const makeCloze = async (): Promise<boolean> => {
    const editor = editorOfNote();
    if (!editor) return false;
    const sel = editor.selection;
    if (sel.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to hide in a cloze.'));
      return false;
    }
    const cut = formulaCut(notes.get(editor.document), {
      start: { line: sel.start.line, character: sel.start.character },
      end: { line: sel.end.line, character: sel.end.character },
    });
    if (cut) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The selection would cut the formula on line {0} in half: select the whole formula or none of it.', cut.start.line + 1));
      return false;
    }
    const text = editor.document.getText(sel);
    return editor.edit((b) => b.replace(sel, `==${text}==`));
  };

  const skipCard = async (): Promise<boolean> => {
    const editor = editorOfNote();
    if (!editor) return false;
    const doc = editor.document;
    const line = skipLine(service.cardsOf(doc), editor.selection.active.line);
    if (line > 0 && doc.lineAt(line - 1).text.includes('rn:skip')) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This card is already skipped.'));
      return false;
    }
    const indent = /^\s*/.exec(doc.lineAt(line).text)?.[0] ?? '';
    return editor.edit((b) => b.insert(new vscode.Position(line, 0), `${indent}${SKIP_COMMENT}\n`));
  };

  // ---- CodeLens ------------------------------------------------------------------------------

  const lensEmitter = new vscode.EventEmitter<void>();
  context.subscriptions.push(lensEmitter, service.onDidChange(() => lensEmitter.fire()));
  const lensLabel = (card: Card, states: ReturnType<typeof service.states>, now: Date): string => {
    const status = service.status(card, states, now);
    if (status.kind === 'new') return vscode.l10n.t('$(mortar-board) new');
    if (status.kind === 'due') return vscode.l10n.t('$(mortar-board) due now');
    return vscode.l10n.t('$(mortar-board) due in {0}', localInterval(now, status.due));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('researchNotes.quiz.currentNote', currentNote),
    vscode.commands.registerCommand('researchNotes.quiz.currentTopic', currentTopic),
    // The Topics view's inline action: the same, always with the clicked item.
    vscode.commands.registerCommand('researchNotes.quiz.topic', currentTopic),
    vscode.commands.registerCommand('researchNotes.quiz.due', dueInWorkspace),
    vscode.commands.registerCommand('researchNotes.quiz.mockInterview', mockInterview),
    vscode.commands.registerCommand('researchNotes.quiz.card', quizCard),
    vscode.commands.registerCommand('researchNotes.quiz.makeQuestion', makeQuestion),
    vscode.commands.registerCommand('researchNotes.quiz.makeCloze', makeCloze),
    vscode.commands.registerCommand('researchNotes.quiz.skipCard', skipCard),
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, {
      onDidChangeCodeLenses: lensEmitter.event,
      provideCodeLenses(doc) {
        if (!setting<boolean>('quiz.codeLens', doc.uri)) return [];
        const cards = service.cardsOf(doc);
        // States once for the note, not once per lens (that was quadratic in the number of cards).
        const states = service.states(cards);
        const now = new Date();
        return cards.filter((c) => QUESTION_KINDS.has(c.kind)).map((card) => {
          const range = new vscode.Range(card.range.start.line, 0, card.range.start.line, 0);
          return new vscode.CodeLens(range, { title: lensLabel(card, states, now), command: 'researchNotes.quiz.card', arguments: [doc.uri, card.id], tooltip: vscode.l10n.t('Quiz this card') });
        });
      },
    }),
  );

  return { store, service, panel, statusBar, refreshStatus, dueCount };
}
