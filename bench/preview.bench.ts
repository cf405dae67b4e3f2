/**
 * preview: our note renderer (block-wise markdown-it 14.1.0 + KaTeX with caches) against VS Code's
 * Markdown preview pipeline (markdown-it 14.1.0 as VS Code bundles it, with the built-in
 * Markdown Math extension's @vscode/markdown-it-katex and VS Code's options), on the same
 * ~1 MB note, in the same process, interleaved:
 *
 * (a) first render: a fresh renderer (empty caches) per run against `md.render(text)`;
 * (b) re-render after a one-word edit in the middle of the note: one renderer, warmed with the
 *     unedited note, keeps its caches across runs as in use; every run inserts a different
 *     word (so no run finds its edited block in the cache), against VS Code's pipeline
 *     rendering the edited note in full, as its preview does on every change.
 *
 * Preparation (building the edited text, creating the fresh renderer) is untimed on both
 * sides. Informational: (b) when the host passes in the note model it already parsed for the
 * tree (`render(text, model)`), which saves the renderer's own parse. Sanity: both sides must render every formula of the note.
 */
import { parseNote } from '../src/core/notes/parser';
import { createNoteRenderer, splitBlocks, type NoteRendererWithStats } from '../src/core/markdown';
import type { BenchEntry, BenchResult, BenchTarget } from './harness';
import { formatMs, formatTable, measureInterleaved, timedCase, TIMING_HEADER, timingCells, verdict } from './stats';
import { createVsCodeMarkdownIt } from './vscodeMarkdown';

const TARGET_FIRST_RATIO = 0.7;
const TARGET_EDIT_MS = 16;
const TARGET_EDIT_SPEEDUP = 50;

const countOf = (s: string, needle: string): number => s.split(needle).length - 1;

/**
 * Where the edits go: the end of a prose line near the middle of the note (no formula, code
 * or table on it), so each edit changes one word of text.
 */
function editPoint(text: string): number {
  let at = text.indexOf('\n', Math.floor(text.length / 2));
  while (at >= 0) {
    const end = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, end);
    if (line.length > 20 && /^[\u4e00-\u9fffA-Za-z]/.test(line) && !/[$`|*\\]/.test(line)) return end;
    at = end;
  }
  throw new Error('preview bench: no prose line to edit');
}

export const previewBench: BenchEntry = {
  name: 'preview',
  description: 'note renderer vs VS Code preview pipeline (markdown-it + @vscode/markdown-it-katex)',

  async run(ctx): Promise<BenchResult> {
    const { text, stats } = ctx.note();
    const point = editPoint(text);
    const edited = (i: number): string => `${text.slice(0, point)} 补充${i}号${text.slice(point)}`;
    const md = createVsCodeMarkdownIt();
    const formulas = parseNote(text).math.length;

    // Sanity, untimed: what each side renders.
    const first = createNoteRenderer();
    const ours = first.render(text);
    const oursHtml = ours.blocks.map((b) => b.html).join('');
    const vscodeHtml = md.render(text);
    const oursKatex = countOf(oursHtml, 'class="katex"');
    const vscodeKatex = countOf(vscodeHtml, 'class="katex"');
    const oursDisplay = countOf(oursHtml, 'class="katex-display"');
    const vscodeDisplay = countOf(vscodeHtml, 'class="katex-display"');
    console.log('\nSanity: what each side rendered from the note');
    console.log(formatTable([
      ['  formulas (note parser / generated)', `${formulas} / ${stats.formulas}`],
      ['  ours: katex spans (display) / errors / blocks', `${oursKatex} (${oursDisplay}) / ${ours.errors.length} / ${ours.blocks.length}`],
      ['  ours: distinct formulas rendered by KaTeX (cache misses)', String(first.stats.katexRenders)],
      ['  VS Code: katex spans (display)', `${vscodeKatex} (${vscodeDisplay})`],
    ], 'll'));
    const allRendered = oursKatex === formulas && vscodeKatex === formulas && ours.errors.length === 0;
    console.log(`  both rendered every formula: ${allRendered ? 'yes' : 'NO'}`);

    // (b): one renderer, warmed with the unedited note; every run a new word.
    const warm = createNoteRenderer();
    warm.render(text);
    let editRenders = 0;
    let editBlocks = 0;
    const editCase = timedCase(edited, (t) => {
      const r = warm.render(t);
      editRenders++;
      editBlocks += r.rendered.length;
    });

    // Informational: the host already parses every version for the tree and may pass the model in.
    const warmWithModel = createNoteRenderer();
    warmWithModel.render(text);
    const withModelCase = timedCase((i) => {
      const t = edited(i);
      return { t, model: parseNote(t) };
    }, ({ t, model }) => warmWithModel.render(t, model));

    // Informational: what a fresh preview shows first — the blocks of the first screen (lines
    // 0–60, as for a note opened at its top), the rest as placeholders rendered afterwards.
    const firstScreen = { startLine: 0, endLine: 60 };
    const inView = splitBlocks(text).filter((b) => b.endLine >= firstScreen.startLine && b.startLine <= firstScreen.endLine).length;
    const firstScreenCase = timedCase((): NoteRendererWithStats => createNoteRenderer(), (r) => {
      let n = 0;
      const job = r.begin(text);
      job.step(() => ++n >= inView, firstScreen);
      return job.partial();
    });

    console.log('\nTiming (interleaved; preparation untimed on both sides)');
    const [oursFirst, vscodeFirst, oursEdit, vscodeEdit, oursEditWithModel, oursFirstScreen] = await measureInterleaved([
      timedCase((): NoteRendererWithStats => createNoteRenderer(), (r) => r.render(text)),
      timedCase(() => text, (t) => md.render(t)),
      editCase,
      timedCase(edited, (t) => md.render(t)),
      withModelCase,
      firstScreenCase,
    ], ctx.measure);

    console.log(formatTable([
      [...TIMING_HEADER],
      timingCells('  (a) ours: first render, empty caches', oursFirst),
      timingCells('  (a) VS Code: md.render of the note', vscodeFirst),
      timingCells(`    ours: first screen shown (${inView} blocks, rest pending)`, oursFirstScreen),
      timingCells('  (b) ours: re-render after a one-word edit', oursEdit),
      timingCells('  (b) VS Code: md.render of the edited note', vscodeEdit),
      timingCells('    ours, given the note model the host has already', oursEditWithModel),
    ]));
    console.log(`  ours (b): ${(editBlocks / Math.max(editRenders, 1)).toFixed(2)} blocks rendered afresh per edit (of ${ours.blocks.length})`);

    const firstRatio = oursFirst.median / vscodeFirst.median;
    const editSpeedup = vscodeEdit.median / oursEdit.median;
    const targets: BenchTarget[] = [
      { label: `(a) ours/VS Code ≤ ${TARGET_FIRST_RATIO}×`, passed: firstRatio <= TARGET_FIRST_RATIO },
      { label: `(b) ours ≤ ${TARGET_EDIT_MS} ms`, passed: oursEdit.median <= TARGET_EDIT_MS },
      { label: `(b) VS Code/ours ≥ ${TARGET_EDIT_SPEEDUP}×`, passed: editSpeedup >= TARGET_EDIT_SPEEDUP },
    ];
    if (!allRendered) targets.push({ label: 'sanity checks', passed: false });

    console.log('\nResult');
    console.log(formatTable([
      ['  (a) ours first render median', `${formatMs(oursFirst.median)} ms`, '', ''],
      ['  (a) VS Code median', `${formatMs(vscodeFirst.median)} ms`, '', ''],
      ['  (a) ratio ours / VS Code', `${firstRatio.toFixed(2)}×`, `target ≤ ${TARGET_FIRST_RATIO}×`, verdict(targets[0].passed)],
      ['  (a) ours: first screen shown', `${formatMs(oursFirstScreen.median)} ms`, `${(oursFirstScreen.median / vscodeFirst.median).toFixed(3)}× VS Code`, 'informational'],
      ['  (b) ours re-render median', `${formatMs(oursEdit.median)} ms`, `target ≤ ${TARGET_EDIT_MS} ms`, verdict(targets[1].passed)],
      ['  (b) VS Code median', `${formatMs(vscodeEdit.median)} ms`, '', ''],
      ['  (b) ratio VS Code / ours', `${editSpeedup.toFixed(1)}×`, `target ≥ ${TARGET_EDIT_SPEEDUP}×`, verdict(targets[2].passed)],
      ['  (b) ours given the host\'s note model', `${formatMs(oursEditWithModel.median)} ms`, 'informational', ''],
    ], 'lrll'));

    return {
      summary: `preview: first render ${formatMs(oursFirst.median)} ms vs VS Code ${formatMs(vscodeFirst.median)} ms (${firstRatio.toFixed(2)}×); ` +
        `edit ${formatMs(oursEdit.median)} ms vs ${formatMs(vscodeEdit.median)} ms (${editSpeedup.toFixed(1)}× faster)`,
      targets,
    };
  },
};
