// The preview inside a real VS Code for the Web: the extension's webview panel, read from the
// browser side through the runner's host bridge (evalInFrames), on the sample notes mounted
// as the workspace and on hostile notes written at runtime.
import * as vscode from 'vscode';
import * as assert from './assert';
import type { ResearchNotesApi } from '../../../src/host/activate';
import type { PreviewUpdateInfo } from '../../../src/host/preview/previewManager';
import { EXTENSION_ID, WEBVIEW_CONTENT, append, closeTabs, inWebview, until, workspaceFolder } from './util';
import { evalInFrames, screenshot } from '../lib/hostBridge';

async function openNote(uri: vscode.Uri, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false, viewColumn: column });
}

const inPreview = <T>(expression: string): Promise<T | undefined> => inWebview<T>('rn-root', expression);

function lineOf(doc: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`no line containing ${needle}`);
}

suite('preview', () => {
  let rn: ResearchNotesApi;
  let sample: vscode.Uri;

  suiteSetup(async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    sample = vscode.Uri.joinPath(workspaceFolder(), 'diffusion-interview.md');
    await openNote(sample);
    const ext = vscode.extensions.getExtension<ResearchNotesApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await until(() => ext.isActive, 'the extension to activate on a Markdown note');
    rn = ext.exports;
  });

  suiteTeardown(async () => {
    rn?.preview.manager.webviewPanel?.dispose();
  });

  test('opens beside the note and renders its formulas with KaTeX, fonts from the extension', async function () {
    this.timeout(60000);
    await openNote(sample);
    await vscode.commands.executeCommand('researchNotes.openPreviewToSide');
    const { manager } = rn.preview;
    await until(() => manager.documentUri?.toString() === sample.toString(), 'the preview to show the note');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), sample.toString(), 'the editor keeps the focus');

    const doc = await vscode.workspace.openTextDocument(sample);
    const formulas = rn.notes.get(doc).math.length;
    assert.ok(formulas > 20, `the sample has formulas (${formulas})`);
    let count = 0;
    await until(async () => (count = (await inPreview<number>(`document.querySelectorAll('.katex').length`)) ?? 0) >= formulas,
      'every formula rendered by KaTeX in the webview', 40000, () => `${count} of ${formulas}`);
    assert.strictEqual(count, formulas, 'one .katex per formula');
    assert.strictEqual(await inPreview<number>(`document.querySelectorAll('.rn-math-error').length`), 0, 'no formula failed');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(sample).filter((d) => d.source === 'KaTeX'), [], 'no diagnostics for a clean note');

    // KaTeX's inline styles survive the strict CSP (moved into the CSSOM by the webview).
    const strut = await inPreview<string>(`document.querySelector('.katex .strut')?.style.height ?? ''`);
    assert.match(strut ?? '', /em$/, 'struts keep their height');
    // The CSP: scripts only by nonce, no 'unsafe-inline' anywhere.
    const csp = (await inPreview<string>(`document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`)) ?? '';
    assert.match(csp, /default-src 'none'; script-src 'nonce-[0-9a-f]{32}'; style-src [^;]+ 'nonce-/);
    assert.ok(!csp.includes('unsafe'), csp);
    // KaTeX's fonts load from the extension's media/katex (there is no network here).
    await until(async () => await inPreview<boolean>(`[...document.fonts].some((f) => f.family.includes('KaTeX_Main') && f.status === 'loaded')`),
      'a KaTeX font to load', 15000);
    // Badges carry localised labels from the host.
    const label = await inPreview<string>(`getComputedStyle(document.documentElement).getPropertyValue('--rn-label-question').trim()`);
    assert.ok(label && label.startsWith('"'), `question label is a CSS string: ${label}`);
  });

  test('a hostile note runs nothing in the webview', async function () {
    this.timeout(30000);
    const hostile = vscode.Uri.joinPath(workspaceFolder(), 'hostile-note.md');
    const text = [
      '# Hostile',
      '',
      "<script>document.title='pwned'; window.pwned = 1</script>",
      '',
      "<img src=x onerror=\"document.title='pwned'; window.pwned = 2\">",
      '',
      '[x](javascript:alert(1)) and [y](javascript:document.title=\'pwned\')',
      '',
      "<svg onload=\"document.title='pwned'; window.pwned = 3\"><circle r=\"4\"/></svg>",
      '',
      "<a href=\"javascript:document.title='pwned'\" onclick=\"window.pwned = 4\">click me</a>",
      '',
      "<iframe src=\"javascript:parent.document.title='pwned'\"></iframe>",
      '',
      'Safe end $x^2$',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(hostile, new TextEncoder().encode(text));
    try {
      await openNote(hostile);
      const { manager } = rn.preview;
      await until(() => manager.documentUri?.toString() === hostile.toString(), 'the preview to follow the hostile note');
      await until(async () => (await inPreview<string>(`document.getElementById('rn-root').textContent`))?.includes('Safe end'),
        'the hostile note to render', 15000);
      const titleBefore = await inPreview<string>('document.title');
      // Click every link, as a curious reader would; the webview must not navigate or run anything.
      await inPreview<number>(`[...document.querySelectorAll('#rn-root a')].map((a) => a.click()).length`);
      await new Promise((r) => setTimeout(r, 500));
      const report = await inPreview<{ title: string; pwned: unknown; scripts: number; handlers: string[]; jsLinks: number; frames: number }>(`({
        title: document.title,
        pwned: window.pwned ?? null,
        scripts: document.querySelectorAll('#rn-root script').length,
        handlers: [...document.querySelectorAll('#rn-root *')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => el.tagName + ' ' + a.name)),
        jsLinks: [...document.querySelectorAll('#rn-root [href], #rn-root [src]')].filter((el) => /^\\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
        frames: document.querySelectorAll('#rn-root iframe, #rn-root object, #rn-root embed').length,
      })`);
      assert.ok(report, 'the preview answered');
      assert.strictEqual(report.title, titleBefore);
      assert.notStrictEqual(report.title, 'pwned');
      assert.strictEqual(report.pwned, null, 'no injected script or handler ran');
      assert.strictEqual(report.scripts, 0, 'no script element');
      assert.deepStrictEqual(report.handlers, [], 'no event handler attributes');
      assert.strictEqual(report.jsLinks, 0, 'no javascript: links');
      assert.strictEqual(report.frames, 0, 'no frames');
      // Nor did anything reach the workbench.
      const titles = await evalInFrames('localhost', 'document.title');
      assert.ok(!titles.some((t) => t.value === 'pwned'), JSON.stringify(titles));
    } finally {
      await closeTabs(hostile);
      await vscode.workspace.fs.delete(hostile);
    }
  });

  test('a relative link to another note opens that note', async function () {
    this.timeout(30000);
    const note = vscode.Uri.joinPath(workspaceFolder(), 'links-note.md');
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode('# Links\n\nSee [the detection notes](detection-notes.md) next.\n'));
    try {
      await openNote(note);
      await until(() => rn.preview.manager.documentUri?.toString() === note.toString(), 'the preview to follow the note');
      await until(async () => (await inPreview<number>(`document.querySelectorAll('#rn-root a').length`)) === 1, 'the link to render', 10000);
      await inPreview<number>(`(document.querySelector('#rn-root a').click(), 1)`);
      await until(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/detection-notes.md'), 'the linked note to open', 5000);
      assert.ok(await inPreview<boolean>(`document.getElementById('rn-root') !== null`), 'the webview did not navigate away');
    } finally {
      await closeTabs(note);
      await vscode.workspace.fs.delete(note);
    }
  });

  test('typing patches the preview without reloading it; only the changed block is sent', async function () {
    this.timeout(30000);
    const editor = await openNote(sample);
    const { manager } = rn.preview;
    await until(() => manager.documentUri?.toString() === sample.toString(), 'the preview to follow the note');
    await until(async () => ((await inPreview<number>(`document.querySelectorAll('.katex').length`)) ?? 0) > 20, 'the note to render');
    // Marks on the webview's window and on its first block: a reload or a full re-render would lose them.
    assert.strictEqual(await inPreview<number>(`(window.__rnMarker = 42, document.querySelector('.rn-block').__rnKeep = true, 1)`), 1);

    const updates: PreviewUpdateInfo[] = [];
    const listener = manager.onDidUpdate((u) => updates.push(u));
    const restore = await append(editor, '\n\n增量更新 incremental-marker $e^{i\\pi}$\n');
    try {
      await until(async () => (await inPreview<string>(`document.getElementById('rn-root').textContent`))?.includes('incremental-marker'),
        'the typed text to appear in the preview', 10000);
      assert.strictEqual(await inPreview<number>('window.__rnMarker'), 42, 'the webview was not reloaded');
      assert.strictEqual(await inPreview<boolean>(`document.querySelector('.rn-block').__rnKeep === true`), true, 'unchanged blocks keep their elements');
      const last = updates[updates.length - 1];
      assert.ok(last, 'an update was sent');
      assert.strictEqual(last.reset, false);
      assert.ok(last.htmlSent <= 2 && last.blocks > 20, `only the new block's html was sent: ${JSON.stringify(last)}`);
    } finally {
      listener.dispose();
      await restore();
    }
    await until(async () => !(await inPreview<string>(`document.getElementById('rn-root').textContent`))?.includes('incremental-marker'),
      'the removed text to leave the preview');
    assert.strictEqual(await inPreview<number>('window.__rnMarker'), 42, 'still the same webview');
  });

  test('a long note shows the part in view first, then every block, with the host free in between', async function () {
    this.timeout(90000);
    const long = vscode.Uri.joinPath(workspaceFolder(), 'long-note.md');
    const { manager } = rn.preview;
    // The preview, ready and locked on the sample, moves to the long note only once its editor
    // shows the middle (following it at once would start from the top).
    await openNote(sample);
    await vscode.commands.executeCommand('researchNotes.openPreviewToSide');
    await until(async () => ((await inPreview<number>(`document.querySelectorAll('.katex').length`)) ?? 0) > 20, 'the sample to render');
    if (!manager.isLocked) manager.toggleLock();
    const sections = 400;
    const text = Array.from({ length: sections }, (_, i) =>
      `## 第 ${i} 节 Section ${i}\n\n段落 ${i}：$\\alpha_{${i}} + \\beta^{${i}}$ 与 $\\sum_{k=1}^{${i}} k^{${i % 7}}$ in text.\n`).join('\n');
    await vscode.workspace.fs.writeFile(long, new TextEncoder().encode(text));
    const updates: PreviewUpdateInfo[] = [];
    // What moved the long note's editor, for the message when the first update is not where it shows.
    const scrolls: string[] = [];
    const listener = manager.onDidUpdate((u) => {
      if (u.uri === long.toString()) updates.push(u);
    });
    const scrollListener = vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
      if (e.textEditor.document.uri.toString() === long.toString()) scrolls.push(`${e.visibleRanges[0]?.start.line}${updates.length > 0 ? ' (after an update)' : ''}`);
    });
    // The longest the extension host's event loop was busy while the note rendered.
    let last = Date.now();
    let longestGap = 0;
    const monitor = setInterval(() => {
      const now = Date.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    try {
      const editor = await openNote(long);
      const middle = lineOf(editor.document, '第 200 节');
      editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.AtTop);
      await until(() => (editor.visibleRanges[0]?.start.line ?? 0) > 100, 'the editor to scroll to the middle');
      assert.strictEqual(manager.documentUri?.toString(), sample.toString(), 'the locked preview stayed on the sample');
      manager.toggleLock();
      await until(() => updates.some((u) => !u.partial), 'the whole note to reach the preview', 60000,
        () => JSON.stringify(updates));
      const first = updates[0];
      assert.strictEqual(first.partial, true, `the first update is the part in view: ${JSON.stringify(updates)}`);
      assert.ok(first.pending > 0 && first.pending < first.blocks, `placeholders for the rest: ${JSON.stringify(first)}`);
      // Rendered first: the blocks the editor shows (from its top line). Blocks rendered earlier
      // (formula checks start from the top of the note) may be there too; the far end may not.
      const rendered = (l: number): boolean => first.renderedLines?.some(([from, to]) => from <= l && l <= to) ?? false;
      // (How many more blocks below it the first slice rendered depends on the machine's load.)
      assert.ok(rendered(middle) && rendered(middle + 2), `the blocks at the editor's top line ${middle} are in the first update: ${JSON.stringify(first)}; the editor's top lines: ${scrolls.join(', ')}`);
      const farEnd = lineOf(editor.document, `第 ${sections - 20} 节`);
      assert.ok(!rendered(farEnd), `section ${sections - 20} (line ${farEnd}) waits for a later update: ${JSON.stringify(first)}`);
      const final = updates.find((u) => !u.partial);
      assert.strictEqual(final?.pending, 0);
      let katex = 0;
      await until(async () => (katex = (await inPreview<number>(`document.querySelectorAll('.katex').length`)) ?? 0) === 2 * sections
        && (await inPreview<number>(`document.querySelectorAll('.rn-pending').length`)) === 0,
      'every formula rendered and no placeholder left', 30000, () => `${katex} of ${2 * sections}`);
      console.log(`    long note: ${updates.length} updates, first with ${first.blocks - first.pending} of ${first.blocks} blocks; longest event-loop gap ${longestGap} ms`);
    } finally {
      if (manager.isLocked) manager.toggleLock();
      clearInterval(monitor);
      listener.dispose();
      scrollListener.dispose();
      await closeTabs(long);
      await vscode.workspace.fs.delete(long);
    }
  });

  test('a broken formula is a diagnostic with its exact range, cleared once fixed', async function () {
    this.timeout(30000);
    const editor = await openNote(sample);
    const restore = await append(editor, '\n\n坏公式 $\\frac{a}{b$ 在这里\n');
    try {
      const line = editor.document.lineCount - 2;
      const text = editor.document.lineAt(line).text;
      const start = text.indexOf('$');
      const end = text.lastIndexOf('$') + 1;
      const math = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(sample).filter((d) => d.source === 'KaTeX');
      await until(() => math().length === 1, 'a KaTeX diagnostic', 5000, () => JSON.stringify(math()));
      const [diagnostic] = math();
      assert.deepStrictEqual(
        [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
        [line, start, line, end]);
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(diagnostic.message.length > 0);
      await until(async () => ((await inPreview<number>(`document.querySelectorAll('.rn-math-error').length`)) ?? 0) === 1,
        'the broken formula shown as an error in the preview');

      // Fix it: the diagnostic goes.
      const fixed = new vscode.WorkspaceEdit();
      fixed.insert(sample, new vscode.Position(line, end - 1), '}');
      assert.ok(await vscode.workspace.applyEdit(fixed));
      await until(() => math().length === 0, 'the diagnostic to clear once the formula is fixed', 5000, () => JSON.stringify(math()));
    } finally {
      await restore();
    }
  });

  test('the editor scrolls the preview, and the lock keeps the note', async function () {
    this.timeout(30000);
    const editor = await openNote(sample);
    const { manager } = rn.preview;
    await until(() => manager.documentUri?.toString() === sample.toString(), 'the preview to follow the note');
    const target = lineOf(editor.document, '**1.3 DDIM');
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    await until(async () => ((await inPreview<number>('window.scrollY')) ?? 0) > 100, 'the preview to scroll with the editor', 5000);

    // Preview → editor: scroll the preview to a block; the editor's top line follows.
    const blockAt = (line: number): string => `[...document.querySelectorAll('.rn-block')].find((b) => Number(b.dataset.startLine) === ${line})`;
    const later = lineOf(editor.document, '**1.4 ');
    await new Promise((r) => setTimeout(r, 400)); // past the guard against echoing the editor's own scroll
    assert.strictEqual(await inPreview<number>(`(() => { const b = ${blockAt(later)}; window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY); return 1; })()`), 1);
    // The editor may stop a few lines short: revealing at the top leaves room for its sticky headings.
    const top = (): number => editor.visibleRanges[0]?.start.line ?? -99;
    await until(() => top() >= later - 4 && top() <= later + 1, 'the editor to follow the preview', 5000,
      () => `editor top ${editor.visibleRanges[0]?.start.line}, expected ${later}`);

    // Double-click in the preview: the cursor goes to that line and the editor gets the focus.
    const clicked = lineOf(editor.document, '**1.2 ');
    await new Promise((r) => setTimeout(r, 400));
    assert.strictEqual(await inPreview<number>(`(() => { const b = ${blockAt(clicked)}; b.scrollIntoView(); const r = b.getBoundingClientRect();
      b.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, clientX: r.left + 5, clientY: r.top + 3 })); return 1; })()`), 1);
    await until(() => vscode.window.activeTextEditor?.document.uri.toString() === sample.toString() &&
      vscode.window.activeTextEditor.selection.active.line === clicked, 'the cursor on the double-clicked line', 5000,
    () => `cursor at ${vscode.window.activeTextEditor?.selection.active.line}, expected ${clicked}`);

    await vscode.commands.executeCommand('researchNotes.togglePreviewLock');
    try {
      assert.strictEqual(manager.isLocked, true);
      await openNote(vscode.Uri.joinPath(workspaceFolder(), 'attention-notes.md'));
      await new Promise((r) => setTimeout(r, 300));
      assert.strictEqual(manager.documentUri?.toString(), sample.toString(), 'a locked preview keeps its note');
    } finally {
      await vscode.commands.executeCommand('researchNotes.togglePreviewLock');
    }
    assert.strictEqual(manager.isLocked, false);
    await until(() => manager.documentUri?.path.endsWith('attention-notes.md'), 'the unlocked preview to follow the active note');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('clicking a heading in the Topics view scrolls the preview to it', async function () {
    this.timeout(30000);
    const editor = await openNote(sample);
    const { manager } = rn.preview;
    await until(() => manager.documentUri?.toString() === sample.toString(), 'the preview to follow the note');
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await until(async () => ((await inPreview<number>('window.scrollY')) ?? 1) === 0, 'the preview at the top', 5000);
    const heading = lineOf(editor.document, '# 大模型推理');
    // The tree's items run this command with the heading's range (see topicTree.test.ts).
    await vscode.commands.executeCommand('researchNotes.revealTopic', sample, new vscode.Range(heading, 0, heading, editor.document.lineAt(heading).text.length));
    const visible = `(() => { const b = [...document.querySelectorAll('.rn-block')].find((b) => Number(b.dataset.startLine) === ${heading});
      const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })()`;
    const debug = async (): Promise<string> => JSON.stringify(await evalInFrames(WEBVIEW_CONTENT, `(() => { const b = [...document.querySelectorAll('.rn-block')].find((b) => Number(b.dataset.startLine) === ${heading}); return [window.scrollY, window.innerHeight, b && b.getBoundingClientRect().top, document.querySelectorAll('.rn-block').length]; })()`)) + ' editor ' + JSON.stringify(vscode.window.activeTextEditor?.visibleRanges[0]);
    try {
      await until(async () => await inPreview<boolean>(visible), 'the heading to be on screen in the preview', 5000);
    } catch (e) {
      throw new Error(`${(e as Error).message}: ${await debug()}`, { cause: e });
    }
  });

  test('a preview hidden and shown again reloads and gets every block again', async function () {
    this.timeout(30000);
    const { manager } = rn.preview;
    const panel = manager.webviewPanel;
    assert.ok(panel, 'the preview is open');
    await until(async () => ((await inPreview<number>(`document.querySelectorAll('.katex').length`)) ?? 0) > 20, 'the note to render');
    await inPreview<number>('(window.__rnReloadMarker = 1)');
    // Another editor in the preview's group hides it; without retainContextWhenHidden its webview goes.
    // (Not a note, or the preview would follow it.)
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a note' });
    await vscode.window.showTextDocument(other, { viewColumn: panel.viewColumn, preview: false });
    await until(() => !panel.visible, 'the preview to be hidden');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    panel.reveal(undefined, true);
    assert.strictEqual(manager.documentUri?.toString(), sample.toString(), 'still the same note');
    try {
      await until(async () => (await inPreview<number>(`window.__rnReloadMarker === undefined && document.querySelectorAll('.katex').length`) ?? 0) > 20,
        'the recreated webview to show the note again', 15000);
    } catch (e) {
      throw new Error(`${(e as Error).message}: ${JSON.stringify(await evalInFrames(WEBVIEW_CONTENT, `[window.__rnReloadMarker, document.querySelectorAll('.katex').length, location.href.slice(0, 60)]`))} visible=${panel.visible}`, { cause: e });
    }
  });

  test('exports a self-contained HTML file beside the note, with KaTeX fonts', async function () {
    this.timeout(30000);
    const written = await rn.preview.exportHtml(sample);
    const folder = workspaceFolder();
    try {
      assert.strictEqual(written.toString(), vscode.Uri.joinPath(folder, 'diffusion-interview.html').toString());
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(written));
      assert.match(html, /^<!DOCTYPE html>/i);
      assert.ok(html.includes('url(katex-fonts/KaTeX_Main-Regular.woff2)'), 'font URLs point at the folder beside it');
      const font = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, 'katex-fonts', 'KaTeX_Main-Regular.woff2'));
      assert.ok(font.size > 1000);
    } finally {
      await vscode.workspace.fs.delete(written);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'katex-fonts'), { recursive: true });
    }
  });

  test('notes on screen without the preview get formula diagnostics too', async function () {
    this.timeout(30000);
    rn.preview.manager.webviewPanel?.dispose();
    await until(() => rn.preview.manager.documentUri === undefined, 'the preview to close');
    const other = vscode.Uri.joinPath(workspaceFolder(), 'detection-notes.md');
    const editor = await openNote(other);
    const math = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(other).filter((d) => d.source === 'KaTeX');
    const restore = await append(editor, '\n\n$$\\sqrt{x$$\n');
    try {
      await until(() => math().length === 1, 'a KaTeX diagnostic without a preview', 5000);
      assert.strictEqual(math()[0].range.start.line, editor.document.lineCount - 2);
    } finally {
      await restore();
    }
    await until(() => math().length === 0, 'the diagnostic to clear', 5000);
    await openNote(sample);
    await vscode.commands.executeCommand('researchNotes.openPreviewToSide');
    await until(() => rn.preview.manager.documentUri?.toString() === sample.toString(), 'the preview to open again');
  });

  test('a restored panel (as the serializer hands it over) shows its note at the saved line', async function () {
    this.timeout(30000);
    const { manager } = rn.preview;
    manager.webviewPanel?.dispose();
    await until(() => manager.documentUri === undefined, 'the preview to close');
    const doc = await vscode.workspace.openTextDocument(sample);
    const line = lineOf(doc, '**1.4 ');
    // What VS Code does after a window reload: a panel of our viewType plus the webview's saved state.
    const panel = vscode.window.createWebviewPanel('researchNotes.preview', '', { viewColumn: vscode.ViewColumn.Two, preserveFocus: true }, { enableScripts: true });
    manager.restore(panel, { uri: sample.toString(), line });
    assert.strictEqual(manager.webviewPanel, panel);
    const top = `(() => { const b = [...document.querySelectorAll('.rn-block')].find((b) => Number(b.dataset.startLine) === ${line});
      return b ? Math.round(b.getBoundingClientRect().top) : null; })()`;
    await until(async () => Math.abs((await inPreview<number>(top)) ?? 999) < 30, 'the restored preview at the saved line', 15000);
  });

  test('screenshot: the note with its preview beside it', async function () {
    this.timeout(30000);
    // Room for the note and its preview: no side bar.
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    const editor = await openNote(sample);
    await vscode.commands.executeCommand('workbench.action.closeOtherEditors');
    const { manager } = rn.preview;
    await until(() => manager.documentUri?.toString() === sample.toString(), 'the preview to follow the note');
    const target = lineOf(editor.document, '**1.2 ');
    editor.revealRange(new vscode.Range(target, 0, target, 0), vscode.TextEditorRevealType.AtTop);
    await until(async () => ((await inPreview<number>('window.scrollY')) ?? 0) > 50, 'the preview to scroll with the editor', 5000);
    await new Promise((r) => setTimeout(r, 800)); // fonts and layout settle
    assert.deepStrictEqual(await screenshot('docs/screenshot-preview.jpg'), { path: 'docs/screenshot-preview.jpg' });
  });
});
