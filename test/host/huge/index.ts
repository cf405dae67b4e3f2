// Huge notes inside a real VS Code for the Web: a 10 MB note and a note with 50,000 formulas
// open in the Topics view and the preview while the extension host's event loop is watched.
// A suite of its own, run by its own VS Code instance (runWeb.mjs --huge, last in npm test):
// what such a note leaves running in the background cannot slow the other suites' tests.
import * as vscode from 'vscode';
import * as assert from '../suite/assert';
import type { ResearchNotesApi } from '../../../src/host/activate';
import type { PreviewUpdateInfo } from '../../../src/host/preview/previewManager';
import { EXTENSION_ID, WEBVIEW_CONTENT, closeTabs, inWebview, until, workspaceFolder } from '../suite/util';
import { runMocha } from '../lib/mochaBootstrap';
import { evalInFrames, profile, type GapReport } from '../lib/hostBridge';

/** The longest our code may hold the extension host at a time (the issue's limit). */
const LIMIT_MS = 50;

/**
 * Records the gaps between ticks of a 5 ms interval timer: how long the extension host's event
 * loop was busy at a time. `phase` names what is happening, for the report. Gaps over
 * GAP_MS are kept (performance.now() times) so the CPU profile can say who held the host.
 */
class LoopMonitor {
  static readonly GAP_MS = 30;
  private last = performance.now();
  private timer: ReturnType<typeof setInterval>;
  longest = 0;
  longestIn = '';
  firstScreenMs = 0;
  updates = 0;
  readonly gaps: [number, number][] = [];
  private readonly started = performance.now();
  private current = 'start';
  /** What is happening now; each change is logged with the time, so a run that hangs shows where. */
  get phase(): string {
    return this.current;
  }
  set phase(name: string) {
    this.current = name;
    console.log(`      (${name} at ${Math.round(performance.now() - this.started)} ms)`);
  }
  /** The functions most often on the extension host's stack meanwhile (from the CPU profile). */
  hot: string[] = [];
  /** Who held the host in each long gap (from the CPU profile). */
  reports: GapReport[] = [];
  readonly byPhase = new Map<string, number>();

  constructor() {
    this.timer = setInterval(() => {
      const now = performance.now();
      const gap = Math.round(now - this.last);
      if (gap > LoopMonitor.GAP_MS) this.gaps.push([this.last, now]);
      this.last = now;
      this.byPhase.set(this.phase, Math.max(this.byPhase.get(this.phase) ?? 0, gap));
      if (gap > this.longest) {
        this.longest = gap;
        this.longestIn = this.phase;
      }
    }, 5);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** The most our code held the host within one gap, in milliseconds, and that gap. */
  oursLongest(): { ms: number; gap?: GapReport } {
    let best: { ms: number; gap?: GapReport } = { ms: 0 };
    for (const gap of this.reports) if ((gap.owners.ours ?? 0) > best.ms) best = { ms: gap.owners.ours, gap };
    return best;
  }

  report(): string {
    const describe = (g: GapReport) => `${g.ms} ms [${Object.entries(g.owners).sort((a, b) => b[1] - a[1]).map(([o, ms]) => `${o} ${ms}`).join(', ')}; top: ${g.top.join(', ')}${g.ours.length ? `; ours: ${g.ours.join(', ')}` : ''}; ours at once ${g.oursAtOnce} ms, ${g.idleSamples} idle samples; ${g.clock} time${g.waitedMs !== undefined ? `, the host's thread waited ${g.waitedMs} ms for a CPU` : ''}]`;
    const worst = [...this.reports].sort((a, b) => b.ms - a.ms).slice(0, 3);
    const ours = this.oursLongest();
    return `first screen of the preview after ${this.firstScreenMs} ms, ${this.updates} updates; longest event-loop gap ${this.longest} ms (in "${this.longestIn}"); by phase: ${[...this.byPhase].map(([p, g]) => `${p} ${g}`).join(', ')}; `
      + `${this.gaps.length} gaps over ${LoopMonitor.GAP_MS} ms, the longest: ${worst.map(describe).join('; ')}; `
      + `our code's most in one gap: ${ours.ms} ms${ours.gap ? ` (in ${describe(ours.gap)})` : ''}; hot: ${this.hot.join(', ')}`;
  }
}

/** How long profileAnchor runs busy, in milliseconds. */
const ANCHOR_MS = 60;

/**
 * Runs busy for ANCHOR_MS from the returned performance.now(): a mark the CPU profile cannot
 * miss, and a gap of the test's own that the report must put on the test's code (which shows
 * that the two clocks agree).
 */
function profileAnchor(): number {
  const at = performance.now();
  let spin = 0;
  while (performance.now() - at < ANCHOR_MS) spin++;
  return spin >= 0 ? at : -1;
}

/**
 * A generated note of about `bytes` UTF-8 bytes: headings, questions, definitions, formulas, CJK.
 * Every section holds a full-width bracket （…）: a long note WITHOUT one makes the terms index
 * (src/core/glossary/noteTerms.ts abbreviations(), owned elsewhere) search to the end of the
 * note for `（` once per line — minutes for 10 MB — which would hide everything this test measures.
 */
export function hugeNote(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const section = [
      `## 第 ${i} 节 Section ${i}`,
      '',
      `**Q${i}: 为什么 softmax 需要减去最大值 (${i})?**`,
      '',
      `答：数值稳定。$\\mathrm{softmax}(x)_i = e^{x_i - m} / \\sum_j e^{x_j - m}$，其中 $m = \\max_j x_j$。`,
      '',
      `- 术语${i}：一个用于测试的定义，带有 inline code \`x_${i}\` and some English words to make it longer.`,
      `- Term ${i}: a definition line in English that goes on for a while, like real notes do.`,
      '',
      `Plain paragraph ${i} with enough text to look like prose: the quick brown fox jumps over the lazy dog（${i}），敏捷的棕色狐狸跳过了懒狗。`,
      '',
    ].join('\n') + '\n';
    parts.push(section);
    size += section.length * 1.3;
  }
  return parts.join('');
}

/** A note with `count` inline formulas, five to a paragraph. */
export function formulaNote(count: number): string {
  const parts: string[] = ['# Formulas 公式', ''];
  for (let i = 0; i < count; i += 5) {
    if (i % 500 === 0) parts.push(`## Block ${i / 500}`, '');
    const f = [0, 1, 2, 3, 4].map((k) => `$\\frac{a_{${i + k}}}{b^{${k}}} + \\sqrt{x_${k}}$`).join(' 与 ');
    parts.push(`段落（${i}） (p. ${i}): ${f}.`, '');
  }
  return parts.join('\n');
}

/** Our code held the extension host for at most LIMIT_MS within any one event-loop gap. */
function assertOursShort(monitor: LoopMonitor): void {
  const ours = monitor.oursLongest();
  assert.ok(ours.ms <= LIMIT_MS, `our code held the extension host for ${ours.ms} ms at a time (at most ${LIMIT_MS}): ${JSON.stringify(ours.gap)}`);
}

suite('hardening', () => {
  let rn: ResearchNotesApi;

  suiteSetup(async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) this.skip();
    const ext = vscode.extensions.getExtension<ResearchNotesApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    await ext.activate();
    rn = ext.exports;
  });

  /**
   * Opens `uri` with the Topics view and the preview, waits for both to show the whole note
   * and returns the measured event-loop gaps.
   */
  async function openHuge(uri: vscode.Uri, text: string, expectTopic: string, check: string): Promise<LoopMonitor> {
    const { manager } = rn.preview;
    const { provider } = rn.topicTree;
    const updates: PreviewUpdateInfo[] = [];
    const listener = manager.onDidUpdate((u) => {
      if (u.uri === uri.toString()) updates.push(u);
    });
    const monitor = new LoopMonitor();
    try {
      // A CPU profile of the extension host while the note opens, for finding what holds it up.
      await profile('start');
      const anchor = { name: profileAnchor.name, at: profileAnchor(), ms: ANCHOR_MS };
      monitor.phase = 'write';
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      monitor.phase = 'open';
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
      monitor.phase = 'topics';
      await vscode.commands.executeCommand('researchNotes.topics.focus');
      await until(async () => provider.documentUri?.toString() === uri.toString()
        && (await provider.getChildren()).some((e) => provider.getTreeItem(e).label?.toString().includes(expectTopic)),
      'the Topics view to show the huge note', 60000);
      monitor.phase = 'preview';
      const asked = Date.now();
      await vscode.commands.executeCommand('researchNotes.openPreviewToSide');
      // The part in view (the top) rendered: the rest follows in the background.
      await until(() => updates.some((u) => u.pending === 0 || u.renderedLines?.some(([from]) => from === 0)),
        'the top of the note to reach the preview', 120000, () => `${updates.length} updates`);
      monitor.firstScreenMs = Date.now() - asked;
      monitor.phase = 'rest';
      // The rest renders and is sent in the background while the test watches the event loop.
      await new Promise((r) => setTimeout(r, 8000));
      monitor.updates = updates.length;
      monitor.phase = 'profile';
      const name = uri.path.replace(/.*\//, '').replace(/\.md$/, '');
      monitor.stop();
      // The profile says who held the host in each gap; only our code's share is ours to keep short.
      const saved = await profile('stop', `out/test/host/${name}.cpuprofile`, { anchor, gaps: monitor.gaps });
      monitor.hot = saved.hot?.slice(0, 8) ?? [];
      monitor.reports = saved.gaps ?? [];
      assert.strictEqual(monitor.reports.length, monitor.gaps.length, 'the profile covers every gap');
      // The anchor's own gap is the test's code: the clocks are tied right.
      const own = monitor.reports.find((g) => g.from <= anchor.at + 1 && g.to >= anchor.at + ANCHOR_MS - 1);
      assert.ok(own && (own.owners.tests ?? 0) >= ANCHOR_MS / 2, `the anchor's gap is put on the test's code: ${JSON.stringify(own)}`);
      monitor.phase = 'webview';
      assert.strictEqual(rn.preview.manager.documentUri?.toString(), uri.toString(), 'the preview shows the note');
      let seen = '';
      let frames = '';
      await until(async () => {
        const state = await inWebview<unknown[]>('rn-root', `[${check}, document.getElementById('rn-root').children.length, document.querySelectorAll('.rn-pending').length, document.querySelectorAll('.katex').length, (document.getElementById('rn-root').textContent || '').slice(0, 80)]`);
        seen = JSON.stringify(state);
        if (state === undefined) frames = JSON.stringify(await evalInFrames(WEBVIEW_CONTENT, `document.getElementById('rn-root')?.children.length`));
        return state?.[0] === true;
      }, 'the top of the note in the webview', 30000, () => `the webview: [check, blocks, placeholders, formulas, text] ${seen}; frames: ${frames}`);
      return monitor;
    } catch (error) {
      // How far it got, and what held the host up on the way, to find the cause.
      console.log(`    failed in phase "${monitor.phase}" after ${updates.length} preview updates; ${monitor.report()}`);
      throw error;
    } finally {
      monitor.stop();
      listener.dispose();
      // Stops what is still rendering and sending for the huge note.
      rn.preview.manager.webviewPanel?.dispose();
    }
  }

  test('a note with 50,000 formulas opens in the Topics view and the preview without freezing the extension host', async function () {
    this.timeout(240000);
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'formula-note.md');
    const text = formulaNote(50000);
    try {
      const monitor = await openHuge(uri, text, 'Formulas', `document.querySelectorAll('.katex').length >= 25`);
      console.log(`    50,000 formulas (${text.length} chars): ${monitor.report()}`);
      assertOursShort(monitor);
    } finally {
      await closeTabs(uri);
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('a 10 MB note opens in the Topics view and the preview without freezing the extension host', async function () {
    this.timeout(240000);
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'huge-note.md');
    const text = hugeNote(10 * 1024 * 1024);
    try {
      const monitor = await openHuge(uri, text, '第 0 节', `document.getElementById('rn-root').textContent.includes('第 0 节')`);
      console.log(`    10 MB note (${text.length} chars, ${new TextEncoder().encode(text).length} bytes): ${monitor.report()}`);
      assertOursShort(monitor);
      // Too large to be decoded from disk in the background, the note has its terms indexed once it is open: a hover finds one.
      const key = uri.toString();
      assert.ok(!rn.terms.reads.includes(key), 'the 10 MB note is not decoded from disk into the terms index');
      await until(() => (rn.terms.index.note(key)?.terms.length ?? 0) > 30000, 'the open 10 MB note\'s terms in the index', 120000, () => `${rn.terms.index.note(key)?.terms.length ?? 'no'} terms`);
      const line = text.split('\n').findIndex((l) => l.startsWith('- 术语17：'));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(line, 3));
      const shown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.ok(shown.includes('一个用于测试的定义'), `the hover on 术语17 shows its definition from the note: ${shown.slice(0, 300)}`);
    } finally {
      await closeTabs(uri);
      await vscode.workspace.fs.delete(uri);
    }
  });
});

export function run(): Promise<void> {
  return runMocha();
}
