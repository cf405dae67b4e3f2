// Hardening inside a real VS Code for the Web (huge notes: test/host/huge): hostile notes must run nothing in the preview or the quiz panel, a damaged review log loses
// nothing, and broken files degrade with a message while the rest keeps working.
// Imported last (tests.ts): it writes big files into the workspace and deletes them again.
import * as vscode from 'vscode';
import * as assert from './assert';
import type { ResearchNotesApi } from '../../../src/host/activate';
import { ReviewStore } from '../../../src/host/quiz/reviewStore';
import { parseLog } from '../../../src/core/quiz/reviewLog';
import { EXTENSION_ID, WEBVIEW_CONTENT, closeTabs, inWebview, until, workspaceFolder } from './util';
import { browserEvents, evalInFrames, press, type BrowserEvents } from '../lib/hostBridge';
import scriptsNote from '../../fixtures/hostile/scripts-and-handlers.md';
import framesNote from '../../fixtures/hostile/frames-and-links.md';
import cssNote from '../../fixtures/hostile/css-injection.md';
import katexNote from '../../fixtures/hostile/katex-tricks.md';
import { deepBrackets, deepList, longLine } from '../../fixtures/hostile/generated';


/** Replaces alert/confirm/prompt/print/open in the frame by recorders (a second net besides the page's dialog listener). */
const TRAP = `(() => {
  if (!window.__rnTrap) {
    window.__rnTrap = [];
    for (const k of ['alert', 'confirm', 'prompt', 'print', 'open']) window[k] = (...a) => { window.__rnTrap.push(k + ':' + String(a[0])); return null; };
  }
  return true;
})()`;

/** Tags the sanitiser, markdown-it and KaTeX may produce (svg and its parts only inside KaTeX). */
const ALLOWED_TAGS = new Set(['DIV', 'SPAN', 'P', 'BR', 'HR', 'CENTER', 'IMG', 'A', 'SUB', 'SUP', 'B', 'I', 'STRONG', 'EM', 'U', 'S',
  'DEL', 'INS', 'MARK', 'SMALL', 'KBD', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD',
  'DETAILS', 'SUMMARY', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'INPUT', 'LABEL', 'BUTTON']);
const KATEX_TAGS = ['math', 'semantics', 'mrow', 'mi', 'mo', 'mn', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot',
  'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mstyle', 'mpadded', 'mphantom', 'menclose', 'annotation', 'svg', 'path', 'line', 'g', 'rect', 'use', 'defs'];

/**
 * What a panel's DOM shows inside the elements matching `scope` (the rendered note): injected globals, trapped dialogs, elements
 * outside the allow-list, handlers, script URLs, styles outside KaTeX, fixed overlays, frames.
 */
const REPORT = (scope: string): string => `(() => {
  const allowed = new Set(${JSON.stringify([...ALLOWED_TAGS])});
  const katex = new Set(${JSON.stringify(KATEX_TAGS)});
  const roots = [...document.querySelectorAll(${JSON.stringify(scope)})];
  const all = roots.flatMap((r) => [...r.querySelectorAll('*')]);
  const foreign = all.filter((el) => !allowed.has(el.tagName.toUpperCase()) && !(katex.has(el.tagName.toLowerCase()) && el.closest('.katex')))
    .map((el) => el.tagName.toLowerCase());
  const handlers = all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name));
  const urls = all.flatMap((el) => ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']
    .map((n) => el.getAttribute(n)).filter((v) => v !== null && /^\\s*(javascript|vbscript|data:text)/i.test(v.replace(/[\\u0000-\\u0020]/g, ''))));
  const styled = all.filter((el) => el.hasAttribute('style') && !el.closest('.katex') && !el.classList.contains('rn-pending')).map((el) => el.tagName + ' ' + el.getAttribute('style'));
  const fixed = all.filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position)).map((el) => el.tagName + '.' + el.className);
  const styles = all.filter((el) => ['STYLE', 'LINK'].includes(el.tagName.toUpperCase())).length;
  return { pwned: window.__pwned ?? null, trapped: window.__rnTrap ?? [], title: document.title, foreign: [...new Set(foreign)], handlers, urls, styled: styled.slice(0, 5), fixed, styles,
    frames: document.querySelectorAll('iframe, object, embed, frame').length, text: roots.reduce((n, r) => n + r.textContent.length, 0) };
})()`;

interface DomReport {
  pwned: unknown;
  trapped: string[];
  title: string;
  foreign: string[];
  handlers: string[];
  urls: string[];
  styled: string[];
  fixed: string[];
  styles: number;
  frames: number;
  text: number;
}

function assertClean(report: DomReport | undefined, where: string, title: string): void {
  assert.ok(report, `${where}: the panel answered`);
  assert.strictEqual(report.pwned, null, `${where}: no injected script or handler ran`);
  assert.deepStrictEqual(report.trapped, [], `${where}: no dialog or window.open`);
  assert.strictEqual(report.title, title, `${where}: the title is unchanged`);
  assert.deepStrictEqual(report.foreign, [], `${where}: only allowed elements`);
  assert.deepStrictEqual(report.handlers, [], `${where}: no event handler attributes`);
  assert.deepStrictEqual(report.urls, [], `${where}: no script URLs`);
  assert.deepStrictEqual(report.styled, [], `${where}: no inline styles outside KaTeX`);
  assert.deepStrictEqual(report.fixed, [], `${where}: nothing fixed over the panel`);
  assert.strictEqual(report.styles, 0, `${where}: no style sheets from the note`);
  assert.strictEqual(report.frames, 0, `${where}: no frames`);
}

/** Browser events that injected code would cause: dialogs, and errors or messages naming our markers. */
function injected(events: BrowserEvents): string[] {
  return [
    ...events.dialogs.map((d) => `dialog ${d.type}: ${d.message}`),
    ...events.pageErrors.filter((e) => /pwned|alert|evil/i.test(e)).map((e) => `page error: ${e}`),
    ...events.console.filter((c) => c.type === 'error' && /pwned|evil\.example/i.test(c.text) && !/Content Security Policy|Refused/i.test(c.text)).map((c) => `console: ${c.text}`),
  ];
}

const HOSTILE: readonly (readonly [string, () => string])[] = [
  ['scripts-and-handlers.md', () => scriptsNote],
  ['frames-and-links.md', () => framesNote],
  ['css-injection.md', () => cssNote],
  ['katex-tricks.md', () => katexNote],
  ['deep-list.md', () => deepList(5000)],
  ['deep-brackets.md', () => deepBrackets(5000)],
  ['long-line.md', () => longLine(100_000)],
];

suite('hardening: hostile notes in the real browser', () => {
  let rn: ResearchNotesApi;
  const written: vscode.Uri[] = [];

  suiteSetup(async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    this.timeout(60000);
    const ext = vscode.extensions.getExtension<ResearchNotesApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    rn = await ext.activate();
    for (const [name, text] of HOSTILE) {
      const uri = vscode.Uri.joinPath(workspaceFolder(), 'hostile', name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text()));
      written.push(uri);
    }
  });

  suiteTeardown(async () => {
    rn?.quiz.panel.webviewPanel?.dispose();
    for (const uri of written) await closeTabs(uri);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), 'hostile'), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), '.research-notes'), { recursive: true }).then(undefined, () => undefined);
  });

  test(`the preview runs nothing from ${HOSTILE.length} hostile notes, keeps to its allow-list and stays responsive`, async function () {
    this.timeout(240000);
    const { manager } = rn.preview;
    const mark = (await browserEvents()).counts;
    for (const uri of written) {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('researchNotes.openPreviewToSide');
      await until(() => manager.documentUri?.toString() === uri.toString(), `the preview to show ${uri.path}`, 30000);
      await until(async () => await inWebview<boolean>('rn-root', TRAP), 'the preview frame', 60000,
        () => `${manager.webviewPanel ? 'panel open' : 'no panel'}`);
      const name = uri.path.replace(/.*\//, '');
      await until(async () => (await inWebview<boolean>('rn-root', `document.getElementById('rn-root').textContent.includes('Safe end') && !document.querySelector('.rn-pending')`)) === true,
        `${name} to render to its end`, 60000);
      const title = (await inWebview<string>('rn-root', 'document.title')) ?? '';
      // A curious reader clicks every link and hovers everything.
      await inWebview<number>('rn-root', `[...document.querySelectorAll('#rn-root a, #rn-root img, #rn-root span, #rn-root details')].slice(0, 2000)
        .map((el) => { el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); if (el.tagName === 'A') el.click(); return 1; }).length`);
      await new Promise((r) => setTimeout(r, 300));
      assertClean(await inWebview<DomReport>('rn-root', REPORT('#rn-root')), `preview of ${name}`, title);
      // Still responsive: an edit reaches the webview. (Clicked links may have moved the focus: back to the note.)
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
      await until(() => manager.documentUri?.toString() === uri.toString(), `the preview back on ${name}`, 10000);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, doc.lineAt(doc.lineCount - 1).range.end, `\n\nround-trip ${name}\n`);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await until(async () => (await inWebview<boolean>('rn-root', `document.getElementById('rn-root').textContent.includes('round-trip ${name}')`)) === true,
        `the preview of ${name} to take an edit afterwards`, 20000);
      await doc.save();
    }
    const events = await browserEvents(mark);
    assert.deepStrictEqual(injected(events), [], 'nothing injected reached the browser');
    console.log(`    preview: ${written.length} hostile notes; browser: ${events.dialogs.length} dialogs, ${events.pageErrors.length} page errors, ${events.console.length} console errors/warnings (CSP refusals included)`);
    const titles = await evalInFrames('localhost', 'document.title');
    assert.ok(!titles.some((t) => String(t.value).includes('pwned')), JSON.stringify(titles));
  });

  test('the quiz panel runs nothing from hostile questions and answers, and grades still reach the host', async function () {
    this.timeout(240000);
    const { panel, service, store } = rn.quiz;
    await store.ready;
    const mark = (await browserEvents()).counts;
    let cardsShown = 0;
    for (const uri of written) {
      const doc = await vscode.workspace.openTextDocument(uri);
      const cards = service.cardsOf(doc);
      assert.ok(cards.length >= 1, `${uri.path} has a card`);
      const name = uri.path.replace(/.*\//, '');
      panel.start(`Hostile ${name}`, cards.map((card) => ({ id: card.id, card, uri })));
      const seen = new Set<string>();
      for (let k = 0; k < Math.min(3, cards.length); k++) {
        // The session's own order: whichever card it shows next, as long as it is a new one.
        let shown = '';
        let front: string | undefined;
        await until(async () => {
          front = await inWebview<string>('rn-quiz', `document.getElementById('rn-quiz').dataset.state + '|' + document.getElementById('rn-quiz').dataset.card`);
          shown = front?.startsWith('front|') ? front.slice(6) : '';
          return shown !== '' && shown === panel.currentCard?.id && !seen.has(shown);
        }, `the front of a card of ${name}`, 20000,
        () => `card ${k + 1} of ${cards.length}; the webview: ${front}; the session's card: ${panel.currentCard?.id}; seen: ${[...seen].join(' ')}`);
        seen.add(shown);
        await inWebview<boolean>('rn-quiz', TRAP);
        const title = (await inWebview<string>('rn-quiz', 'document.title')) ?? '';
        panel.webviewPanel?.reveal(undefined, false);
        await press(WEBVIEW_CONTENT, '#rn-quiz', 'Space');
        let state = '';
        await until(async () => ['back', 'summary'].includes(state = (await inWebview<string>('rn-quiz', `document.getElementById('rn-quiz').dataset.state`)) ?? ''),
          `the back of a card of ${name}`, 10000, () => state);
        // The session may end early (cards it merged or left out): then this note is done.
        if (state === 'summary') break;
        // Links are not clicked here (the preview test does): a click may open an editor and take the keyboard.
        await inWebview<number>('rn-quiz', `[...document.querySelectorAll('#rn-quiz img, #rn-quiz span')].map((el) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))).length`);
        await new Promise((r) => setTimeout(r, 200));
        assertClean(await inWebview<DomReport>('rn-quiz', REPORT('#rn-quiz .rn-quiz-front, #rn-quiz .rn-quiz-back')), `quiz card of ${name}`, title);
        cardsShown++;
        // A grade is a round trip: the webview tells the host, the host writes the log and sends the next card.
        // (The count of records is no measure: an earlier suite may have deleted the log folder.)
        const gradedAfter = Date.now() - 1000;
        const graded = (): boolean => store.current.records.some((r) => r.card === shown && Date.parse(r.time) >= gradedAfter);
        await press(WEBVIEW_CONTENT, '#rn-quiz', '3');
        const logFiles = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(workspaceFolder(), '.research-notes'))
          .then((entries) => entries.map(([n]) => n), (e: unknown) => [String(e)]);
        await until(graded, `the grade for card ${shown} of ${name} to reach the log`, 25000,
          () => `panel on ${panel.currentCard?.id ?? 'no card'}, ${store.current.records.length} records, warnings ${JSON.stringify(store.warnings ?? [])}, files ${logFiles.join(' ')}`);
      }
    }
    assert.ok(cardsShown >= HOSTILE.length, `at least one hostile card of each note was shown and checked (${cardsShown})`);
    const events = await browserEvents(mark);
    assert.deepStrictEqual(injected(events), [], 'nothing injected reached the browser');
    console.log(`    quiz: ${cardsShown} hostile cards shown and graded; browser: ${events.dialogs.length} dialogs, ${events.pageErrors.length} page errors`);
  });
});

suite('hardening: the review log under faults, with the real store', () => {
  const folder = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), '.hardening-log');
  const logUri = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'reviews.jsonl');
  const record = (card: string, i: number): string =>
    JSON.stringify({ v: 1, card, note: 'x.md', front: `front ${card}`, grade: (i % 4) + 1, time: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString() });
  const stores: ReviewStore[] = [];
  const store = (staleLockMs?: number): ReviewStore => {
    const s = new ReviewStore(vscode.Uri.joinPath(folder(), 'fallback'), logUri(), staleLockMs);
    stores.push(s);
    return s;
  };
  const read = async (): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(logUri()));

  suiteSetup(function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
  });

  teardown(async () => {
    for (const s of stores.splice(0)) s.dispose();
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
  });

  test('a damaged log (killed mid-append, merge markers, bad JSON, wrong types): valid reviews kept, bad lines reported once with their numbers and kept byte for byte', async function () {
    this.timeout(30000);
    const damaged = [
      record('a', 1),
      '<<<<<<< HEAD',
      record('b', 2),
      '=======',
      record('c', 3),
      '>>>>>>> theirs',
      '{"v":1,"card":"d","note":"x.md","grade":"3","time":"2026-11-01T00:00:00Z"}',
      'edited by hand {',
      record('e', 5),
      record('f', 6).slice(0, 40),
    ].join('\n');
    await vscode.workspace.fs.writeFile(logUri(), new TextEncoder().encode(damaged));
    const s = store();
    await s.ready;
    assert.deepStrictEqual(s.current.records.map((r) => r.card), ['a', 'b', 'c', 'e']);
    assert.deepStrictEqual(s.current.problems.map((p) => p.line), [2, 4, 6, 7, 8, 10]);
    assert.strictEqual(s.warnings.length, 1, `told once: ${JSON.stringify(s.warnings)}`);
    assert.match(s.warnings[0], /line 2/);
    await s.append([JSON.parse(record('g', 7))]);
    await s.reload();
    const now = await read();
    assert.ok(now.startsWith(damaged + '\n'), 'every earlier byte is still there, the partial line closed by a line break');
    assert.deepStrictEqual(s.current.records.map((r) => r.card), ['a', 'b', 'c', 'e', 'g']);
    assert.strictEqual(s.warnings.length, 1, 'not told again for the same lines');
  });

  test('two stores appending to one log at once, many times: no review is lost, no lock is left', async function () {
    this.timeout(120000);
    const one = store();
    const two = store();
    await Promise.all([one.ready, two.ready]);
    const rounds = 20;
    const writes: Promise<void>[] = [];
    for (let i = 0; i < rounds; i++) {
      writes.push(one.append([JSON.parse(record(`one-${i}`, i))]));
      writes.push(two.append([JSON.parse(record(`two-${i}`, i))]));
    }
    await Promise.all(writes);
    const text = await read();
    const cards = new Set(parseLog(text).records.map((r) => r.card));
    const missing = Array.from({ length: rounds }, (_, i) => [`one-${i}`, `two-${i}`]).flat().filter((c) => !cards.has(c));
    assert.deepStrictEqual(missing, [], 'every review of both writers is in the log');
    assert.strictEqual(text.split('\n').filter((l) => l.trim() !== '').length, 2 * rounds, 'each once');
    const names = (await vscode.workspace.fs.readDirectory(folder())).map(([n]) => n);
    assert.ok(!names.some((n) => n.endsWith('.lock') || n.endsWith('.tmp')), `no lock or temporary file left: ${names}`);
  });

  test('a lock left by a crashed writer is taken over once it is stale', async function () {
    this.timeout(30000);
    await vscode.workspace.fs.createDirectory(folder());
    const lock = vscode.Uri.joinPath(folder(), '.reviews.jsonl.lock');
    await vscode.workspace.fs.writeFile(lock, new TextEncoder().encode('a crashed window'));
    const s = store(500);
    await s.ready;
    const started = Date.now();
    await s.append([JSON.parse(record('after-crash', 1))]);
    assert.ok(Date.now() - started >= 300, 'it waited for the lock to go stale');
    assert.ok((await read()).includes('after-crash'));
    const gone = await Promise.resolve(vscode.workspace.fs.stat(lock)).then(() => false, () => true);
    assert.ok(gone, 'the lock is gone');
  });
});

suite('hardening: bad files and settings', () => {
  let rn: ResearchNotesApi;
  const dir = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), 'bad-files');

  suiteSetup(async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    const ext = vscode.extensions.getExtension<ResearchNotesApi>(EXTENSION_ID);
    assert.ok(ext);
    rn = await ext.activate();
  });

  suiteTeardown(async () => {
    rn?.preview.manager.webviewPanel?.dispose();
    await vscode.workspace.getConfiguration('researchNotes.math').update('macros', undefined, vscode.ConfigurationTarget.Workspace);
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
      if (tab.input instanceof vscode.TabInputText && tab.input.uri.path.includes('/bad-files/')) await vscode.window.tabGroups.close(tab);
    }
    await vscode.workspace.fs.delete(dir(), { recursive: true }).then(undefined, () => undefined);
  });

  test('a GBK note: the user is told once it is not UTF-8; its outline still shows', async function () {
    this.timeout(30000);
    const uri = vscode.Uri.joinPath(dir(), 'gbk-note.md');
    // "# 标题\n\n## 注意力\n" in GBK.
    await vscode.workspace.fs.writeFile(uri, new Uint8Array([0x23, 0x20, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0x0a, 0x23, 0x23, 0x20, 0xd7, 0xa2, 0xd2, 0xe2, 0xc1, 0xa6, 0x0a]));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    await until(() => rn.fileChecks.warnings.some((w) => w.includes('gbk-note.md') && w.includes('UTF-8')), 'the encoding warning', 10000, () => JSON.stringify(rn.fileChecks.warnings));
    await until(async () => rn.topicTree.provider.documentUri?.toString() === uri.toString() && (await rn.topicTree.provider.getChildren()).length === 1,
      'the (mis-decoded) outline of the note', 10000);
    const count = rn.fileChecks.warnings.length;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), 'diffusion-interview.md')));
    await vscode.window.showTextDocument(doc);
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(rn.fileChecks.warnings.length, count, 'told once');
  });

  test('a binary file named .md is left out of the workspace topics and the quiz; the other notes stay', async function () {
    this.timeout(60000);
    const uri = vscode.Uri.joinPath(dir(), 'image.md');
    const png = new Uint8Array(2000);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    png.set(new TextEncoder().encode('\n# Not a heading\n\nQ: not a question?\nA: no\n'), 100);
    await vscode.workspace.fs.writeFile(uri, png);
    const cards = await rn.quiz.service.workspaceCards();
    assert.ok(!cards.some((c) => c.uri.toString() === uri.toString()), 'no cards from the binary file');
    assert.ok(cards.some((c) => c.uri.path.endsWith('/diffusion-interview.md')), 'the other notes still give cards');
    await vscode.commands.executeCommand('researchNotes.showWorkspaceTopics');
    try {
      const files = await rn.topicTree.provider.getChildren();
      assert.ok(files.length >= 2, `the workspace notes are listed (${files.length})`);
      assert.ok(!files.some((f) => f.uri?.toString() === uri.toString()), 'the binary file is not');
    } finally {
      await vscode.commands.executeCommand('researchNotes.showNoteTopics');
    }
    // Opened anyway (VS Code may refuse a binary file): the user is told what it is.
    const opened = await Promise.resolve(vscode.workspace.openTextDocument(uri)).then(() => true, () => false);
    if (opened) await until(() => rn.fileChecks.warnings.some((w) => w.includes('image.md')), 'the binary-file warning', 10000);
  });

  test('a missing image shows as a broken image with its text, the rest renders; an invalid macros setting is ignored with a warning', async function () {
    this.timeout(60000);
    await vscode.workspace.getConfiguration('researchNotes.math').update('macros', { '\\RR': 42, '\\NN': '\\mathbb{N}' }, vscode.ConfigurationTarget.Workspace);
    const uri = vscode.Uri.joinPath(dir(), 'missing-image.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Missing image\n\n![a diagram that is not there](no-such-image.png)\n\nAfter the image $\\NN$ and $x^2$.\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('researchNotes.openPreviewToSide');
    await until(() => rn.preview.manager.documentUri?.toString() === uri.toString(), 'the preview of the note', 20000);
    await until(async () => (await inWebview<boolean>('rn-root', `document.getElementById('rn-root').textContent.includes('After the image')`)) === true, 'the note to render', 20000);
    const state = await inWebview<{ alt: string; broken: boolean; katex: number; errors: number }>('rn-root', `(() => { const img = document.querySelector('#rn-root img');
      return { alt: img.alt, broken: img.complete && img.naturalWidth === 0, katex: document.querySelectorAll('#rn-root .katex').length, errors: document.querySelectorAll('.rn-math-error').length }; })()`);
    assert.ok(state);
    assert.strictEqual(state.alt, 'a diagram that is not there');
    assert.strictEqual(state.katex, 2, 'both formulas render, the valid macro included');
    assert.strictEqual(state.errors, 0);
  });
});
