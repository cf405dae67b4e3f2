/**
 * Term hovers and go-to-definition, from the workspace index: the user's notes, glossary files
 * and the built-in bilingual glossary. The index is built in the background on activation and
 * kept current from editor changes and file-system events, one file at a time. The scan, and
 * everything that grows with a note's length (reading, parsing, indexing and removing a long
 * note, finding a term's uses, workspace symbols), run in turns (src/host/turns.ts), so the
 * extension host stays responsive.
 */
import * as vscode from 'vscode';
import { builtinDefinitions } from '../../core/glossary/builtinDefinitions';
import { appendGlossaryEntry } from '../../core/glossary/glossaryFile';
import { lookupTerm, type TermLookup } from '../../core/glossary/lookup';
import type { TermDefinition } from '../../core/glossary/termIndex';
import { beginParse, type NoteModel } from '../../core/notes';
import { WorkspaceIndex, type TermUse } from '../../core/workspace/workspaceIndex';
import { LARGE_NOTE_BYTES, SYNC_PARSE_CHARS, type NoteModels } from '../notes/noteModels';
import { nextTurn, pastDeadline, turnFromNow } from '../turns';
import { TermDecorations } from './termDecorations';
import { TERMS_VIEW, TermsViewProvider, type TermsElement } from './termsView';
import { setting } from '../settings';

const NOTE_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git,.vscode-test-web,.vscode-test,out,dist}/**';
/** Lines a long note's parse runs between two looks at the turn's deadline (a line of formulas takes ~10 µs). */
const PARSE_LINES_PER_CHECK = 100;
/** Bytes of a file decoded at a time (about a millisecond each). */
const DECODE_CHUNK = 256 * 1024;
/** A note with more terms than this leaves the index in turns when it is deleted. */
const REMOVE_IN_TURNS = 2000;
/** Above this many notes, the first scan shows a progress notification. */
const PROGRESS_THRESHOLD = 200;

export interface Terms {
  readonly index: WorkspaceIndex;
  /** Resolves once the first workspace scan has finished. */
  readonly ready: Promise<void>;
  /** Appends an entry to the workspace's glossary file (creating it) and indexes it; returns the file. */
  defineTerm(term: string, definition: string): Promise<vscode.Uri>;
  /** The Terms view's data. */
  readonly view: TermsViewProvider;
  readonly treeView: vscode.TreeView<TermsElement>;
  /** The underline decorations (`researchNotes.terms.underline`). */
  readonly decorations: TermDecorations;
  /** Every file read from disk into the index since activation, in order (tests check that a rename rereads nothing else). */
  readonly reads: readonly string[];
}

function isGlossary(uri: vscode.Uri): boolean {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1).toLowerCase();
  const extra = setting<string[]>('glossary.files');
  return name === 'glossary.md' || extra.some((f) => uri.path.endsWith(`/${f.replace(/^\.?\//, '')}`));
}

export function registerTerms(context: vscode.ExtensionContext, models: NoteModels): Terms {
  const index = new WorkspaceIndex(models.parseOptions());
  index.addDefinitions(builtinDefinitions());
  const decoder = new TextDecoder('utf-8');
  const view = new TermsViewProvider(index);
  const treeView = vscode.window.createTreeView<TermsElement>(TERMS_VIEW, { treeDataProvider: view });
  const decorations = new TermDecorations(index);
  const reads: string[] = [];
  view.setVisible(treeView.visible);
  context.subscriptions.push(view, treeView, decorations, treeView.onDidChangeVisibility((e) => view.setVisible(e.visible)));

  /** After any change to the index: the view recounts, the underlines follow (both debounced). */
  const changed = (): void => {
    view.invalidate();
    decorations.schedule();
  };
  /** Malformed glossary entries, in the Problems panel at their lines (the good entries are indexed). */
  const glossaryProblems = vscode.languages.createDiagnosticCollection('research-notes.glossary');
  context.subscriptions.push(glossaryProblems);
  const setGlossary = (uri: vscode.Uri, text: string): void => {
    const problems = index.setGlossary(uri.toString(), text);
    glossaryProblems.set(uri, problems.map((p) => {
      const message = p.code === 'no-definition' ? vscode.l10n.t('"{0}" has no definition under its heading; the entry is skipped.', p.term ?? '')
        : p.code === 'long-heading' ? vscode.l10n.t('A term heading longer than 80 characters is skipped.')
          : vscode.l10n.t('A code fence is never closed: the entries after it are read as its content.');
      const d = new vscode.Diagnostic(new vscode.Range(p.line, 0, p.line, Number.MAX_SAFE_INTEGER), message, vscode.DiagnosticSeverity.Warning);
      d.source = vscode.l10n.t('Research Notes glossary');
      return d;
    }));
  };
  /** Per note, the number of the latest text handed to indexText (a slower parse of an older text is dropped). */
  const versions = new Map<string, number>();
  let version = 0;
  /**
   * Long notes are indexed one at a time, in turns, in the order their texts were parsed (a
   * note's older text is dropped there if a newer one came); deleted long notes leave the same way.
   */
  let queue: Promise<void> = Promise.resolve();
  const inTurns = (job: () => Promise<void>): void => {
    queue = queue.then(job).catch(() => undefined);
  };
  /** A long note's text parsed in turns (an open note's model comes from NoteModels, shared with the Topics view). */
  const parseInTurns = async (text: string): Promise<NoteModel> => {
    let deadline = await nextTurn();
    const job = beginParse(text, models.parseOptions(), PARSE_LINES_PER_CHECK);
    while (!job.step(() => pastDeadline(deadline))) deadline = await nextTurn();
    return job.result();
  };
  /** Notes whose latest text is still parsed or indexed in turns. */
  const unsettled = new Set<string>();
  const indexText = (uri: vscode.Uri, text: string, doc?: vscode.TextDocument): void => {
    const key = uri.toString();
    const mine = ++version;
    versions.set(key, mine);
    unsettled.delete(key);
    if (isGlossary(uri)) {
      setGlossary(uri, text);
    } else if (text.length <= SYNC_PARSE_CHARS) {
      index.setNote(key, text);
    } else {
      // A long note: its model parsed in turns, then its terms indexed in turns; lookups show
      // its old terms (or none) until the new ones are all in.
      unsettled.add(key);
      const settled = (): void => {
        if (versions.get(key) === mine) unsettled.delete(key);
      };
      void (doc ? models.parsed(doc) : parseInTurns(text)).then((model) => inTurns(async () => {
        if (versions.get(key) !== mine) return;
        let deadline = await nextTurn();
        if (versions.get(key) !== mine) return;
        const job = index.beginSetNote(key, text, model);
        while (!job.step(() => pastDeadline(deadline))) deadline = await nextTurn();
        settled();
        changed();
      }), settled);
      return;
    }
    changed();
  };
  /** A file's bytes as text, a long file decoded in turns. */
  const decode = async (bytes: Uint8Array): Promise<string> => {
    if (bytes.length <= DECODE_CHUNK) return decoder.decode(bytes);
    const stream = new TextDecoder('utf-8');
    const parts: string[] = [];
    let deadline = turnFromNow();
    for (let at = 0; at < bytes.length; at += DECODE_CHUNK) {
      if (pastDeadline(deadline)) deadline = await nextTurn();
      parts.push(stream.decode(bytes.subarray(at, at + DECODE_CHUNK), { stream: at + DECODE_CHUNK < bytes.length }));
    }
    return parts.join('');
  };
  const indexFile = async (uri: vscode.Uri): Promise<void> => {
    const openDoc = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const open = openDoc();
    if (open) return indexText(uri, open.getText(), open);
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      // A large note is indexed when it is opened (its text then comes from the editor), not
      // decoded here: making one string of a 10 MB file's bytes alone held the host for up to
      // 70 ms. Changed on disk while closed, it leaves the index until it is opened again.
      if (bytes.length > LARGE_NOTE_BYTES) {
        if (index.note(uri.toString()) && !openDoc()) forget(uri);
        return;
      }
      reads.push(uri.toString());
      indexText(uri, await decode(bytes));
    } catch {
      // Deleted or unreadable since it was listed: nothing to index.
    }
  };
  const forget = (uri: vscode.Uri): void => {
    const key = uri.toString();
    versions.delete(key);
    unsettled.delete(key);
    if ((index.note(key)?.terms.length ?? Infinity) > REMOVE_IN_TURNS) {
      // A long note (or one whose indexing may still run) leaves in turns, after any indexing
      // queued before; not if it came back meanwhile.
      inTurns(async () => {
        let deadline = await nextTurn();
        if (versions.has(key)) return;
        const job = index.beginRemoveNote(key);
        while (!job.step(() => pastDeadline(deadline))) deadline = await nextTurn();
        changed();
      });
    } else {
      index.removeNote(key);
    }
    index.removeGlossary(uri.toString());
    glossaryProblems.delete(uri);
    changed();
  };
  /** A file or folder renamed in VS Code: its notes move in the index, nothing is read again. */
  const renamed = (from: vscode.Uri, to: vscode.Uri): void => {
    const old = from.toString();
    const prefix = old.endsWith('/') ? old : `${old}/`;
    for (const uri of [...index.noteUris(), ...index.glossaryUris()]) {
      if (uri === old || uri.startsWith(prefix)) moveFile(vscode.Uri.parse(uri), vscode.Uri.parse(to.toString() + uri.slice(old.length)));
    }
    changed();
  };
  const moveFile = (from: vscode.Uri, to: vscode.Uri): void => {
    if (!/\.(md|markdown)$/i.test(to.path)) return forget(from);
    // A note renamed to glossary.md (or back) changes kind: read that file alone.
    const wasGlossary = index.hasGlossary(from.toString());
    if (wasGlossary !== isGlossary(to)) {
      forget(from);
      void indexFile(to);
    } else {
      const fromKey = from.toString();
      const toKey = to.toString();
      index.rename(fromKey, toKey);
      // Its latest text goes with it; a long text still parsed or indexed under the old uri is
      // dropped there (see indexText) and read again under the new one.
      const latest = versions.get(fromKey);
      versions.delete(fromKey);
      if (latest !== undefined) versions.set(toKey, latest);
      if (unsettled.delete(fromKey)) void indexFile(to);
    }
  };

  // Open notes first, so hovers work at once; then the rest of the workspace, in slices.
  for (const doc of vscode.workspace.textDocuments) if (doc.languageId === 'markdown') indexText(doc.uri, doc.getText(), doc);
  const ready = (async () => {
    const uris = (await vscode.workspace.findFiles(NOTE_GLOB, EXCLUDE_GLOB)).filter((u) => !index.note(u.toString()));
    const scan = async (report?: (done: number) => void): Promise<void> => {
      let deadline = await nextTurn();
      let done = 0;
      for (const uri of uris) {
        if (!index.note(uri.toString())) await indexFile(uri);
        done++;
        if (pastDeadline(deadline)) {
          report?.(done);
          deadline = await nextTurn();
        }
      }
    };
    if (uris.length > PROGRESS_THRESHOLD) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing terms in {0} notes', uris.length) }, async (progress) => {
        let reported = 0;
        await scan((done) => {
          progress.report({ increment: ((done - reported) * 100) / uris.length, message: vscode.l10n.t('{0} of {1}', done, uris.length) });
          reported = done;
        });
      });
    } else {
      await scan();
    }
  })();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Map<string, vscode.TextDocument>();
  const watcher = vscode.workspace.createFileSystemWatcher(NOTE_GLOB);
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate((uri) => void indexFile(uri)),
    watcher.onDidChange((uri) => void indexFile(uri)),
    watcher.onDidDelete(forget),
    // A note the scan left out (a large one) is indexed once it is opened.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const key = doc.uri.toString();
      if (doc.languageId === 'markdown' && vscode.workspace.getWorkspaceFolder(doc.uri) && !index.note(key) && !versions.has(key)) indexText(doc.uri, doc.getText(), doc);
    }),
    vscode.workspace.onDidRenameFiles((e) => {
      for (const f of e.files) renamed(f.oldUri, f.newUri);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId !== 'markdown' || e.contentChanges.length === 0) return;
      pending.set(e.document.uri.toString(), e.document);
      clearTimeout(timer);
      timer = setTimeout(() => {
        for (const doc of pending.values()) indexText(doc.uri, doc.getText(), doc);
        pending.clear();
      }, 200);
    }),
    new vscode.Disposable(() => clearTimeout(timer)),
    vscode.commands.registerCommand('researchNotes.defineTerm', async (term?: string, definition?: string) => {
      const editor = vscode.window.activeTextEditor;
      const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).trim() : '';
      const name = term ?? (selected || await vscode.window.showInputBox({ prompt: vscode.l10n.t('Term to define') }));
      if (!name) return;
      const around = editor ? editor.document.lineAt(editor.selection.active.line).text.trim() : '';
      const text = definition ?? await vscode.window.showInputBox({
        prompt: vscode.l10n.t('Definition of {0}', name),
        value: around.replace(/^[-*+]\s+/, ''),
      });
      if (!text) return;
      const file = await defineTerm(name, text);
      void vscode.window.showInformationMessage(vscode.l10n.t('Added {0} to {1}', name, vscode.workspace.asRelativePath(file, false)));
    }),
    vscode.languages.registerHoverProvider({ language: 'markdown' }, {
      provideHover(doc, position) {
        const found = termAt(index, doc, position);
        return found ? new vscode.Hover(hoverContent(found), rangeOf(found)) : undefined;
      },
    }),
    vscode.languages.registerReferenceProvider({ language: 'markdown' }, {
      async provideReferences(doc, position, _context, token) {
        const found = termAt(index, doc, position);
        if (!found) return undefined;
        // Every note is searched, a long one in turns.
        const search = index.beginFindUses(found.match);
        let deadline = turnFromNow();
        while (!search.step(() => pastDeadline(deadline))) {
          deadline = await nextTurn();
          if (token.isCancellationRequested) return undefined;
        }
        return search.uses.map((u: TermUse) => new vscode.Location(vscode.Uri.parse(u.uri), new vscode.Range(u.line, u.character, u.line, u.character + u.length)));
      },
    }),
    vscode.languages.registerWorkspaceSymbolProvider({
      async provideWorkspaceSymbols(query, token) {
        const q = query.toLowerCase();
        const out: vscode.SymbolInformation[] = [];
        const termLabel = vscode.l10n.t('term');
        const questionLabel = vscode.l10n.t('question');
        // A long note has tens of thousands of terms and questions: looked through in turns.
        let deadline = turnFromNow();
        let looked = 0;
        const due = (): boolean => ++looked % 256 === 0 && pastDeadline(deadline);
        for (const note of [...index.allNotes()]) {
          const uri = vscode.Uri.parse(note.uri);
          const add = (name: string, kind: vscode.SymbolKind, line: number, character: number, container: string): void => {
            if (name.toLowerCase().includes(q)) out.push(new vscode.SymbolInformation(name, kind, container, new vscode.Location(uri, new vscode.Position(line, character))));
          };
          for (const t of note.terms) {
            if (out.length >= 500) return out;
            if (due()) {
              deadline = await nextTurn();
              if (token.isCancellationRequested) return undefined;
            }
            if (t.origin.kind === 'note') add(t.term, vscode.SymbolKind.Key, t.origin.line, t.origin.character, termLabel);
          }
          for (const qn of note.model?.questions ?? []) {
            if (out.length >= 500) return out;
            if (due()) {
              deadline = await nextTurn();
              if (token.isCancellationRequested) return undefined;
            }
            add(qn.text, vscode.SymbolKind.Event, qn.range.start.line, qn.range.start.character, questionLabel);
          }
        }
        return out;
      },
    }),
    vscode.languages.registerDefinitionProvider({ language: 'markdown' }, {
      provideDefinition(doc, position) {
        const found = termAt(index, doc, position);
        if (!found) return undefined;
        return found.definitions.flatMap((d) => (d.origin.kind === 'builtin' ? [] : [
          new vscode.Location(vscode.Uri.parse(d.origin.uri), new vscode.Position(d.origin.line, d.origin.character)),
        ]));
      },
    }),
  );
  /** The glossary file "Define term" writes: the first configured one, else `glossary.md` in the first folder. */
  async function defineTerm(term: string, definition: string): Promise<vscode.Uri> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error(vscode.l10n.t('Open a folder to keep a glossary in it.'));
    const configured = setting<string[]>('glossary.files');
    const file = vscode.Uri.joinPath(folder.uri, configured[0] ?? 'glossary.md');
    let current = '';
    try {
      current = decoder.decode(await vscode.workspace.fs.readFile(file));
    } catch {
      // No glossary yet: this entry starts it.
    }
    const next = appendGlossaryEntry(current, term, definition);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(next));
    // Index at once, so the next hover shows the entry without waiting for the file event.
    setGlossary(file, next);
    changed();
    return file;
  }

  return { index, ready, defineTerm, view, treeView, decorations, reads };
}

/** The term under `position`: the core lookup the CLI's `lookup` command runs too. */
function termAt(index: WorkspaceIndex, doc: vscode.TextDocument, position: vscode.Position): TermLookup | undefined {
  return lookupTerm(index.terms, doc, position.line, position.character, doc.uri.toString());
}

function rangeOf(found: TermLookup): vscode.Range {
  return new vscode.Range(found.line, found.start, found.line, found.end);
}

/** The hover: the term, then every definition with where it comes from — the user's own first. */
function hoverContent(match: TermLookup): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown('**').appendText(match.definitions[0].term).appendMarkdown('**');
  match.definitions.forEach((d) => {
    md.appendMarkdown('\n\n---\n\n');
    if (d.expansion && d.expansion !== d.term) md.appendText(`${d.expansion} — `);
    md.appendText(d.definition);
    if (d.tex) md.appendMarkdown('\n\n').appendCodeblock(d.tex, 'latex');
    md.appendMarkdown('\n\n');
    appendSource(md, d);
  });
  return md;
}

/** Where a definition comes from; a note or glossary file is a link that opens it at the line. */
function appendSource(md: vscode.MarkdownString, d: TermDefinition): void {
  if (d.origin.kind === 'builtin') {
    md.appendMarkdown('*').appendText(vscode.l10n.t('Built-in glossary ({0})', d.origin.field)).appendMarkdown('*');
    return;
  }
  const uri = vscode.Uri.parse(d.origin.uri);
  const line = d.origin.line + 1;
  const label = d.origin.kind === 'note'
    ? vscode.l10n.t('From your note {0}, line {1}', vscode.workspace.asRelativePath(uri, false), line)
    : vscode.l10n.t('From your glossary {0}, line {1}', vscode.workspace.asRelativePath(uri, false), line);
  md.appendMarkdown(`[${label.replace(/[[\]\\]/g, '\\$&')}](${uri.with({ fragment: `L${line}` }).toString()})`);
}
