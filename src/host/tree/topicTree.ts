import * as vscode from 'vscode';
import type { OutlineFilter } from '../../core/notes';
import type { NoteModels } from '../notes/noteModels';
import { REVEAL_COMMAND, TopicTreeProvider, type TopicElement, type TopicsMode } from './topicTreeProvider';
import { WorkspaceNotes } from './workspaceNotes';
import { setting } from '../settings';

export const TOPICS_VIEW = 'researchNotes.topics';

/** The Topics view and the provider behind it, as the extension's API hands them to tests. */
export interface TopicTree {
  readonly provider: TopicTreeProvider;
  readonly view: vscode.TreeView<TopicElement>;
}

/** Registers the Topics view with its commands and listeners. */
export function registerTopicTree(context: vscode.ExtensionContext, models: NoteModels): TopicTree {
  const workspaceNotes = new WorkspaceNotes(models);
  const provider = new TopicTreeProvider(models, workspaceNotes);
  const view = vscode.window.createTreeView<TopicElement>(TOPICS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(workspaceNotes, provider, view);

  const setContext = (): void => {
    void vscode.commands.executeCommand('setContext', 'researchNotes.topicsMode', provider.mode);
    void vscode.commands.executeCommand('setContext', 'researchNotes.topicsFilter', provider.filter);
  };
  const setMode = (mode: TopicsMode): void => {
    provider.setMode(mode);
    view.description = mode === 'workspace' ? vscode.l10n.t('All notes') : undefined;
    setContext();
  };
  setContext();

  const isNote = (doc: vscode.TextDocument | undefined): doc is vscode.TextDocument => doc?.languageId === 'markdown';
  const follow = (editor: vscode.TextEditor | undefined): void => {
    if (editor) {
      if (editor.document !== provider.document) provider.setDocument(isNote(editor.document) ? editor.document : undefined);
      return;
    }
    // No active text editor: focus went to a panel or a webview. The note stays while it is
    // still on screen (a preview beside it); once no editor shows it, the welcome text returns.
    const shown = provider.documentUri?.toString();
    if (shown && !vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === shown)) provider.setDocument(undefined);
  };
  follow(vscode.window.activeTextEditor);

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let cursorTimer: ReturnType<typeof setTimeout> | undefined;
  const updateDelay = (): number => setting<number>('topics.updateDelay');

  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The note and line for which a failing reveal last redrew the whole tree (once is enough). */
  let redrawnFor = '';
  const revealAtCursor = (editor: vscode.TextEditor, attempt = 0): void => {
    clearTimeout(retryTimer);
    if (!view.visible || provider.mode !== 'note') return;
    if (!setting<boolean>('topics.followCursor')) return;
    if (editor.document.uri.toString() !== provider.documentUri?.toString()) return;
    const line = editor.selection.active.line;
    const element = provider.elementAtLine(line);
    if (!element) return;
    // A reveal while the tree is re-rendering can fail ("node not found"), or resolve without
    // selecting anything (VS Code's side of the view had not fetched the item's parents yet):
    // try again shortly, a few times, while the cursor stays on that line.
    const id = provider.getTreeItem(element).id;
    const retry = (): void => {
      if (attempt >= 4) {
        // Still not selected: VS Code's side of the view can keep an item of an earlier fetch
        // that its tree no longer has, and every reveal through it fails. A redraw of the tree
        // drops that item; the reveal after a redraw (below) then finds the node.
        const key = `${editor.document.uri.toString()}#${line}`;
        if (redrawnFor !== key) {
          redrawnFor = key;
          provider.refresh();
        }
        return;
      }
      retryTimer = setTimeout(() => {
        if (vscode.window.activeTextEditor === editor && editor.selection.active.line === line) revealAtCursor(editor, attempt + 1);
      }, 250);
    };
    view.reveal(element, { select: true, focus: false, expand: false }).then(() => {
      // The new selection reaches the extension host as an event of its own: look a moment later.
      retryTimer = setTimeout(() => {
        if (!view.selection.some((e) => provider.getTreeItem(e).id === id)) retry();
      }, 100);
    }, retry);
  };
  // After the tree re-renders (an edit, due counts), the item under the cursor is selected again.
  let redrawTimer: ReturnType<typeof setTimeout> | undefined;
  context.subscriptions.push(provider.onDidChangeTreeData(() => {
    clearTimeout(redrawTimer);
    redrawTimer = setTimeout(() => {
      const editor = vscode.window.activeTextEditor;
      if (editor) revealAtCursor(editor);
    }, 100);
  }));

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(follow),
    vscode.window.onDidChangeVisibleTextEditors(() => follow(vscode.window.activeTextEditor)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== provider.documentUri?.toString() || e.contentChanges.length === 0) return;
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => {
        // The user may have switched notes while the timer ran: only the shown note is updated.
        if (e.document.uri.toString() !== provider.documentUri?.toString()) return;
        provider.setDocument(e.document);
        const editor = vscode.window.activeTextEditor;
        if (editor?.document === e.document) revealAtCursor(editor);
      }, updateDelay());
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      models.forget(doc);
      if (doc.uri.toString() === provider.documentUri?.toString()) provider.setDocument(undefined);
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => {
      clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => revealAtCursor(e.textEditor), 150);
    }),
    models.onDidReset(() => {
      workspaceNotes.clear();
      follow(vscode.window.activeTextEditor);
      provider.refresh();
    }),
    workspaceNotes.onDidChange(() => {
      if (provider.mode === 'workspace') provider.refresh();
    }),
    new vscode.Disposable(() => {
      clearTimeout(typingTimer);
      clearTimeout(cursorTimer);
      clearTimeout(retryTimer);
      clearTimeout(redrawTimer);
    }),
    vscode.commands.registerCommand(REVEAL_COMMAND, async (uri: vscode.Uri, range: vscode.Range) => {
      const editor = await vscode.window.showTextDocument(uri, { preserveFocus: false, preview: false });
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('researchNotes.refreshTopics', () => {
      workspaceNotes.clear();
      if (provider.mode === 'note') follow(vscode.window.activeTextEditor);
      provider.refresh();
    }),
    vscode.commands.registerCommand('researchNotes.collapseTopics', () =>
      vscode.commands.executeCommand(`workbench.actions.treeView.${TOPICS_VIEW}.collapseAll`)),
    vscode.commands.registerCommand('researchNotes.filterTopics', async (choice?: OutlineFilter) => {
      const filter = choice ?? (await pickFilter(provider.filter));
      if (!filter) return;
      provider.setFilter(filter);
      view.message = filter === 'all' ? undefined : filter === 'questions' ? vscode.l10n.t('Showing questions only') : vscode.l10n.t('Showing terms only');
      setContext();
    }),
    vscode.commands.registerCommand('researchNotes.showWorkspaceTopics', () => setMode('workspace')),
    vscode.commands.registerCommand('researchNotes.showNoteTopics', () => setMode('note')),
  );
  return { provider, view };
}

async function pickFilter(current: OutlineFilter): Promise<OutlineFilter | undefined> {
  const items: (vscode.QuickPickItem & { value: OutlineFilter })[] = [
    { value: 'all', label: vscode.l10n.t('All topics'), description: vscode.l10n.t('Headings, questions and terms') },
    { value: 'questions', label: vscode.l10n.t('Questions'), description: vscode.l10n.t('Only questions and the topics above them') },
    { value: 'terms', label: vscode.l10n.t('Terms'), description: vscode.l10n.t('Only defined terms and the topics above them') },
  ];
  for (const item of items) item.picked = item.value === current;
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Show in the Topics view') });
  return picked?.value;
}
