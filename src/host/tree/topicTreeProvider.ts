import * as vscode from 'vscode';
import { buildOutline, nodeAtLine, type NoteModel, type OutlineFilter, type OutlineNode, type Range } from '../../core/notes';
import { toVsRange } from '../adapters/ranges';
import type { NoteModels } from '../notes/noteModels';
import type { WorkspaceNotes } from './workspaceNotes';

export type TopicsMode = 'note' | 'workspace';

/** A note in workspace mode: its topics are its children. */
export interface FileElement {
  readonly type: 'file';
  readonly uri: vscode.Uri;
  readonly model: NoteModel;
  readonly children: OutlineElement[];
  /** What the view shows under it: the children, or groups of them when there are many. */
  shown: TopicElement[];
  parent: GroupElement | undefined;
}

/** A topic, question or defined term of a note. */
export interface OutlineElement {
  readonly type: 'outline';
  readonly uri: vscode.Uri;
  readonly node: OutlineNode;
  /** The element above it in the view: its topic, its note, or the group that holds it. */
  parent: TopicElement | undefined;
  readonly children: OutlineElement[];
  /** What the view shows under it: the children, or groups of them when there are many. */
  shown: TopicElement[];
}

/**
 * A run of up to GROUP_SIZE consecutive items of a long list (a long note's sections, a big
 * workspace's notes), collapsed, as a debugger shows a long array: VS Code then fetches a
 * few hundred items at a time instead of tens of thousands at once.
 */
export interface GroupElement {
  readonly type: 'group';
  readonly uri: vscode.Uri | undefined;
  readonly parent: TopicElement | undefined;
  /** Index of its first item in the whole list (0-based). */
  readonly first: number;
  readonly children: (OutlineElement | FileElement)[];
}

export type TopicElement = FileElement | OutlineElement | GroupElement;

/** Lists longer than this are shown in groups of this many. */
export const GROUP_SIZE = 100;

export const REVEAL_COMMAND = 'researchNotes.revealTopic';

/** Cards due now in a note's lines `span` (the quiz provides it; see src/host/quiz). */
export type DueCounts = (uri: vscode.Uri, span: Range) => number;

/** Wraps outline nodes so that each element knows its note and its parent element. */
function wrap(uri: vscode.Uri, nodes: readonly OutlineNode[], parent: TopicElement | undefined): OutlineElement[] {
  return nodes.map((node) => {
    const element: OutlineElement = { type: 'outline', uri, node, parent, children: [], shown: [] };
    element.children.push(...wrap(uri, node.children, element));
    element.shown = grouped(uri, element.children, element);
    return element;
  });
}

/** `elements` as the view shows them under `parent`: as they are, or in groups when there are many. */
function grouped<T extends OutlineElement | FileElement>(uri: vscode.Uri | undefined, elements: T[], parent: TopicElement | undefined): TopicElement[] {
  if (elements.length <= GROUP_SIZE) return elements;
  const groups: GroupElement[] = [];
  for (let first = 0; first < elements.length; first += GROUP_SIZE) {
    const group: GroupElement = { type: 'group', uri, parent, first, children: elements.slice(first, first + GROUP_SIZE) };
    for (const e of group.children) e.parent = group;
    groups.push(group);
  }
  return groups;
}

/** The label of a topic, question or term, or of a note. */
function labelOf(element: OutlineElement | FileElement): string {
  return element.type === 'file' ? vscode.workspace.asRelativePath(element.uri, false) : element.node.label || vscode.l10n.t('(empty heading)');
}

/** The data behind the Topics view: the active note's outline, or every note of the workspace. */
export class TopicTreeProvider implements vscode.TreeDataProvider<TopicElement>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TopicElement | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;

  private shownDocument: vscode.TextDocument | undefined;
  private roots: OutlineElement[] = [];
  private rootsShown: TopicElement[] = [];
  private files: FileElement[] = [];
  private filesShown: TopicElement[] = [];
  private filesLoaded: Promise<void> | undefined;
  private _mode: TopicsMode = 'note';
  private _filter: OutlineFilter = 'all';
  private dueCounts: DueCounts | undefined;

  constructor(private readonly models: NoteModels, private readonly workspaceNotes: WorkspaceNotes) {}

  get mode(): TopicsMode {
    return this._mode;
  }

  get filter(): OutlineFilter {
    return this._filter;
  }

  /** The note whose topics are shown in note mode. */
  get document(): vscode.TextDocument | undefined {
    return this.shownDocument;
  }

  get documentUri(): vscode.Uri | undefined {
    return this.shownDocument?.uri;
  }

  setMode(mode: TopicsMode): void {
    this._mode = mode;
    this.refresh();
  }

  /** Shows due quiz cards per topic from now on. */
  setDueCounts(dueCounts: DueCounts | undefined): void {
    this.dueCounts = dueCounts;
    this.emitter.fire();
  }

  /** Asks VS Code for every item again (due counts changed), without re-reading notes. */
  refreshDecorations(): void {
    if (this.dueCounts) this.emitter.fire();
  }

  setFilter(filter: OutlineFilter): void {
    this._filter = filter;
    this.refresh();
  }

  /** Shows `document`'s topics (or none); reparses only when the document changed. */
  setDocument(document: vscode.TextDocument | undefined): void {
    this.shownDocument = document;
    this.rebuildNote();
    if (this._mode === 'note') this.emitter.fire();
  }

  /** Re-reads everything shown: the note, or in workspace mode the list of notes. */
  refresh(): void {
    this.rebuildNote();
    this.files = [];
    this.filesShown = [];
    this.filesLoaded = undefined;
    this.emitter.fire();
  }

  private rebuildNote(): void {
    const doc = this.shownDocument;
    const model = doc && this.models.peek(doc);
    this.roots = doc && model ? wrap(doc.uri, buildOutline(model, this._filter), undefined) : [];
    this.rootsShown = grouped(doc?.uri, this.roots, undefined);
    if (doc && !model) {
      // A long note is parsed in slices; its topics appear once the parse is done (if it is still shown).
      const version = doc.version;
      void this.models.parsed(doc).then(() => {
        if (this.shownDocument !== doc || doc.version !== version) return;
        this.rebuildNote();
        if (this._mode === 'note') this.emitter.fire();
      });
    }
  }

  private async loadFiles(): Promise<void> {
    const notes = await this.workspaceNotes.list();
    this.files = notes.map(({ uri, model }) => {
      const file: FileElement = { type: 'file', uri, model, children: [], shown: [], parent: undefined };
      file.children.push(...wrap(uri, buildOutline(model, this._filter), file));
      file.shown = grouped(uri, file.children, file);
      return file;
    });
    this.filesShown = grouped(undefined, this.files, undefined);
  }

  async getChildren(element?: TopicElement): Promise<TopicElement[]> {
    if (element) return element.type === 'group' ? element.children : element.shown;
    if (this._mode === 'note') return this.rootsShown;
    this.filesLoaded ??= this.loadFiles();
    await this.filesLoaded;
    return this.filesShown;
  }

  getParent(element: TopicElement): TopicElement | undefined {
    return element.parent;
  }

  getTreeItem(element: TopicElement): vscode.TreeItem {
    if (element.type === 'file') return this.fileItem(element);
    if (element.type === 'group') return this.groupItem(element);
    const { node } = element;
    const item = new vscode.TreeItem(
      node.label || vscode.l10n.t('(empty heading)'),
      element.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `${element.uri.toString()}#${node.id}`;
    item.iconPath = new vscode.ThemeIcon(iconFor(node));
    item.contextValue = node.kind === 'topic' && node.isQuestion ? 'questionTopic' : node.kind;
    const due = node.kind === 'topic' ? this.dueCounts?.(element.uri, node.span) ?? 0 : 0;
    item.description = node.kind === 'topic' ? [counts(node.questionCount, node.definitionCount), due > 0 ? vscode.l10n.t('{0} due', due) : ''].filter(Boolean).join(' · ') : undefined;
    // No tooltip here: VS Code turns every item's Markdown tooltip into its own form when the
    // item is fetched (seconds for a long note's thousands of topics); resolveTreeItem gives it on hover.
    item.command = {
      command: REVEAL_COMMAND,
      title: vscode.l10n.t('Go to Topic'),
      arguments: [element.uri, toVsRange(node.range)],
    };
    return item;
  }

  /** The tooltip, asked for only when the user hovers an item. */
  resolveTreeItem(item: vscode.TreeItem, element: TopicElement): vscode.TreeItem {
    if (element.type === 'outline') item.tooltip = this.tooltip(element);
    return item;
  }

  private groupItem(group: GroupElement): vscode.TreeItem {
    const first = group.children[0];
    const last = group.children[group.children.length - 1];
    const item = new vscode.TreeItem(`${labelOf(first)} … ${labelOf(last)}`, vscode.TreeItemCollapsibleState.Collapsed);
    const parentId = group.parent?.type === 'outline' ? `${group.parent.uri.toString()}#${group.parent.node.id}` : group.parent?.uri?.toString() ?? group.uri?.toString() ?? '';
    item.id = `${parentId}#group${group.first}`;
    item.description = `${group.first + 1}–${group.first + group.children.length}`;
    item.iconPath = new vscode.ThemeIcon('list-unordered');
    item.contextValue = 'topicGroup';
    return item;
  }

  private fileItem(file: FileElement): vscode.TreeItem {
    const item = new vscode.TreeItem(file.uri, file.children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = file.uri.toString();
    const questions = file.model.questions.length;
    const terms = file.model.definitions.length;
    const relative = vscode.workspace.asRelativePath(file.uri, false);
    const folder = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
    item.description = [folder, counts(questions, terms)].filter(Boolean).join(' · ');
    item.contextValue = 'note';
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Note'), arguments: [file.uri] };
    return item;
  }

  private tooltip(element: OutlineElement): vscode.MarkdownString | undefined {
    const { node } = element;
    const model = this.modelOf(element);
    if (!model) return undefined;
    const md = new vscode.MarkdownString();
    md.supportHtml = false;
    md.isTrusted = false;
    if (node.kind === 'question') {
      md.appendMarkdown(`**${vscode.l10n.t('Question')}**: `).appendText(node.label);
      const answer = model.questions[node.index].answer;
      if (answer) md.appendMarkdown('\n\n').appendText(snippet(answer));
    } else if (node.kind === 'definition') {
      md.appendMarkdown('**').appendText(node.label).appendMarkdown('**: ').appendText(snippet(model.definitions[node.index].definition));
    } else {
      md.appendText(node.label);
      if (node.definition !== undefined) md.appendMarkdown('\n\n').appendText(snippet(model.definitions[node.definition].definition));
      const c = counts(node.questionCount, node.definitionCount);
      if (c) md.appendMarkdown('\n\n').appendText(c);
    }
    return md;
  }

  private modelOf(element: OutlineElement): NoteModel | undefined {
    let top: TopicElement = element;
    while (top.type !== 'file' && top.parent) top = top.parent;
    if (top.type === 'file') return top.model;
    return this.shownDocument && this.shownDocument.uri.toString() === element.uri.toString() ? this.models.peek(this.shownDocument) : undefined;
  }

  /** The element for the innermost topic, question or term at `line` of the shown note. */
  elementAtLine(line: number): OutlineElement | undefined {
    const node = nodeAtLine(this.roots.map((r) => r.node), line);
    if (!node) return undefined;
    const find = (elements: readonly OutlineElement[]): OutlineElement | undefined => {
      for (const e of elements) {
        if (e.node === node) return e;
        const inner = find(e.children);
        if (inner) return inner;
      }
      return undefined;
    };
    return find(this.roots);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/** Distinct codicons: headings, bold pseudo-headings, question headings, questions, terms. */
function iconFor(node: OutlineNode): string {
  if (node.kind === 'question') return 'question';
  if (node.kind === 'definition') return 'symbol-key';
  if (node.isQuestion) return 'comment-discussion';
  return node.topicKind === 'pseudo' ? 'symbol-field' : 'symbol-class';
}

function counts(questions: number, terms: number): string {
  const parts: string[] = [];
  if (questions > 0) parts.push(questions === 1 ? vscode.l10n.t('1 question') : vscode.l10n.t('{0} questions', questions));
  if (terms > 0) parts.push(terms === 1 ? vscode.l10n.t('1 term') : vscode.l10n.t('{0} terms', terms));
  return parts.join(' · ');
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
