// `node test/host/reload.mjs`: the preview comes back after a real window reload, at the same
// scroll position. The in-host suite cannot reload its own window (the reload ends the extension
// host that runs it), so this test drives VS Code for the Web from the browser side alone, as a
// user would: open a sample note, run *Open Preview to the Side* from the command palette,
// scroll the preview, reload the page, and read the restored webview's DOM.
// Exit 0 when it passed, 1 when it failed (with out/reload-failure.png showing the page).
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { repoRoot, startWebHost } from './lib/webHost.mjs';

const NOTE = 'diffusion-interview.md';
const STEP_TIMEOUT_MS = 60_000;
const FAILURE_OUTPUT = join(repoRoot, 'out', 'reload-failure.png');

/** Runs one step, naming it when it fails. */
async function step(description, action) {
  console.log(`- ${description}`);
  try {
    return await action();
  } catch (error) {
    throw new Error(`${description}: ${String(error.message).split('\n')[0]}`, { cause: error });
  }
}

/** Evaluates `expression` in the frame of the preview (the one holding #rn-root); undefined while there is none. */
async function inPreview(page, expression) {
  for (const frame of page.frames()) {
    const value = await frame.evaluate(`(() => document.getElementById('rn-root') ? (${expression}) : undefined)()`).catch(() => undefined);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Polls `probe` until it returns something other than undefined/false. */
async function until(probe, what, timeout = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// In the preview: the source line of the first block whose bottom is below the top of the
// window (blocks carry data-start-line / data-end-line), and how many formulas are rendered.
const TOP_LINE = `(() => {
  const blocks = [...document.getElementById('rn-root').children];
  const top = blocks.find((b) => b.getBoundingClientRect().bottom > 5);
  return top ? Number(top.dataset.startLine) : -1;
})()`;
const RENDERED = `document.querySelectorAll('#rn-root .katex').length > 10 && !document.querySelector('.rn-pending')`;

let host;
let exitCode = 0;
try {
  // No `openFile` payload: the workbench would open that file again on the reload instead of
  // restoring the editors it had. The note is opened from the Explorer, as a user does.
  host = await startWebHost({ folderPath: join(repoRoot, 'samples') });
  const { page } = host;
  await step(`open samples/${NOTE} from the Explorer`, async () => {
    const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: NOTE });
    await item.waitFor({ timeout: STEP_TIMEOUT_MS });
    await item.click();
    await page.locator(`.tabs-container .tab.active[aria-label*="${NOTE}"]`).waitFor({ timeout: STEP_TIMEOUT_MS });
  });
  await step('run "Research Notes: Open Preview to the Side" from the command palette', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.keyboard.type('Research Notes: Open Preview to the Side');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Preview to the Side' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.keyboard.press('Enter');
  });
  await step('wait for the preview to render the note', () => until(() => inPreview(page, RENDERED), 'the rendered preview'));
  const scrolledTo = await step('scroll the preview down to the middle of the note', async () => {
    await inPreview(page, `(() => { const blocks = document.getElementById('rn-root').children;
      blocks[Math.floor(blocks.length / 2)].scrollIntoView(); return true; })()`);
    // The webview saves its state (note and top line) once the scroll settles.
    await new Promise((r) => setTimeout(r, 1500));
    const line = await inPreview(page, TOP_LINE);
    if (!(line > 20)) throw new Error(`the preview did not scroll: top line ${line}`);
    return line;
  });
  console.log(`  preview top line before the reload: ${scrolledTo + 1}`);
  await step('run "Developer: Reload Window" from the command palette', async () => {
    // Through the workbench's own command, so that it shuts down as on a real reload and
    // writes its state (open editors, the webview's saved state) first.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.keyboard.type('Developer: Reload Window');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Reload Window' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await Promise.all([page.waitForEvent('load', { timeout: STEP_TIMEOUT_MS }), page.keyboard.press('Enter')]);
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: STEP_TIMEOUT_MS });
  });
  await step('wait for the restored preview to render', () => until(() => inPreview(page, RENDERED), 'the restored preview'));
  await step('check the restored preview: the same note, the same place', async () => {
    const title = await until(async () => (await page.locator('.tabs-container .tab', { hasText: `Preview ${NOTE}` }).count()) > 0, 'the preview tab');
    if (!title) throw new Error('no preview tab after the reload');
    // The restored panel scrolls to its saved line once its blocks are in; then the restored
    // editor (whose top line the preview follows) may move it by a few lines, as the editor's
    // sticky headings cover its first lines. Without a restore it would show the top of the note.
    const line = await until(async () => {
      const top = await inPreview(page, TOP_LINE);
      return typeof top === 'number' && Math.abs(top - scrolledTo) <= 10 ? top : undefined;
    }, `the restored preview at line ${scrolledTo + 1} (now at ${(await inPreview(page, TOP_LINE)) + 1})`, 20_000);
    console.log(`  preview top line after the reload: ${line + 1}`);
  });
  console.log('Reload test passed.');
} catch (error) {
  exitCode = 1;
  console.error(`Reload test FAILED at: ${error.message}`);
  if (host) {
    await mkdir(join(repoRoot, 'out'), { recursive: true });
    await host.page.screenshot({ path: FAILURE_OUTPUT }).then(
      () => console.error(`What the page showed: ${relative(repoRoot, FAILURE_OUTPUT)}`), () => {});
  }
} finally {
  await host?.close();
}
process.exit(exitCode);
