// Guards the host bridge (test/host/lib/webHost.mjs) that webview tests rely on.
import * as vscode from 'vscode';
import * as assert from './assert';
import { evalInFrames, frameUrls, profile, screenshot } from '../lib/hostBridge';

const EXTENSION_HOST_FRAME = 'webWorkerExtensionHostIframe.html';

suite('host bridge', () => {
  setup(function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
  });

  test('lists the frames of the workbench', async () => {
    const urls = await frameUrls();
    assert.ok(urls.some((url) => url.includes(EXTENSION_HOST_FRAME)), `no extension host frame in ${urls.join(', ')}`);
  });

  test('evaluates an expression in matching frames', async () => {
    const results = await evalInFrames(EXTENSION_HOST_FRAME, 'document.readyState');
    assert.deepStrictEqual(results.map((result) => result.value), ['complete']);
  });

  test('reports an expression that throws as that frame\'s error', async () => {
    const [result] = await evalInFrames(EXTENSION_HOST_FRAME, 'notDefinedAnywhere.x');
    assert.match(result.error ?? '', /notDefinedAnywhere/);
  });

  test('saves a screenshot inside the repo only', async () => {
    assert.deepStrictEqual(await screenshot('out/test/host/bridge.png'), { path: 'out/test/host/bridge.png' });
    await assert.rejects(screenshot('../outside.png'), /inside/);
  });

  test('profiles the extension host: samples of this very function', async function () {
    this.timeout(30000);
    // The profiler attaches to the browser's extension host worker: a Node extension host
    // (test/host/runServer.mjs) is another process, out of its reach.
    if (typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string') this.skip();
    await profile('start');
    const busyUntil = Date.now() + 300;
    let spins = 0;
    const busyLoopOfTheProfileTest = (): void => {
      while (Date.now() < busyUntil) spins++;
    };
    busyLoopOfTheProfileTest();
    const saved = await profile('stop', 'out/test/host/bridge.cpuprofile');
    assert.strictEqual(saved.path, 'out/test/host/bridge.cpuprofile');
    assert.ok(saved.hot?.includes('busyLoopOfTheProfileTest'), `the busy loop is among the hot functions: ${saved.hot?.join(', ')}`);
    // The loop is the test bundle's code: it held the host for ~300 ms at a stretch.
    assert.ok((saved.longest?.tests ?? 0) >= 250, `the loop held the host ~300 ms: ${JSON.stringify(saved.longest)}`);
    assert.ok(spins > 0);
  });
});
