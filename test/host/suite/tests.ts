// Imports every in-host test file. The smoke test is a placeholder until the real suites land;
// keep the host bridge tests.
import * as vscode from 'vscode';
import * as assert from './assert';
import './hostBridge.test';
import './topicTree.test';
import './preview.test';
import './terms.test';
import './quiz.test';
import './settings.test';
import './walkthrough.test';
// Last: it writes huge and hostile notes into the workspace (and deletes them again).
import './hardening.test';

suite('smoke', () => {
  test('the markdown extension is present', () => {
    assert.ok(vscode.extensions.getExtension('vscode.markdown-language-features'));
  });
});
