// Term hovers and go-to-definition through VS Code's own provider commands, on the samples.
import * as vscode from 'vscode';
import * as assert from './assert';
import type { ResearchNotesApi } from '../../../src/host/activate';
import { append, until } from './util';

async function open(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0];
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name)), { preview: false });
}

/** The position of the first occurrence of `needle` on the line that contains `lineNeedle`. */
function positionOf(doc: vscode.TextDocument, lineNeedle: string, needle: string): vscode.Position {
  for (let i = 0; i < doc.lineCount; i++) {
    const text = doc.lineAt(i).text;
    if (text.includes(lineNeedle)) return new vscode.Position(i, text.indexOf(needle, text.indexOf(lineNeedle)) + 1);
  }
  throw new Error(`no line containing ${lineNeedle}`);
}

async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  // MarkdownString.appendText escapes what it appends (spaces as &nbsp;, brackets with \): undo that.
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n')
    .replace(/&nbsp;/g, ' ').replace(/\\([()[\]*_])/g, '$1');
}

suite('term hovers', () => {
  let api: ResearchNotesApi;

  suiteSetup(async () => {
    await open('diffusion-interview.md');
    const ext = vscode.extensions.getExtension<ResearchNotesApi>('research-notes.research-notes')!;
    await until(() => ext.isActive, 'the extension to activate');
    api = ext.exports;
    await api.terms.ready;
  });

  test('SSD resolves to the note\'s own 状态空间对偶性 before the built-in senses', async () => {
    const doc = (await open('diffusion-interview.md')).document;
    const text = await hoverText(doc, positionOf(doc, '状态空间对偶性（SSD）', 'SSD'));
    assert.match(text, /状态空间对偶性/);
    const own = text.indexOf('From your note diffusion-interview.md');
    const builtin = text.indexOf('Built-in glossary');
    assert.ok(own >= 0 && builtin > own, `the note's definition comes first:\n${text}`);
    assert.match(text, /Single Shot MultiBox Detector/);
  });

  test('DDIM and a Chinese term show the user\'s definitions with their sources', async () => {
    const doc = (await open('diffusion-interview.md')).document;
    const ddim = await hoverText(doc, positionOf(doc, '- DDIM：', 'DDIM'));
    assert.match(ddim, /构造非马尔可夫的前向过程/);
    assert.match(ddim, /line 100/);
    const markov = await hoverText(doc, positionOf(doc, '- 马尔可夫链：', '马尔可夫链'));
    assert.match(markov, /From your note diffusion-interview\.md, line \d+/);
    assert.match(markov, /Built-in glossary \(probability\)/);
  });

  test('go to definition lands on the line that defines the term', async () => {
    const doc = (await open('diffusion-interview.md')).document;
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'DDIM 先由当前样本', 'DDIM'));
    const lines = locations.map((l) => `${l.uri.path.replace(/.*\//, '')}:${l.range.start.line + 1}`);
    assert.ok(lines.includes('diffusion-interview.md:100'), lines.join(', '));
  });

  test('find all references lists every use of the term across notes', async () => {
    const doc = (await open('diffusion-interview.md')).document;
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, '- DDIM：', 'DDIM'));
    const files = new Set(refs.map((l) => l.uri.path.replace(/.*\//, '')));
    assert.ok(refs.length >= 5, `${refs.length} references`);
    assert.ok(files.has('diffusion-interview.md'));
    for (const r of refs) {
      const text = (await vscode.workspace.openTextDocument(r.uri)).getText(r.range);
      assert.strictEqual(text, 'DDIM');
    }
  });

  test('workspace symbols find terms and questions', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '马尔可夫');
    assert.ok(symbols.some((s) => s.name === '马尔可夫链' && s.kind === vscode.SymbolKind.Key), symbols.map((s) => s.name).join(', '));
    const questions = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'v-prediction');
    assert.ok(questions.some((s) => s.kind === vscode.SymbolKind.Event), questions.map((s) => s.name).join(', '));
  });

  test('Define Term writes the glossary file and the next hover shows the entry', async () => {
    const doc = (await open('attention-notes.md')).document;
    await vscode.commands.executeCommand('researchNotes.defineTerm', 'Softmax attention', '用 softmax 归一化相似度的注意力。');
    const folder = vscode.workspace.workspaceFolders![0];
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'glossary.md')));
    assert.match(written, /## Softmax attention\n\n用 softmax 归一化相似度的注意力。\n/);
    const text = await hoverText(doc, positionOf(doc, 'Softmax attention', 'Softmax'));
    assert.match(text, /用 softmax 归一化相似度的注意力。/);
    assert.match(text, /From your glossary glossary\.md, line \d+/);
  });

  test('editing a note updates the index', async () => {
    const editor = await open('attention-notes.md');
    const restore = await append(editor, '\n- 新术语甲乙：只在测试里定义的术语。\n');
    try {
      await until(async () => (await hoverText(editor.document, positionOf(editor.document, '- 新术语甲乙', '新术语甲乙'))).includes('只在测试里定义的术语'), 'the new definition in the hover');
    } finally {
      await restore();
    }
    await until(async () => !(await hoverText(editor.document, new vscode.Position(0, 0))).includes('只在测试里定义的术语') &&
      api.terms.index.terms.definitionsOf('新术语甲乙').length === 0, 'the definition to go with the text', 5000);
  });

  test('the Terms view lists the user\'s terms first, with use counts equal to the references, and opens the definition', async () => {
    await api.terms.view.current();
    const sections = api.terms.view.getChildren();
    assert.deepStrictEqual(sections.map((s) => s.type === 'section' && s.section), ['notes', 'glossary', 'builtin']);
    const terms = api.terms.view.getChildren(sections[0]);
    const ddim = terms.find((t) => t.type === 'term' && t.group.term === 'DDIM');
    assert.ok(ddim && ddim.type === 'term', terms.map((t) => t.type === 'term' ? t.group.term : '').join(', '));
    const doc = (await open('diffusion-interview.md')).document;
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, '- DDIM：', 'DDIM'));
    assert.strictEqual(ddim.uses, refs.length);
    const item = api.terms.view.getTreeItem(ddim);
    assert.strictEqual(item.description, `${refs.length} uses`);
    assert.strictEqual(item.command?.command, 'vscode.open');
    const [uri, options] = item.command!.arguments as [vscode.Uri, { selection: vscode.Range }];
    assert.strictEqual(uri.path.replace(/.*\//, ''), 'diffusion-interview.md');
    assert.strictEqual(options.selection.start.line + 1, 100);
    // The built-in glossary comes last, collapsed, without a location to open.
    const builtin = api.terms.view.getChildren(sections[2]);
    assert.ok(builtin.length >= 150, `${builtin.length} built-in terms`);
    assert.strictEqual(api.terms.view.getTreeItem(sections[2]).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.strictEqual(api.terms.view.getTreeItem(builtin[0]).command, undefined);
    // Clicking runs the item's command: the note opens at the definition.
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    await until(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor.selection.active.line === 99, 'the definition to open');
  });

  test('researchNotes.terms.underline decorates known terms in the visible part of the editor, and only when on', async () => {
    const config = vscode.workspace.getConfiguration('researchNotes.terms');
    const editor = await open('diffusion-interview.md');
    assert.strictEqual(config.get('underline'), false, 'off by default');
    assert.strictEqual(api.terms.decorations.decorated(editor).length, 0);
    await config.update('underline', true, vscode.ConfigurationTarget.Global);
    try {
      await until(() => api.terms.decorations.decorated(vscode.window.activeTextEditor!).length > 0, 'underlines to appear');
      const shown = vscode.window.activeTextEditor!;
      const ranges = api.terms.decorations.decorated(shown);
      const words = new Set(ranges.map((r) => shown.document.getText(r)));
      assert.ok(words.has('DDIM') || words.has('扩散模型') || words.has('DDPM'), [...words].join(', '));
      // Only lines near what is visible.
      const last = Math.max(...shown.visibleRanges.map((r) => r.end.line));
      assert.ok(ranges.every((r) => r.start.line <= last + 20), 'no decoration far below the visible range');
      assert.ok(ranges.every((r) => r.isSingleLine));
    } finally {
      await config.update('underline', undefined, vscode.ConfigurationTarget.Global);
    }
    await until(() => api.terms.decorations.decorated(vscode.window.activeTextEditor!).length === 0, 'underlines to go');
  });

  test('renaming a note moves it in the index without rereading any other note', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const [a, b, c] = ['rename-test-a.md', 'rename-test-b.md', 'rename-test-c.md'].map((n) => vscode.Uri.joinPath(folder, n));
    const index = api.terms.index;
    const originOf = (): string | undefined => {
      const d = index.terms.definitionsOf('改名术语甲')[0];
      return d && d.origin.kind === 'note' ? d.origin.uri.replace(/.*\//, '') : undefined;
    };
    await vscode.workspace.fs.writeFile(a, new TextEncoder().encode('# 改名\n\n- 改名术语甲：只在改名测试里定义的术语。\n'));
    try {
      await until(() => index.note(a.toString()), 'the new note in the index');
      const before = api.terms.reads.length;
      // As the explorer renames: onDidRenameFiles moves the note in the index.
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(a, b);
      assert.ok(await vscode.workspace.applyEdit(edit), 'the rename applies');
      await until(() => index.note(b.toString()) && !index.note(a.toString()) && originOf() === 'rename-test-b.md', 'the note to move', 10000, () => `origin ${originOf()}`);
      // Through workspace.fs (file events only): the same outcome.
      await vscode.workspace.fs.rename(b, c);
      await until(() => index.note(c.toString()) && !index.note(b.toString()) && originOf() === 'rename-test-c.md', 'the note to move again', 10000, () => `origin ${originOf()}`);
      const reread = api.terms.reads.slice(before).map((u) => u.replace(/.*\//, ''));
      // Only the renamed note itself may be read again (a real file watcher, as in a Node
      // extension host on disk, reports the write of rename-test-a.md late): no other note.
      assert.ok(reread.every((n) => n.startsWith('rename-test-')), `read again: ${reread.join(', ')}`);
    } finally {
      for (const u of [a, b, c]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    }
    await until(() => ![a, b, c].some((u) => index.note(u.toString())), 'the test notes to leave the index');
    assert.strictEqual(originOf(), undefined);
  });
  test('a malformed glossary entry is a warning at its line in the Problems panel; the good entries still hover', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const glossary = vscode.Uri.joinPath(folder, 'glossary.md');
    const before = await vscode.workspace.fs.readFile(glossary).then((b) => b, () => undefined);
    const text = '# Glossary\n\n## 好词条\n\n一个正常的定义。\n\n## 空词条\n\n## 另一个好词条\n\nAnother definition.\n';
    await vscode.workspace.fs.writeFile(glossary, new TextEncoder().encode(text));
    try {
      let problems: vscode.Diagnostic[] = [];
      await until(() => (problems = vscode.languages.getDiagnostics(glossary)).length === 1, 'one glossary warning', 10000,
        () => JSON.stringify(problems.map((p) => [p.range.start.line, p.message])));
      assert.strictEqual(problems[0].range.start.line, 6);
      assert.strictEqual(problems[0].severity, vscode.DiagnosticSeverity.Warning);
      assert.match(problems[0].message, /"空词条" has no definition under its heading/);
      assert.ok(api.terms.index.terms.definitionsOf('好词条').some((d) => d.definition.includes('一个正常的定义')), 'the good entry is indexed');
      assert.ok(api.terms.index.terms.definitionsOf('另一个好词条').length > 0, 'and the one after the bad entry');
      // Fixed: the warning goes.
      await vscode.workspace.fs.writeFile(glossary, new TextEncoder().encode(text.replace('## 空词条\n\n', '## 空词条\n\n补上的定义。\n\n')));
      await until(() => vscode.languages.getDiagnostics(glossary).length === 0, 'the warning to clear once fixed');
    } finally {
      if (before) await vscode.workspace.fs.writeFile(glossary, before);
      else await vscode.workspace.fs.delete(glossary).then(undefined, () => undefined);
    }
  });
});
