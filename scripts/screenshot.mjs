// `npm run screenshot [note]`: opens a sample note in VS Code for the Web (headless Chromium,
// 1400x900), shows the Research Notes Topics view and saves docs/screenshot-topics.jpg.
// `note` is a file in samples/ (default: diffusion-interview.md), with or without `samples/`.
// On failure it saves out/screenshot-failure.png to show where it got stuck, and exits 1.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { repoRoot, startWebHost } from '../test/host/lib/webHost.mjs';

const OUTPUT = join(repoRoot, 'docs', 'screenshot-topics.jpg');
const FAILURE_OUTPUT = join(repoRoot, 'out', 'screenshot-failure.png');
const samplesDir = join(repoRoot, 'samples');
const STEP_TIMEOUT_MS = 30_000;
const DEFAULT_NOTE = 'diffusion-interview.md';

function pickNote(argument) {
  if (argument) {
    const name = argument.replace(/^(\.\/)?samples\//, '');
    if (!existsSync(join(samplesDir, name))) throw new Error(`samples/${name} does not exist.`);
    return name;
  }
  if (existsSync(join(samplesDir, DEFAULT_NOTE))) return DEFAULT_NOTE;
  const first = readdirSync(samplesDir).filter((name) => name.endsWith('.md')).sort()[0];
  if (!first) throw new Error('samples/ has no .md note to open.');
  return first;
}

/** The sample notes are bilingual; without a CJK font Chromium draws their Chinese as boxes. */
function warnWithoutCjkFont() {
  let fonts;
  try {
    fonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  } catch {
    return; // No fontconfig tools: nothing to tell.
  }
  if (!fonts.trim()) {
    console.warn('warning: no Chinese font installed, so Chinese text will show as boxes: apt-get install -y fonts-noto-cjk');
  }
}

/** Runs one UI step, turning Playwright's timeout into a message that says which step hung. */
async function step(description, action) {
  console.log(`- ${description}`);
  try {
    await action();
  } catch (error) {
    throw new Error(`${description}: ${error.message.split('\n')[0]}`, { cause: error });
  }
}

warnWithoutCjkFont();
let note;
let host;
try {
  note = pickNote(process.argv[2]);
  host = await startWebHost({ folderPath: samplesDir, openFile: note, headless: true, viewport: { width: 1400, height: 900 } });
} catch (error) {
  console.error(`Screenshot FAILED: ${error.message}`);
  process.exit(1);
}
const { page } = host;
let exitCode = 0;
try {
  await step('wait for the workbench', () =>
    page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: STEP_TIMEOUT_MS }));

  await step(`wait for samples/${note} to open`, () =>
    page.locator(`.tabs-container .tab.active[aria-label*="${basename(note)}"]`).waitFor({ timeout: STEP_TIMEOUT_MS }));

  await step('click the Research Notes activity bar item', async () => {
    // Found by the view container's id, which the icon's class carries, not by its title: the
    // title is localized and sits on the inner link only while the item is not selected.
    const item = page.locator('.part.activitybar .action-item:has(.action-label[class*="workbench-view-extension-researchNotes-"])');
    await item.waitFor({ timeout: STEP_TIMEOUT_MS }).catch((error) => {
      throw new Error('not found: is dist/extension.web.js built and the `researchNotes` view container contributed?', { cause: error });
    });
    await item.click();
  });

  await step('wait for the Topics view to show its tree (or its welcome text)', () => {
    const container = page.locator('[id="workbench.view.extension.researchNotes"]');
    return container.locator('.monaco-list-row').or(container.locator('.welcome-view-content'))
      .first().waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  // Keep the pointer off the tree so no hover tooltip covers it; let icons, fonts and the
  // editor's highlighting settle before the picture.
  await page.mouse.move(900, 500);
  await page.waitForTimeout(1500);
  await mkdir(join(repoRoot, 'docs'), { recursive: true });
  await page.screenshot({ path: OUTPUT, type: 'jpeg', quality: 80 });
  console.log(`Saved ${relative(repoRoot, OUTPUT)} (samples/${note}).`);
} catch (error) {
  exitCode = 1;
  console.error(`Screenshot FAILED at: ${error.message}`);
  await mkdir(join(repoRoot, 'out'), { recursive: true });
  await page.screenshot({ path: FAILURE_OUTPUT }).then(
    () => console.error(`What the page showed: ${relative(repoRoot, FAILURE_OUTPUT)}`),
    () => {},
  );
} finally {
  await host.close();
}
process.exit(exitCode);
