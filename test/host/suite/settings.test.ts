// Settings with invalid values (a hand-edited settings.json): the feature runs with the
// default, and the user is told once which setting was ignored.
import * as vscode from 'vscode';
import * as assert from './assert';
import type { ResearchNotesApi } from '../../../src/host/activate';
import { settingSchema } from '../../../src/host/settings';
import { until } from './util';
import { evalInFrames } from '../lib/hostBridge';

const EXTENSION_ID = 'research-notes.research-notes';

async function toasts(): Promise<string[]> {
  const results = await evalInFrames('localhost', `[...document.querySelectorAll('.notification-toast')].map((t) => t.textContent)`);
  return results.flatMap((r) => (Array.isArray(r.value) ? r.value as string[] : []));
}

suite('settings', () => {
  let rn: ResearchNotesApi;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<ResearchNotesApi>(EXTENSION_ID);
    assert.ok(ext);
    rn = await ext.activate();
  });

  test('an invalid value falls back to the default with one warning naming the setting', async function () {
    this.timeout(40000);
    const config = vscode.workspace.getConfiguration('researchNotes.quiz');
    await vscode.commands.executeCommand('notifications.clearAll');
    await config.update('mockInterview.questions', 'many', vscode.ConfigurationTarget.Global);
    try {
      const note = (vscode.workspace.workspaceFolders ?? [])[0];
      assert.ok(note);
      await vscode.window.showTextDocument(vscode.Uri.joinPath(note.uri, 'diffusion-interview.md'));
      rn.quiz.panel.webviewPanel?.dispose();
      await vscode.commands.executeCommand('researchNotes.quiz.mockInterview');
      assert.strictEqual(settingSchema('researchNotes.quiz.mockInterview.questions')?.default, 5);
      await until(() => rn.quiz.panel.items.length === 5, 'an interview of the default 5 questions', 10000, () => `${rn.quiz.panel.items.length}`);
      let shown: string[] = [];
      await until(async () => (shown = await toasts()).some((t) => t.includes('researchNotes.quiz.mockInterview.questions')),
        'a warning naming the setting', 10000, () => JSON.stringify(shown));
      const warning = shown.find((t) => t.includes('researchNotes.quiz.mockInterview.questions')) ?? '';
      assert.match(warning, /string instead of integer/);
      // Once: a second interview with the same value does not warn again.
      await vscode.commands.executeCommand('notifications.clearAll');
      rn.quiz.panel.webviewPanel?.dispose();
      await vscode.commands.executeCommand('researchNotes.quiz.mockInterview');
      await until(() => rn.quiz.panel.items.length === 5, 'the second interview');
      await new Promise((r) => setTimeout(r, 1000));
      assert.ok(!(await toasts()).some((t) => t.includes('researchNotes.quiz.mockInterview.questions')), 'warned once only');
    } finally {
      rn.quiz.panel.webviewPanel?.dispose();
      await config.update('mockInterview.questions', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
