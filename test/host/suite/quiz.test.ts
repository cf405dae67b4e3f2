// The quiz inside a real VS Code for the Web: "Quiz: Current Note" on a sample note, the panel
// driven from the browser side with real key presses (host bridge), the review log checked on
// the workspace's file system, the status bar, the CodeLens and the annotation commands.
import * as vscode from 'vscode';
import * as assert from './assert';
import type { ResearchNotesApi } from '../../../src/host/activate';
import type { TopicElement } from '../../../src/host/tree/topicTreeProvider';
import { parseLog } from '../../../src/core/quiz/reviewLog';
import { ReviewStore } from '../../../src/host/quiz/reviewStore';
import { EXTENSION_ID, WEBVIEW_CONTENT, closeTabs, inWebview, until, workspaceFolder } from './util';
import { evalInFrames, press, screenshot } from '../lib/hostBridge';

const inQuiz = <T>(expression: string): Promise<T | undefined> => inWebview<T>('rn-quiz', expression);

const pressInQuiz = (...keys: string[]) => press(WEBVIEW_CONTENT, '#rn-quiz', ...keys);

async function readText(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

suite('quiz', () => {
  let rn: ResearchNotesApi;
  let sample: vscode.Uri;
  let log: vscode.Uri;

  suiteSetup(async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    this.timeout(30000);
    sample = vscode.Uri.joinPath(workspaceFolder(), 'diffusion-interview.md');
    log = vscode.Uri.joinPath(workspaceFolder(), '.research-notes', 'reviews.jsonl');
    const doc = await vscode.workspace.openTextDocument(sample);
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    const ext = vscode.extensions.getExtension<ResearchNotesApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await until(() => ext.isActive, 'the extension to activate');
    rn = ext.exports;
    await rn.quiz.store.ready;
    assert.strictEqual(rn.quiz.store.location?.toString(), log.toString(), 'the log lives in the workspace');
    assert.strictEqual(rn.quiz.store.isFallback, false);
  });

  suiteTeardown(async () => {
    rn?.quiz.panel.webviewPanel?.dispose();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), '.research-notes'), { recursive: true }).then(undefined, () => undefined);
  });

  test('Quiz: Current Note — Space reveals, 3 grades Good: a valid log line, the status bar drops by one, not due again today', async function () {
    this.timeout(60000);
    const before = await rn.quiz.refreshStatus();
    assert.ok(before > 0, `cards to study in the samples (${before})`);
    const logBefore = lines(await readText(log));

    await vscode.commands.executeCommand('researchNotes.quiz.currentNote', sample);
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'front', 'the first card\'s front in the panel', 20000);
    const cardId = await inQuiz<string>('document.getElementById("rn-quiz").dataset.card');
    const current = rn.quiz.panel.currentCard;
    assert.ok(current, 'a session runs');
    assert.strictEqual(cardId, current.id, 'the panel shows the session\'s card');
    assert.strictEqual(await inQuiz<boolean>('document.querySelector(".rn-quiz-back").hidden'), true, 'the answer is hidden at first');

    await pressInQuiz('Space');
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'back', 'Space to reveal the answer', 5000);
    assert.strictEqual(await inQuiz<boolean>('document.querySelector(".rn-quiz-back").hidden'), false);
    const intervals = await inQuiz<string[]>('[...document.querySelectorAll(".rn-quiz-grade-interval")].map((e) => e.textContent)');
    assert.strictEqual(intervals?.length, 4, 'four grade buttons');
    for (const i of intervals ?? []) assert.match(i, /\d/, `each button shows its next interval: ${intervals}`);

    await pressInQuiz('3');
    let after: string[] = [];
    await until(async () => (after = lines(await readText(log))).length === logBefore.length + 1, 'the log to gain a line', 10000);
    const record = JSON.parse(after[after.length - 1]) as Record<string, unknown>;
    assert.strictEqual(record.card, cardId);
    assert.strictEqual(record.grade, 3);
    assert.strictEqual(record.note, 'diffusion-interview.md');
    assert.ok(Math.abs(Date.parse(String(record.time)) - Date.now()) < 60000, `a current time: ${record.time}`);
    const parsed = parseLog(after.join('\n'));
    assert.deepStrictEqual(parsed.problems, [], 'every line is a valid record');
    assert.ok(parsed.records.some((r) => r.card === cardId && r.grade === 3));

    // The panel moved on to another card.
    await until(async () => {
      const id = await inQuiz<string>('document.getElementById("rn-quiz").dataset.card');
      return id !== undefined && id !== cardId;
    }, 'the next card', 10000);

    const now = await rn.quiz.refreshStatus();
    assert.strictEqual(now, before - 1, 'one card fewer to study');
    assert.match(rn.quiz.statusBar.text, new RegExp(`\\b${now}$`));
    // The status bar as the workbench draws it (the new text reaches the workbench a moment later:
    // through a server, with a Node extension host, later than the bridge's answer).
    let shown: Awaited<ReturnType<typeof evalInFrames>> = [];
    await until(async () => {
      shown = await evalInFrames('localhost', `(() => { const e = [...document.querySelectorAll('.statusbar-item')].find((x) => x.id.includes('researchNotes.quiz.status')); return e ? e.textContent.trim() : undefined; })()`);
      return shown.some((s) => s.value === String(now));
    }, `the workbench's status bar to show ${now}`, 5000, () => JSON.stringify(shown));

    // Not due again today.
    const doc = await vscode.workspace.openTextDocument(sample);
    const cards = rn.quiz.service.cardsOf(doc);
    const state = rn.quiz.service.states(cards).get(cardId!);
    assert.ok(state, 'the card has a state');
    const midnight = new Date();
    midnight.setHours(24, 0, 0, 0);
    assert.ok(state.due.getTime() >= midnight.getTime(), `due ${state.due.toISOString()} is after today`);
    const queue = rn.quiz.service.queue(cards.map((card) => ({ card })));
    assert.ok(!queue.some((i) => i.card.id === cardId), 'not in today\'s queue');
  });

  test('undo (U) appends an undo line, shows the card again, and replay forgets the grade', async function () {
    this.timeout(30000);
    const graded = rn.quiz.panel.graded.at(-1);
    assert.ok(graded, 'a card was graded');
    const before = lines(await readText(log));
    await pressInQuiz('u');
    let after: string[] = [];
    await until(async () => (after = lines(await readText(log))).length === before.length + 1, 'an undo line', 10000);
    assert.deepStrictEqual(after.slice(0, before.length), before, 'the log only grew');
    const undo = JSON.parse(after[after.length - 1]) as Record<string, unknown>;
    assert.strictEqual(undo.card, graded.item.id);
    assert.ok(typeof undo.undo === 'string');
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.card')) === graded.item.id, 'the undone card on screen again', 10000);
    assert.ok(!parseLog(after.join('\n')).records.some((r) => r.card === graded.item.id), 'replay no longer counts the grade');
    // Grade it again (Ctrl+Z is the other undo key; Good again for the rest of the suite).
    await pressInQuiz('Space', '3');
    await until(async () => parseLog(await readText(log)).records.some((r) => r.card === graded.item.id), 'the card graded again', 10000);
  });

  test('screenshot of the quiz panel (answer revealed)', async function () {
    this.timeout(30000);
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'front', 'a card on screen', 10000);
    await pressInQuiz('Space');
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'back', 'the answer', 5000);
    await until(async () => await inQuiz<boolean>(`[...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded') || document.querySelectorAll('.katex').length === 0`), 'fonts', 10000);
    await new Promise((r) => setTimeout(r, 500));
    assert.deepStrictEqual(await screenshot('docs/screenshot-quiz.jpg'), { path: 'docs/screenshot-quiz.jpg' });
  });

  test('CodeLens above each question: "new", and "due in" after a grade; its command quizzes that card and ends in a summary with charts', async function () {
    this.timeout(40000);
    const doc = await vscode.workspace.openTextDocument(sample);
    const questions = rn.quiz.service.cardsOf(doc).filter((c) => c.kind === 'question' || c.kind === 'question-heading');
    assert.ok(questions.length > 3, `the sample has questions (${questions.length})`);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', sample, 100);
    const ours = lenses.filter((l) => l.command?.command === 'researchNotes.quiz.card');
    assert.strictEqual(ours.length, questions.length, 'one lens per question card');
    const states = rn.quiz.service.states(rn.quiz.service.cardsOf(doc));
    for (const lens of ours) {
      const id = lens.command!.arguments![1] as string;
      const card = questions.find((q) => q.id === id);
      assert.ok(card, 'the lens names a card of the note');
      assert.strictEqual(lens.range.start.line, card.range.start.line);
      assert.match(lens.command!.title, states.get(id)?.reps ? /due in \d/ : /new$/, `${lens.command!.title} for ${card.front}`);
    }
    // Quiz a fresh question card through its lens, grade Easy: the session ends with a summary.
    const fresh = ours.find((l) => !states.get(l.command!.arguments![1] as string));
    assert.ok(fresh, 'a question not graded yet');
    await vscode.commands.executeCommand(fresh.command!.command, ...fresh.command!.arguments!);
    const id = fresh.command!.arguments![1] as string;
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.card')) === id, 'the lens\'s card in the panel', 10000);
    await pressInQuiz('Space', '4');
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'summary', 'the summary', 10000);
    const chart = await inQuiz<{ grades: number; forecast: number; easy: string; retention: string }>(`({
      grades: document.querySelectorAll('.rn-chart-grades rect').length,
      forecast: document.querySelectorAll('.rn-chart-forecast rect').length,
      easy: document.querySelector('.rn-chart-grades .rn-bar-3 title').textContent,
      retention: document.querySelector('.rn-quiz-retention').textContent,
    })`);
    assert.deepStrictEqual(chart, { grades: 4, forecast: 14, easy: 'Easy: 1', retention: 'Retention: 100%' });
    const after = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', sample, 100);
    const lens = after.find((l) => l.command?.arguments?.[1] === id);
    assert.match(lens?.command?.title ?? '', /due in \d+ d/, 'the lens shows when it comes back');
  });

  test('a corrupted line is reported with its number and kept; an append from "another window" is merged, not lost', async function () {
    this.timeout(20000);
    const text = await readText(log);
    const foreign = JSON.stringify({ v: 1, card: 'from-another-window', note: 'x.md', front: 'x', grade: 3, time: new Date().toISOString() });
    const corrupted = `${text}this line is not JSON\n${foreign}\n`;
    await vscode.workspace.fs.writeFile(log, new TextEncoder().encode(corrupted));
    await rn.quiz.store.reload();
    const badLine = lines(corrupted).indexOf('this line is not JSON') + 1;
    assert.deepStrictEqual(rn.quiz.store.current.problems.map((p) => p.line), [badLine]);
    // A grade through the store keeps every earlier byte, the bad line included.
    await rn.quiz.store.append([{ v: 1, card: 'ours', note: 'y.md', front: 'y', grade: 2, time: new Date().toISOString() }]);
    const now = await readText(log);
    assert.ok(now.startsWith(corrupted), 'earlier lines intact');
    const cards = parseLog(now).records.map((r) => r.card);
    assert.ok(cards.includes('from-another-window') && cards.includes('ours'));
  });

  test('when the workspace log cannot be written, reviews go to the extension storage and the user is told', async function () {
    this.timeout(20000);
    const folder = workspaceFolder();
    // A file where the log's folder should be: creating the folder, hence every write, fails.
    const blocker = vscode.Uri.joinPath(folder, 'quiz-blocker');
    const storage = vscode.Uri.joinPath(folder, 'quiz-fallback-storage');
    await vscode.workspace.fs.writeFile(blocker, new TextEncoder().encode('not a folder'));
    const store = new ReviewStore(storage, vscode.Uri.joinPath(blocker, 'reviews.jsonl'));
    try {
      await store.ready;
      assert.strictEqual(store.isFallback, false, 'the workspace location is tried first');
      await store.append([{ v: 1, card: 'fallback-card', note: 'a.md', front: 'f', grade: 3, time: new Date().toISOString() }]);
      assert.strictEqual(store.isFallback, true);
      assert.strictEqual(store.location?.toString(), vscode.Uri.joinPath(storage, 'reviews.jsonl').toString());
      const text = await readText(vscode.Uri.joinPath(storage, 'reviews.jsonl'));
      assert.deepStrictEqual(parseLog(text).records.map((r) => r.card), ['fallback-card']);
      assert.deepStrictEqual(store.current.records.map((r) => r.card), ['fallback-card']);
      // A workspace log that can be read but not written still counts: history from both files.
      const readOnly = new ReviewStore(storage, log);
      try {
        await readOnly.ready;
        const workspaceCards = rn.quiz.store.current.records.length;
        assert.ok(workspaceCards > 0, 'the workspace log has records');
        (readOnly as unknown as { useFallback(why: string): void }).useFallback('a test');
        await readOnly.reload();
        assert.strictEqual(readOnly.current.records.length, workspaceCards + 1, 'workspace records and the fallback one');
      } finally {
        readOnly.dispose();
      }
      // The warning, as the workbench shows it.
      let toasts: unknown[] = [];
      await until(async () => (toasts = (await evalInFrames('localhost', `[...document.querySelectorAll('.notification-toast')].map((t) => t.textContent).join(' | ')`))
        .map((r) => r.value)).some((t) => typeof t === 'string' && t.includes("extension's storage")), 'a warning about the fallback', 5000, () => JSON.stringify(toasts));
    } finally {
      store.dispose();
      await vscode.workspace.fs.delete(blocker);
      await vscode.workspace.fs.delete(storage, { recursive: true }).then(undefined, () => undefined);
    }
  });

  test('a card due now shows as "N due" on its topic in the Topics view', async function () {
    this.timeout(20000);
    const doc = await vscode.workspace.openTextDocument(sample);
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    const model = rn.notes.get(doc);
    const cards = rn.quiz.service.cardsOf(doc);
    const states = rn.quiz.service.states(cards);
    const card = cards.find((c) => !states.get(c.id) && c.kind === 'question');
    assert.ok(card, 'a question never graded');
    // Graded Good a month ago: due now.
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
    await rn.quiz.store.append([{ v: 1, card: card.id, note: card.note, front: card.front, grade: 3, time: monthAgo }]);
    await rn.quiz.refreshStatus();
    const topic = model.topics.filter((t) => t.sectionRange.start.line <= card.range.start.line && card.range.start.line <= t.sectionRange.end.line).at(-1);
    assert.ok(topic, 'the card lies in a topic');
    assert.strictEqual(rn.quiz.dueCount(sample, topic.sectionRange), 1);
    const find = (els: readonly TopicElement[]): TopicElement | undefined => {
      for (const el of els) {
        if (el.type === 'outline' && el.node.kind === 'topic' && el.node.span.start.line === topic.sectionRange.start.line) return el;
        const inner = find(el.children);
        if (inner) return inner;
      }
      return undefined;
    };
    await until(async () => find(await rn.topicTree.provider.getChildren()) !== undefined, 'the topic in the tree');
    const element = find(await rn.topicTree.provider.getChildren())!;
    const item = rn.topicTree.provider.getTreeItem(element);
    assert.match(String(item.description), /\b1 due\b/);
    // And the CodeLens says so.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', sample, 100);
    assert.match(lenses.find((l) => l.command?.arguments?.[1] === card.id)?.command?.title ?? '', /due now$/);
  });

  test('Quiz: Current Topic takes the cards of the section under the cursor, or of a Topics item', async function () {
    this.timeout(30000);
    const editor = await vscode.window.showTextDocument(sample, { preview: false, viewColumn: vscode.ViewColumn.One });
    const model = rn.notes.get(editor.document);
    // A topic with several cards: the section of the first question.
    const cards = rn.quiz.service.cardsOf(editor.document);
    const topic = model.topics.reduce((best, t, i) => {
      const n = cards.filter((c) => c.range.start.line >= t.sectionRange.start.line && c.range.start.line <= t.sectionRange.end.line).length;
      return n >= 2 && n < cards.length && (best < 0 || t.level > model.topics[best].level) ? i : best;
    }, -1);
    assert.ok(topic >= 0, 'a topic holding some but not all cards');
    const section = model.topics[topic].sectionRange;
    const line = model.topics[topic].range.start.line + 1;
    editor.selection = new vscode.Selection(line, 0, line, 0);
    rn.quiz.panel.webviewPanel?.dispose();
    assert.strictEqual(rn.quiz.panel.items.length, 0, 'no session without the panel');
    await vscode.commands.executeCommand('researchNotes.quiz.currentTopic');
    const inSection = (items: readonly { card: { range: { start: { line: number } } } }[]): boolean =>
      items.every((i) => i.card.range.start.line >= section.start.line && i.card.range.start.line <= section.end.line);
    // Fresh and due cards of that section only (graded ones are not due today).
    await until(() => rn.quiz.panel.items.length > 0, 'a session on the topic', 10000);
    assert.ok(inSection(rn.quiz.panel.items), `every card lies in lines ${section.start.line}–${section.end.line}`);
    assert.ok(rn.quiz.panel.items.length < cards.length, 'fewer cards than the note has');
    // From the Topics view: an item of the tree as the argument.
    const roots = await rn.topicTree.provider.getChildren();
    const find = (els: readonly TopicElement[]): TopicElement | undefined => {
      for (const el of els) {
        if (el.type === 'outline' && el.node.kind === 'topic' && el.node.span.start.line === section.start.line) return el;
        const inner = find(el.children);
        if (inner) return inner;
      }
      return undefined;
    };
    const element = find(roots);
    assert.ok(element, 'the topic is in the tree');
    rn.quiz.panel.webviewPanel?.dispose();
    await vscode.commands.executeCommand('researchNotes.quiz.topic', element);
    await until(() => rn.quiz.panel.items.length > 0, 'a session from the tree item', 10000);
    assert.ok(inSection(rn.quiz.panel.items));
  });

  test('Mock Interview: N random questions with a visible timer, graded one by one, then a summary with times', async function () {
    this.timeout(40000);
    const config = vscode.workspace.getConfiguration('researchNotes.quiz');
    await config.update('mockInterview.questions', 2, vscode.ConfigurationTarget.Global);
    try {
      rn.quiz.panel.webviewPanel?.dispose();
      await vscode.commands.executeCommand('researchNotes.quiz.mockInterview');
      await until(() => rn.quiz.panel.items.length === 2, 'two questions', 10000, () => `${rn.quiz.panel.items.length}`);
      assert.ok(rn.quiz.panel.isTimed);
      for (const item of rn.quiz.panel.items) assert.ok(['question', 'question-heading'].includes(item.card.kind), item.card.kind);
      await until(async () => (await inQuiz<string>('document.querySelector(".rn-quiz-timer")?.textContent')) !== undefined, 'a timer', 15000);
      await until(async () => (await inQuiz<string>('document.querySelector(".rn-quiz-timer").textContent')) !== '0:00', 'the timer to run', 5000);
      await pressInQuiz('Space', '2');
      await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.card')) === rn.quiz.panel.items[1].id, 'the second question', 10000);
      await pressInQuiz('Space', '1');
      await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'summary', 'the summary', 10000);
      assert.strictEqual(rn.quiz.panel.items.length, 2, 'no Again repeats in an interview');
      const rows = await inQuiz<string[]>('[...document.querySelectorAll(".rn-quiz-times tr")].map((r) => r.lastElementChild.textContent)');
      assert.deepStrictEqual(rows, ['Hard', 'Again']);
    } finally {
      await config.update('mockInterview.questions', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('O opens the card in its note; Ctrl+Z takes back a grade', async function () {
    this.timeout(30000);
    const doc = await vscode.workspace.openTextDocument(sample);
    const cards = rn.quiz.service.cardsOf(doc);
    const states = rn.quiz.service.states(cards);
    const card = [...cards].reverse().find((c) => !states.get(c.id));
    assert.ok(card, 'a card never graded');
    await vscode.commands.executeCommand('researchNotes.quiz.card', sample, card.id);
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.card')) === card.id, 'the card in the panel', 10000);
    await pressInQuiz('o');
    await until(() => vscode.window.activeTextEditor?.document.uri.toString() === sample.toString()
      && vscode.window.activeTextEditor.selection.active.line === card.range.start.line, 'the note open at the card', 5000,
    () => `${vscode.window.activeTextEditor?.document.uri.path}:${vscode.window.activeTextEditor?.selection.active.line}, expected line ${card.range.start.line}`);
    const before = lines(await readText(log)).length;
    await pressInQuiz('Space', '1');
    await until(async () => lines(await readText(log)).length === before + 1, 'the grade in the log', 10000);
    // Again repeats the card at the end of the session: it is on screen again.
    await until(async () => (await inQuiz<string>('document.getElementById("rn-quiz").dataset.state')) === 'front', 'the repeat', 10000);
    await pressInQuiz('Control+z');
    await until(async () => lines(await readText(log)).length === before + 2, 'the undo line', 10000);
    assert.ok(!parseLog(await readText(log)).records.some((r) => r.card === card.id), 'the Again no longer counts');
    assert.strictEqual(rn.quiz.panel.items.length, 1, 'the repeat was withdrawn with the grade');
  });

  test('annotations: question in the note\'s style, cloze refusing to cut a formula, skip marker — one undo step each', async function () {
    this.timeout(30000);
    const note = vscode.Uri.joinPath(workspaceFolder(), 'quiz-annotate.md');
    const text = '# 测试\n\n**Question： 已有的问题？**\n\n答案。\n\n为什么要加噪\n\n前向过程 $q(x_t|x_0)$ 是高斯分布。\n\n- 马尔可夫链：下一状态只依赖当前状态。\n';
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode(text));
    try {
      const editor = await vscode.window.showTextDocument(note, { preview: false, viewColumn: vscode.ViewColumn.One });
      const doc = editor.document;
      editor.selection = new vscode.Selection(6, 0, 6, doc.lineAt(6).text.length);
      assert.strictEqual(await vscode.commands.executeCommand('researchNotes.quiz.makeQuestion'), true);
      assert.strictEqual(doc.lineAt(6).text, '**Question： 为什么要加噪**');
      assert.ok(rn.quiz.service.cardsOf(doc).some((c) => c.kind === 'question' && c.front === '为什么要加噪'), 'the extractor sees the new question');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), text, 'one undo step restores the note');

      const formulaLine = 8;
      const lineText = doc.lineAt(formulaLine).text;
      const dollar = lineText.indexOf('$');
      editor.selection = new vscode.Selection(formulaLine, 0, formulaLine, dollar + 3);
      assert.strictEqual(await vscode.commands.executeCommand('researchNotes.quiz.makeCloze'), false, 'refuses to cut the formula');
      assert.strictEqual(doc.getText(), text);
      editor.selection = new vscode.Selection(formulaLine, dollar, formulaLine, lineText.lastIndexOf('$') + 1);
      assert.strictEqual(await vscode.commands.executeCommand('researchNotes.quiz.makeCloze'), true);
      assert.strictEqual(doc.lineAt(formulaLine).text, '前向过程 ==$q(x_t|x_0)$== 是高斯分布。');
      assert.ok(rn.quiz.service.cardsOf(doc).some((c) => c.kind === 'cloze'), 'a cloze card');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), text);

      const term = 10;
      editor.selection = new vscode.Selection(term, 4, term, 4);
      const beforeSkip = rn.quiz.service.cardsOf(doc).filter((c) => c.kind === 'definition').length;
      assert.strictEqual(await vscode.commands.executeCommand('researchNotes.quiz.skipCard'), true);
      assert.strictEqual(doc.lineAt(term).text, '<!-- rn:skip -->');
      assert.strictEqual(rn.quiz.service.cardsOf(doc).filter((c) => c.kind === 'definition').length, beforeSkip - 1, 'the definition is out of the quiz');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(doc.getText(), text);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await closeTabs(note);
      await vscode.workspace.fs.delete(note);
    }
  });
});
