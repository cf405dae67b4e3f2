import * as vscode from 'vscode';
import { beginOutline, GROUP_SIZE, groupRanges, nodeAtLine, type ItemRange, type NoteModel, type OutlineFilter, type OutlineJob, type OutlineNode, type OutlineNodeKind, type Range } from '../../core/notes';
import { toVsRange } from '../adapters/ranges';
import type { NoteModels } from '../notes/noteModels';
import { nextTurn, pastDeadline, turnFromNow } from '../turns';
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
 * A run of consecutive items of a long list (a long note's sections, a big workspace's notes),
 * collapsed, as a debugger shows a long array: GROUP_SIZE items, or for a very long list
 * GROUP_SIZE groups of the level below (nested so that no level shows more than MAX_SHOWN;
 * see groupRanges in src/core/notes/outline.ts).
 * VS Code then fetches a few hundred items at a time instead of tens of thousands at once.
 */
export interface GroupElement {
  readonly type: 'group';
  readonly uri: vscode.Uri | undefined;
  /** The element whose list it groups (or undefined at the top), or the group of groups that holds it. */
  parent: TopicElement | undefined;
  /** Index of its first item in the whole list (0-based). */
  readonly first: number;
  /** How many items of the list it holds, through its groups. */
  readonly count: number;
  /** How many items a group of its level holds at most: GROUP_SIZE, GROUP_SIZE², … */
  readonly size: number;
  /** Length of the whole list. */
  readonly total: number;
  /** Its items (size GROUP_SIZE), or the groups of the level below. */
  readonly children: TopicElement[];
  readonly firstItem: OutlineElement | FileElement;
  readonly lastItem: OutlineElement | FileElement;
}

export type TopicElement = FileElement | OutlineElement | GroupElement;

export const REVEAL_COMMAND = 'researchNotes.revealTopic';

/** Cards due now in a note's lines `span` (the quiz provides it; see src/host/quiz). */
export type DueCounts = (uri: vscode.Uri, span: Range) => number;

/**
 * `elements` as the view shows them under `parent`: as they are, or in groups (of groups) when
 * there are many (see groupRanges). Sets each element's parent to its group.
 */
export function grouped<T extends OutlineElement | FileElement>(uri: vscode.Uri | undefined, elements: T[], parent: TopicElement | undefined): TopicElement[] {
  const ranges = groupRanges(elements.length);
  if (!ranges) return elements;
  const make = (range: ItemRange, above: TopicElement | undefined): GroupElement => {
    const { first, count, size } = range;
    const group: GroupElement = { type: 'group', uri, parent: above, first, count, size, total: elements.length, children: [], firstItem: elements[first], lastItem: elements[first + count - 1] };
    if (range.groups.length > 0) {
      for (const r of range.groups) group.children.push(make(r, group));
    } else {
      for (let i = first; i < first + count; i++) {
        elements[i].parent = group;
        group.children.push(elements[i]);
      }
    }
    return group;
  };
  return ranges.map((r) => make(r, parent));
}

/** A note's elements: the outline's roots wrapped, as the view shows them, and each node's element. */
interface NoteTree {
  readonly roots: OutlineElement[];
  readonly shown: TopicElement[];
  readonly rootNodes: readonly OutlineNode[];
  /**
   * The element of each node, by the node's kind and index (arrays made at their full length
   * once: a Map of 100,000 nodes rehashed them all at once, several times, while it grew).
   */
  readonly byKind: Readonly<Record<OutlineNodeKind, (OutlineElement | undefined)[]>>;
}

/** How many elements a tree job wraps between two questions to `shouldYield`. */
const ELEMENTS_PER_CHECK = 500;

/** One level of the outline being wrapped: its nodes, the element they go under, and how far it got. */
interface Level {
  readonly nodes: readonly OutlineNode[];
  readonly parent: OutlineElement | undefined;
  readonly out: OutlineElement[];
  at: number;
}

/**
 * Builds a note's tree in steps, as a ParseJob parses: the outline (core's OutlineJob), then
 * the elements that wrap its nodes, depth first, each list grouped once it is complete where
 * it is long. `step` returns true once `tree` is set.
 */
export class TreeJob {
  private readonly outline: OutlineJob;
  private rootNodes: OutlineNode[] | undefined;
  /** The levels being wrapped, innermost last. */
  private readonly pending: Level[] = [];
  private readonly roots: OutlineElement[] = [];
  private readonly byKind: Record<OutlineNodeKind, (OutlineElement | undefined)[]>;
  tree: NoteTree | undefined;

  constructor(private readonly uri: vscode.Uri, model: NoteModel, filter: OutlineFilter, private readonly owner: FileElement | undefined) {
    this.outline = beginOutline(model, filter);
    this.byKind = { topic: new Array(model.topics.length), question: new Array(model.questions.length), definition: new Array(model.definitions.length) };
  }

  step(shouldYield: () => boolean): boolean {
    if (this.tree) return true;
    if (!this.rootNodes) {
      if (!this.outline.step(shouldYield)) return false;
      this.rootNodes = this.outline.result();
      this.pending.push({ nodes: this.rootNodes, parent: undefined, out: this.roots, at: 0 });
      if (shouldYield()) return false;
    }
    let budget = ELEMENTS_PER_CHECK;
    while (this.pending.length > 0) {
      const level = this.pending[this.pending.length - 1];
      if (level.at < level.nodes.length) {
        const node = level.nodes[level.at++];
        const element: OutlineElement = { type: 'outline', uri: this.uri, node, parent: level.parent ?? this.owner, children: [], shown: [] };
        this.byKind[node.kind][node.index] = element;
        level.out.push(element);
        if (node.children.length > 0) this.pending.push({ nodes: node.children, parent: element, out: element.children, at: 0 });
      } else {
        this.pending.pop();
        if (level.parent) level.parent.shown = grouped(this.uri, level.out, level.parent);
      }
      if (--budget <= 0) {
        budget = ELEMENTS_PER_CHECK;
        if (shouldYield()) return false;
      }
    }
    this.tree = { roots: this.roots, shown: grouped(this.uri, this.roots, this.owner), rootNodes: this.rootNodes, byKind: this.byKind };
    return true;
  }
}

const EMPTY_TREE: NoteTree = { roots: [], shown: [], rootNodes: [], byKind: { topic: [], question: [], definition: [] } };

/** The label of a topic, question or term, or of a note. */
function labelOf(element: OutlineElement | FileElement): string {
  return element.type === 'file' ? vscode.workspace.asRelativePath(element.uri, false) : element.node.label || vscode.l10n.t('(empty heading)');
}

/** The data behind the Topics view: the active note's outline, or every note of the workspace. */
export class TopicTreeProvider implements vscode.TreeDataProvider<TopicElement>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TopicElement | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;

  private shownDocument: vscode.TextDocument | undefined;
  /** The tree shown in note mode, the note and model it was built from. */
  private tree: NoteTree = EMPTY_TREE;
  private treeUri: string | undefined;
  private treeModel: NoteModel | undefined;
  /** Counts the rebuilds of the note's tree: a build in turns stops when a newer one started. */
  private generation = 0;
  private filesShown: TopicElement[] = [];
  private filesLoaded: Promise<void> | undefined;
  /** Counts the refreshes: a list of notes still loading after one is dropped. */
  private filesGeneration = 0;
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
    this.filesShown = [];
    this.filesLoaded = undefined;
    this.filesGeneration++;
    this.emitter.fire();
  }

  /**
   * Builds the shown note's tree: at once for a short note, in turns of the shared scheduler
   * for a long one (its parse too), the tree shown so far staying until the new one is ready
   * (when it is the same note). A newer rebuild supersedes one still running.
   */
  private rebuildNote(): void {
    const generation = ++this.generation;
    const doc = this.shownDocument;
    if (doc?.uri.toString() !== this.treeUri) this.showTree(EMPTY_TREE, undefined, undefined);
    if (!doc) return;
    const model = this.models.peek(doc);
    if (model) {
      this.buildTree(doc, model, generation, true);
      return;
    }
    // A long note is parsed in turns; its topics appear once the parse and the tree are done.
    void this.models.parsed(doc).then((parsed) => {
      if (generation === this.generation) this.buildTree(doc, parsed, generation, false);
    });
  }

  /** Builds the tree of `doc` from `model`, starting now (`now`) or in the next turn; shows it unless superseded. */
  private buildTree(doc: vscode.TextDocument, model: NoteModel, generation: number, now: boolean): void {
    const job = new TreeJob(doc.uri, model, this._filter, undefined);
    if (now) {
      const deadline = turnFromNow();
      if (job.step(() => pastDeadline(deadline))) {
        this.showTree(job.tree!, doc.uri.toString(), model);
        return;
      }
    }
    void (async () => {
      for (;;) {
        const deadline = await nextTurn('view');
        if (generation !== this.generation) return;
        if (job.step(() => pastDeadline(deadline))) break;
      }
      this.showTree(job.tree!, doc.uri.toString(), model);
      if (this._mode === 'note') this.emitter.fire();
    })();
  }

  private showTree(tree: NoteTree, uri: string | undefined, model: NoteModel | undefined): void {
    this.tree = tree;
    this.treeUri = uri;
    this.treeModel = model;
  }

  /** Builds every note's tree, in turns of the shared scheduler. */
  private async loadFiles(): Promise<void> {
    const generation = this.filesGeneration;
    const notes = await this.workspaceNotes.list();
    const files: FileElement[] = [];
    let deadline = await nextTurn();
    for (const { uri, model } of notes) {
      if (generation !== this.filesGeneration) return;
      const file: FileElement = { type: 'file', uri, model, children: [], shown: [], parent: undefined };
      const job = new TreeJob(uri, model, this._filter, file);
      while (!job.step(() => pastDeadline(deadline))) deadline = await nextTurn();
      const tree = job.tree!;
      for (const e of tree.roots) file.children.push(e);
      file.shown = tree.shown;
      files.push(file);
      if (pastDeadline(deadline)) deadline = await nextTurn();
    }
    if (generation === this.filesGeneration) this.filesShown = grouped(undefined, files, undefined);
  }

  async getChildren(element?: TopicElement): Promise<TopicElement[]> {
    if (element) return element.type === 'group' ? element.children : element.shown;
    if (this._mode === 'note') return this.tree.shown;
    // A refresh while the notes load (a file watcher's event) drops that load: wait for the newer one.
    for (;;) {
      const loading = (this.filesLoaded ??= this.loadFiles());
      await loading;
      if (this.filesLoaded === loading || this._mode !== 'workspace') return this.filesShown;
    }
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
    else if (element.type === 'group') item.tooltip = vscode.l10n.t('Items {0}–{1} of {2}', element.first + 1, element.first + element.count, element.total);
    return item;
  }

  private groupItem(group: GroupElement): vscode.TreeItem {
    const item = new vscode.TreeItem(`${labelOf(group.firstItem)} … ${labelOf(group.lastItem)}`, vscode.TreeItemCollapsibleState.Collapsed);
    // Ids stay the same across rebuilds: the owner's id, the first item's index and (above the
    // groups of items) the size of the groups, which tells a group of groups from its first group.
    let owner: TopicElement | undefined = group.parent;
    while (owner?.type === 'group') owner = owner.parent;
    const ownerId = owner?.type === 'outline' ? `${owner.uri.toString()}#${owner.node.id}` : owner?.uri.toString() ?? group.uri?.toString() ?? '';
    item.id = `${ownerId}#group${group.first}${group.size > GROUP_SIZE ? `x${group.size}` : ''}`;
    item.description = `${group.first + 1}–${group.first + group.count}`;
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
    // The model the shown tree was built from (a newer version may be parsing meanwhile).
    return element.uri.toString() === this.treeUri ? this.treeModel : undefined;
  }

  /** The element for the innermost topic, question or term at `line` of the shown note. */
  elementAtLine(line: number): OutlineElement | undefined {
    const node = nodeAtLine(this.tree.rootNodes, line);
    return node && this.tree.byKind[node.kind][node.index];
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
