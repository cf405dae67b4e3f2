/**
 * The Terms view: the merged glossary — terms from the user's notes, then glossary files, then
 * the built-in glossary (collapsed) — with how often each is used across the notes. Clicking a
 * term opens it where it is defined. Use counts are computed note by note in time slices after
 * the index changes, so the extension host never blocks for long.
 */
import * as vscode from 'vscode';
import { mergedGlossary, type GlossaryGroup } from '../../core/glossary/merged';
import type { TermDefinition } from '../../core/glossary/termIndex';
import type { WorkspaceIndex } from '../../core/workspace/workspaceIndex';

export const TERMS_VIEW = 'researchNotes.terms';

export type TermSection = 'notes' | 'glossary' | 'builtin';

export interface SectionElement {
  readonly type: 'section';
  readonly section: TermSection;
  readonly groups: readonly GlossaryGroup[];
}

export interface TermElement {
  readonly type: 'term';
  readonly section: TermSection;
  readonly group: GlossaryGroup;
  /** Uses of the term across the indexed notes. */
  readonly uses: number;
}

export type TermsElement = SectionElement | TermElement;

const SLICE_MS = 20;
/** Characters of a note counted at a time (a few milliseconds of matching). */
const COUNT_PIECE = 50_000;

function sectionOf(d: TermDefinition): TermSection {
  return d.origin.kind === 'note' ? 'notes' : d.origin.kind;
}

export class TermsViewProvider implements vscode.TreeDataProvider<TermsElement>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<TermsElement | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private sections: SectionElement[] = [];
  private counts = new Map<TermDefinition, number>();
  private dirty = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: Promise<void> | undefined;
  private generation = 0;

  private visible = false;

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

  /** Rebuilds the list and its counts now (a newer update supersedes it). */
  private async update(): Promise<void> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    this.dirty = false;
    const counts = new Map<TermDefinition, number>();
    let slice = Date.now();
    for (const uri of this.index.noteUris()) {
      // A long note in pieces of about COUNT_PIECE characters, so no slice runs long.
      for (let at = 0; at !== -1;) {
        at = this.index.countUsesIn(uri, counts, at, COUNT_PIECE);
        if (Date.now() - slice > SLICE_MS) {
          await new Promise((r) => setTimeout(r, 0));
          if (generation !== this.generation) return;
          slice = Date.now();
        }
      }
    }
    const groups = mergedGlossary(this.index.terms.definitions());
    const bySection = new Map<TermSection, GlossaryGroup[]>([['notes', []], ['glossary', []], ['builtin', []]]);
    for (const g of groups) bySection.get(sectionOf(g.definitions[0]))!.push(g);
    this.counts = counts;
    this.sections = [...bySection].filter(([, gs]) => gs.length > 0).map(([section, gs]) => ({ type: 'section', section, groups: gs }));
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
    return Math.max(0, ...group.definitions.map((d) => this.counts.get(d) ?? 0));
  }

  getChildren(element?: TermsElement): TermsElement[] {
    if (!element) return this.sections;
    if (element.type === 'section') return element.groups.map((group) => ({ type: 'term', section: element.section, group, uses: this.usesOf(group) }));
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
    const first = element.group.definitions[0];
    const item = new vscode.TreeItem(element.group.term, vscode.TreeItemCollapsibleState.None);
    item.id = `term:${element.section}:${element.group.term}`;
    item.description = element.uses === 1 ? vscode.l10n.t('1 use') : vscode.l10n.t('{0} uses', element.uses);
    item.contextValue = 'term';
    item.iconPath = new vscode.ThemeIcon(element.section === 'builtin' ? 'book' : 'symbol-key');
    if (first.origin.kind !== 'builtin') {
      const at = new vscode.Position(first.origin.line, first.origin.character);
      item.command = {
        command: 'vscode.open',
        title: vscode.l10n.t('Go to Definition'),
        arguments: [vscode.Uri.parse(first.origin.uri), { selection: new vscode.Range(at, at), preview: true }],
      };
      item.resourceUri = undefined;
    }
    return item;
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
