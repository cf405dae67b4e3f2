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
});
