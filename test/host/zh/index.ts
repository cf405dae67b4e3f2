// The extension as a user with VS Code in Simplified Chinese sees it (the browser runs in
// zh-CN, which VS Code for the Web takes as its display language): views, commands, runtime
// messages and webview texts come from the Chinese translations.
import * as vscode from 'vscode';
import { runMocha } from '../lib/mochaBootstrap';
import * as assert from '../suite/assert';
import { until } from '../suite/util';
import { evalInFrames } from '../lib/hostBridge';
import type { ResearchNotesApi } from '../../../src/host/activate';

const EXTENSION_ID = 'research-notes.research-notes';
const ANSWER = '显示答案';
const OPEN = '在笔记中打开';

async function workbenchText(selector: string): Promise<string> {
  const results = await evalInFrames('localhost', `[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent).join(' | ')`);
  return results.map((r) => (typeof r.value === 'string' ? r.value : '')).join(' | ');
}

suite('简体中文 UI', () => {
  let rn: ResearchNotesApi;
  let sample: vscode.Uri;

  suiteSetup(async function () {
    this.timeout(30000);
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    sample = vscode.Uri.joinPath(folder.uri, 'diffusion-interview.md');
    await vscode.window.showTextDocument(sample, { preview: false });
    const ext = vscode.extensions.getExtension<ResearchNotesApi>(EXTENSION_ID);
    assert.ok(ext);
    rn = await ext.activate();
  });

  test('VS Code runs in zh-cn', () => {
    assert.strictEqual(vscode.env.language, 'zh-cn');
  });

  // Contribution titles (views, commands, walkthrough) come from package.nls.zh-cn.json, which
  // VS Code for the Web applies to Marketplace extensions only, not to one loaded from a folder
  // as here; test/unit/manifest.test.ts checks that every key has its translation. The texts
  // the extension itself writes are checked below and here: the Topics view's item counts.
  test('the Topics view: counts of questions and terms in Chinese', async function () {
    this.timeout(30000);
    await vscode.commands.executeCommand('researchNotes.topics.focus');
    let rows = '';
    await until(async () => /\d+ 个问题/.test(rows = await workbenchText('.monaco-list-row')) && /\d+ 个术语/.test(rows),
      'topic descriptions such as "2 个问题" and "4 个术语"', 15000, () => rows.slice(0, 400));
  });

  test('runtime texts: the preview title, its badges and a warning (l10n bundle)', async function () {
    this.timeout(40000);
    await vscode.commands.executeCommand('researchNotes.openPreviewToSide');
    await until(() => rn.preview.manager.webviewPanel?.title === '预览 diffusion-interview.md', 'the preview titled 预览 …', 15000,
      () => String(rn.preview.manager.webviewPanel?.title));
    await until(async () => {
      const r = await evalInFrames('fake.html?id=', `getComputedStyle(document.documentElement).getPropertyValue('--rn-label-question')`);
      return r.some((x) => typeof x.value === 'string' && x.value.includes('问'));
    }, 'the question badge 问 in the webview', 15000);
    rn.preview.manager.webviewPanel?.dispose();

    const config = vscode.workspace.getConfiguration('researchNotes.quiz');
    await config.update('mockInterview.questions', 'many', vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('researchNotes.quiz.mockInterview');
      let toasts = '';
      await until(async () => (toasts = await workbenchText('.notification-toast')).includes('设置 researchNotes.quiz.mockInterview.questions 的值无效'),
        'the invalid-setting warning in Chinese', 15000, () => toasts);
      let labels = '';
      await until(async () => {
        const r = await evalInFrames('fake.html?id=', `document.getElementById('rn-quiz')?.textContent ?? ''`);
        labels = r.map((x) => String(x.value ?? '')).join(' ');
        return labels.includes(ANSWER) && labels.includes(OPEN);
      }, 'the quiz panel in Chinese', 15000, () => labels);
    } finally {
      rn.quiz.panel.webviewPanel?.dispose();
      await config.update('mockInterview.questions', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

export function run(): Promise<void> {
  return runMocha();
}
