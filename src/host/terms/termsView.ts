/**
 * The Terms view: the merged glossary — terms from the user's notes, then glossary files, then
 * the built-in glossary (collapsed) — with how often each is used across the notes. Clicking a
 * term opens it where it is defined. Use counts, the grouping and the view's items are made in
 * turns (src/host/turns.ts) after the index changes, so the extension host never blocks for long.
 */
import * as vscode from 'vscode';
import { beginMergedGlossary, type GlossaryGroup } from '../../core/glossary/merged';
import { definitionShard, type TermDefinition } from '../../core/glossary/termIndex';
import { ShardedMap } from '../../core/collections';
import type { WorkspaceIndex } from '../../core/workspace/workspaceIndex';
import { nextTurn, pastDeadline, turnFromNow } from '../turns';

export const TERMS_VIEW = 'researchNotes.terms';

export type TermSection = 'notes' | 'glossary' | 'builtin';

export interface SectionElement {
  readonly type: 'section';
  readonly section: TermSection;
  readonly groups: readonly GlossaryGroup[];
  /** The section's items, made with their use counts when the list was built. */
  readonly terms: readonly TermElement[];
}

export interface TermElement {
  readonly type: 'term';
  readonly section: TermSection;
  readonly group: GlossaryGroup;
  /** Uses of the term across the indexed notes. */
  readonly uses: number;
}

/**
 * A run of a long section's terms (`DDIM … LoRA`), collapsed: VS Code asks for every item of
 * an expanded node at once, which for the 35,000 terms of a 10 MB note held the extension
 * host for long; a run is asked for only when opened.
 */
export interface RunElement {
  readonly type: 'run';
  readonly section: TermSection;
  /** Index of the run's first term in its section. */
  readonly from: number;
  readonly terms: readonly TermElement[];
}

export type TermsElement = SectionElement | RunElement | TermElement;

/** Items made between two looks at the turn's deadline. */
const ITEMS_PER_CHECK = 256;
/** A section with more terms than this lists them in runs of this many. */
const RUN_LENGTH = 500;

const KEY = new vscode.ThemeIcon('symbol-key');
const BOOK = new vscode.ThemeIcon('book');

function sectionOf(d: TermDefinition): TermSection {
  return d.origin.kind === 'note' ? 'notes' : d.origin.kind;
}

/** A long section's terms in runs of RUN_LENGTH. */
function runsOf(section: SectionElement): RunElement[] {
  const runs: RunElement[] = [];
  for (let from = 0; from < section.terms.length; from += RUN_LENGTH) {
    runs.push({ type: 'run', section: section.section, from, terms: section.terms.slice(from, from + RUN_LENGTH) });
  }
  return runs;
}

/** Uses of a term: the most of any of its definitions (a term defined twice is still used once per use). */
function usesOf(counts: ReadonlyMap<TermDefinition, number>, group: GlossaryGroup): number {
  let most = 0;
  for (const d of group.definitions) most = Math.max(most, counts.get(d) ?? 0);
  return most;
}

export class TermsViewProvider implements vscode.TreeDataProvider<TermsElement>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TermsElement | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private sections: SectionElement[] = [];
  private counts: Map<TermDefinition, number> = new ShardedMap(definitionShard);
  private dirty = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<void> | undefined;
  private generation = 0;

  private visible = false;
  /** Parsed note uris and use labels, for the items (a long note has tens of thousands). */
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly labels = new Map<number, string>();
  private goToDefinition: string | undefined;
  /** A long section's runs, made once per list. */
  private readonly runs = new WeakMap<SectionElement, RunElement[]>();

  constructor(private readonly index: WorkspaceIndex) {}

  /** The view was shown or hidden: counting happens only while it is visible. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible && this.dirty) this.invalidate(0);
  }

  /**
   * The index changed: rebuild the list and recount uses, debounced — only while the view is
   * visible (counting reads every note); a hidden view catches up when it is shown.
   */
  invalidate(delay = 300): void {
    this.dirty = true;
    clearTimeout(this.timer);
    if (this.visible) this.timer = setTimeout(() => void (this.pending = this.update()), delay);
  }

  /** Rebuilds the list and its counts now (a newer update supersedes it), in turns. */
  private async update(): Promise<void> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    this.dirty = false;
    let deadline = turnFromNow();
    const over = (): boolean => pastDeadline(deadline);
    /** Waits for the next turn; false when a newer update (or dispose) made this one moot. */
    const next = async (): Promise<boolean> => {
      deadline = await nextTurn();
      return generation === this.generation;
    };
    const counts: Map<TermDefinition, number> = new ShardedMap(definitionShard);
    for (const uri of this.index.noteUris()) {
      // A long note in steps, each until the turn's deadline.
      for (let at = 0; at !== -1;) {
        at = this.index.countUsesIn(uri, counts, at, over);
        if ((at !== -1 || over()) && !(await next())) return;
      }
    }
    const merge = beginMergedGlossary(this.index.terms.definitions());
    while (!merge.step(over)) if (!(await next())) return;
    const bySection = new Map<TermSection, { groups: GlossaryGroup[]; terms: TermElement[] }>([
      ['notes', { groups: [], terms: [] }], ['glossary', { groups: [], terms: [] }], ['builtin', { groups: [], terms: [] }],
    ]);
    const groups = merge.result();
    for (let i = 0; i < groups.length; i++) {
      if (i % ITEMS_PER_CHECK === 0 && over() && !(await next())) return;
      const group = groups[i];
      const section = sectionOf(group.definitions[0]);
      const s = bySection.get(section)!;
      s.groups.push(group);
      s.terms.push({ type: 'term', section, group, uses: usesOf(counts, group) });
    }
    this.counts = counts;
    this.uris.clear();
    this.sections = [...bySection].filter(([, s]) => s.groups.length > 0).map(([section, s]) => ({ type: 'section', section, groups: s.groups, terms: s.terms }));
    this.emitter.fire();
  }

  /** Resolves when the list reflects the index (waits for a pending update). */
  async current(): Promise<void> {
    for (;;) {
      if (this.dirty) this.pending = this.update();
      const pending = this.pending;
      await pending;
      if (!this.dirty && pending === this.pending) return;
    }
  }

  usesOf(group: GlossaryGroup): number {
    return usesOf(this.counts, group);
  }

  getChildren(element?: TermsElement): TermsElement[] {
    if (!element) return this.sections;
    if (element.type === 'section') {
      if (element.terms.length <= RUN_LENGTH) return element.terms.slice();
      let runs = this.runs.get(element);
      if (!runs) this.runs.set(element, (runs = runsOf(element)));
      return runs.slice();
    }
    if (element.type === 'run') return element.terms.slice();
    return [];
  }

  getTreeItem(element: TermsElement): vscode.TreeItem {
    if (element.type === 'section') {
      const label = element.section === 'notes' ? vscode.l10n.t('From your notes') : element.section === 'glossary' ? vscode.l10n.t('From glossary files') : vscode.l10n.t('Built-in glossary');
      const item = new vscode.TreeItem(label, element.section === 'builtin' ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
      item.id = `section:${element.section}`;
      item.description = String(element.groups.length);
      item.contextValue = 'termsSection';
      return item;
    }
    if (element.type === 'run') {
      const last = element.terms[element.terms.length - 1];
      const item = new vscode.TreeItem(`${element.terms[0].group.term} … ${last.group.term}`, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `run:${element.section}:${element.from}`;
      item.description = String(element.terms.length);
      item.contextValue = 'termsRun';
      return item;
    }
    // VS Code asks for every item of an expanded node at once (tens of thousands for a long
    // note): what items share is made once.
    const first = element.group.definitions[0];
    const item = new vscode.TreeItem(element.group.term, vscode.TreeItemCollapsibleState.None);
    item.id = `term:${element.section}:${element.group.term}`;
    item.description = this.usesLabel(element.uses);
    item.contextValue = 'term';
    item.iconPath = element.section === 'builtin' ? BOOK : KEY;
    if (first.origin.kind !== 'builtin') {
      const at = new vscode.Position(first.origin.line, first.origin.character);
      let uri = this.uris.get(first.origin.uri);
      if (!uri) this.uris.set(first.origin.uri, (uri = vscode.Uri.parse(first.origin.uri)));
      item.command = {
        command: 'vscode.open',
        title: (this.goToDefinition ??= vscode.l10n.t('Go to Definition')),
        arguments: [uri, { selection: new vscode.Range(at, at), preview: true }],
      };
      item.resourceUri = undefined;
    }
    return item;
  }

  /** "1 use", "{0} uses", made once per count. */
  private usesLabel(uses: number): string {
    let label = this.labels.get(uses);
    if (label === undefined) this.labels.set(uses, (label = uses === 1 ? vscode.l10n.t('1 use') : vscode.l10n.t('{0} uses', uses)));
    return label;
  }

  /**
   * The tooltip, asked for only when the user hovers an item: VS Code converts every Markdown
   * tooltip of the items it fetches at once, which takes seconds for thousands of terms.
   */
  resolveTreeItem(item: vscode.TreeItem, element: TermsElement): vscode.TreeItem {
    if (element.type !== 'term') return item;
    const first = element.group.definitions[0];
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**').appendText(element.group.term).appendMarkdown('**\n\n');
    if (first.expansion && first.expansion !== first.term) tooltip.appendText(`${first.expansion} — `);
    tooltip.appendText(first.definition.length > 300 ? `${first.definition.slice(0, 299)}…` : first.definition);
    item.tooltip = tooltip;
    return item;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.emitter.dispose();
  }
}
