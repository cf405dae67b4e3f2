// The Getting Started walkthrough, followed step by step as a new user would: each step's
// button (the command link in its description) is run, its effect checked, and the picture the
// step shows is taken from the real browser (media/walkthrough/*.jpg). The hover picture and
// the quiz summary also go to docs/ for the README.
import * as vscode from 'vscode';
import * as assert from './assert';
import type { ResearchNotesApi } from '../../../src/host/activate';
import pkg from '../../../package.json';
import nls from '../../../package.nls.json';
import { until } from './util';
import { evalInFrames, press, screenshot } from '../lib/hostBridge';

const EXTENSION_ID = 'research-notes.research-notes';
const WEBVIEW_CONTENT = 'fake.html?id=';

interface Step {
  readonly id: string;
  readonly description: string;
  readonly media: { readonly image: string };
}

/** The command a step's button runs, read from its English description. */
function buttonOf(step: Step): string {
  const key = step.description.replace(/^%|%$/g, '');
  const text = (nls as Record<string, string>)[key];
  const m = /\(command:([\w.]+)\)/.exec(text);
  assert.ok(m, `step ${step.id} has a command button: ${text}`);
  return m[1];
}

async function workbench<T>(expression: string): Promise<T | undefined> {
  const results = await evalInFrames('localhost', expression);
  return results.find((r) => r.value !== undefined && r.value !== null)?.value as T | undefined;
}

async function inQuiz<T>(expression: string): Promise<T | undefined> {
  const results = await evalInFrames(WEBVIEW_CONTENT, `(() => { if (!document.getElementById('rn-quiz')) return undefined; return (${expression}); })()`);
  return results.find((r) => r.value !== undefined && r.value !== null)?.value as T | undefined;
}

suite('walkthrough', () => {
  let rn: ResearchNotesApi;
  const steps = pkg.contributes.walkthroughs[0].steps as Step[];
  const sampleName = 'research-notes-sample.md';

  suiteSetup(async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    const ext = vscode.extensions.getExtension<ResearchNotesApi>(EXTENSION_ID);
    assert.ok(ext);
    rn = await ext.activate();
    rn.preview.manager.webviewPanel?.dispose();
    rn.quiz.panel.webviewPanel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  suiteTeardown(async () => {
    rn?.preview.manager.webviewPanel?.dispose();
    rn?.quiz.panel.webviewPanel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (folder) {
      for (const name of [sampleName, 'glossary.md', '.research-notes']) {
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, name), { recursive: true }).then(undefined, () => undefined);
      }
    }
  });

  test('six steps, each with a command button, a picture and a completion event', () => {
    assert.deepStrictEqual(steps.map((s) => s.id), ['openNote', 'topics', 'preview', 'hover', 'define', 'quiz']);
    for (const s of steps) assert.match(s.media.image, /^media\/walkthrough\/[\w-]+\.jpg$/);
    assert.deepStrictEqual(steps.map(buttonOf), [
      'researchNotes.openSampleNote', 'researchNotes.topics.focus', 'researchNotes.openPreviewToSide',
      'researchNotes.showTermHover', 'researchNotes.defineTerm', 'researchNotes.quiz.currentNote',
    ]);
  });

  test('followed step by step in the browser', async function () {
    this.timeout(180000);
    const step = (id: string): Step => steps.find((s) => s.id === id) as Step;
    const shoot = async (id: string): Promise<void> => {
      await new Promise((r) => setTimeout(r, 600));
      await screenshot(step(id).media.image);
    };

    // 1. The sample note, written into the workspace and opened.
    await vscode.commands.executeCommand(buttonOf(step('openNote')));
    await until(() => vscode.window.activeTextEditor?.document.uri.path.endsWith(sampleName) === true, 'the sample note to open');
    const editor = vscode.window.activeTextEditor as vscode.TextEditor;
    assert.ok(rn.notes.get(editor.document).questions.length >= 2, 'the sample has questions');
    await shoot('openNote');

    // 2. The Topics view, showing the sample's topics.
    await vscode.commands.executeCommand(buttonOf(step('topics')));
    await until(async () => ((await workbench<string>(`document.querySelector('[id="workbench.view.extension.researchNotes"]')?.textContent ?? document.querySelector('.pane-body')?.textContent`)) ?? '').includes('基本概念'),
      'the Topics view to list the sample\'s headings', 15000);
    await shoot('topics');

    // 3. The preview beside it.
    await vscode.commands.executeCommand(buttonOf(step('preview')));
    await until(() => rn.preview.manager.documentUri?.path.endsWith(sampleName) === true, 'the preview of the sample');
    const formulas = rn.notes.get(editor.document).math.length;
    assert.ok(formulas >= 4, `the sample has formulas (${formulas})`);
    await until(async () => {
      const n = await evalInFrames(WEBVIEW_CONTENT, `document.querySelectorAll('.katex').length`);
      return n.some((r) => r.value === formulas);
    }, 'the formulas to render', 20000);
    await shoot('preview');

    // 4. A term hover on SSD, with the note's own sense first.
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await rn.terms.ready;
    await vscode.commands.executeCommand(buttonOf(step('hover')));
    let hover = '';
    await until(async () => (hover = (await workbench<string>(`[...document.querySelectorAll('.monaco-hover')].map((h) => h.textContent).join(' ')`)) ?? '').includes('状态空间对偶性'),
      'the hover of SSD', 15000, () => hover);
    const own = hover.indexOf('From your note');
    const builtin = hover.indexOf('Built-in glossary');
    assert.ok(own >= 0 && (builtin < 0 || builtin > own), `the note's sense first: ${JSON.stringify(hover)}`);
    await shoot('hover');
    await screenshot('docs/screenshot-hover.jpg');
    // Escape closes the hover, as a user would, before the next pictures.
    await press('localhost', '.monaco-editor.focused textarea, .monaco-editor textarea', 'Escape');
    await until(async () => ((await workbench<number>(`[...document.querySelectorAll('.monaco-hover')].filter((h) => h.offsetParent !== null && h.textContent.includes('状态空间对偶性')).length`)) ?? 0) === 0,
      'the hover to close', 5000);

    // 5. Define a term: select a word, the input box asks for the definition.
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('去噪网络'));
    const col = editor.document.lineAt(line).text.indexOf('去噪网络');
    editor.selection = new vscode.Selection(line, col, line, col + 4);
    const defining = vscode.commands.executeCommand(buttonOf(step('define')));
    await until(async () => (await workbench<boolean>(`!!document.querySelector('.quick-input-widget:not([style*="display: none"]) input')`)) === true, 'the input box', 10000);
    await shoot('define');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await until(async () => (await workbench<boolean>(`!!document.querySelector('.quick-input-widget:not([style*="display: none"]) input')`)) !== true
      || (await evalInFrames('localhost', 'document.activeElement?.tagName')).length === 0, 'the input accepted');
    await defining;
    await until(() => rn.terms.index.terms.findAll('去噪网络').length > 0, 'the new term in the index', 10000);

    // 6. A quiz on the sample: grade every card Good, down to the summary with its charts.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand(buttonOf(step('quiz')));
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'front', 'the first card', 20000);
    await shoot('quiz');
    for (let i = 0; i < 40; i++) {
      const state = await inQuiz<string>('document.getElementById("rn-quiz").dataset.state');
      if (state === 'summary') break;
      if (state === 'front') await press(WEBVIEW_CONTENT, '#rn-quiz', ' ', '3');
      await new Promise((r) => setTimeout(r, 250));
    }
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'summary', 'the summary', 20000);
    assert.ok(((await inQuiz<number>('document.querySelectorAll("svg").length')) ?? 0) >= 2, 'charts in the summary');
    await new Promise((r) => setTimeout(r, 600));
    await screenshot('docs/screenshot-stats.jpg');
  });
});
