/**
 * The .vsix contents, as `vsce ls` lists them from .vscodeignore: everything the manifest
 * points at ships (bundles, webview scripts, grammar, walkthrough pictures, translations,
 * KaTeX fonts), no sources, tests or dependencies do, and the whole stays under 3 MB.
 * Needs the build (`npm run build`), as `npm test` runs it first.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

suite('package (.vsix contents)', function () {
  this.timeout(60000);
  let files: string[];

  suiteSetup(() => {
    assert.ok(existsSync(join(root, 'dist', 'extension.web.js')), 'build first: npm run build');
    const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .split('\n').map((l) => l.trim()).filter((l) => l !== '');
  });

  test('everything the manifest refers to ships', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const c = pkg.contributes;
    const wanted = [
      pkg.main, pkg.browser, pkg.icon,
      'dist/webview/preview.js', 'dist/webview/quiz.js', 'media/katex/katex.min.css', 'media/katex/fonts/KaTeX_Main-Regular.woff2',
      'media/preview.css', 'media/quiz.css', 'l10n/bundle.l10n.zh-cn.json', 'package.nls.json', 'package.nls.zh-cn.json',
      'README.md', 'CHANGELOG.md', 'LICENSE',
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.viewsContainers.activitybar.map((v: { icon: string }) => v.icon),
      ...c.walkthroughs.flatMap((w: { steps: { media: { image: string } }[] }) => w.steps.map((s) => s.media.image)),
      'media/walkthrough/sample-note.md',
      // The README's pictures, so the extension's details page shows them.
      ...[...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]),
    ].map((p: string) => p.replace(/^\.\//, ''));
    for (const p of wanted) assert.ok(files.includes(p), `${p} is in the package`);
  });

  test('no sources, tests, samples, source maps or dependencies', () => {
    for (const f of files) {
      assert.doesNotMatch(f, /^(src|test|bench|samples|scripts|out|node_modules|\.vscode-test-web)\//, f);
      if (f.startsWith('docs/')) assert.match(f, /^docs\/screenshot-[\w-]+\.jpg$/, f);
      assert.doesNotMatch(f, /\.(ts|map)$/, f);
      assert.notEqual(f, 'dist/cli.js', 'the CLI ships through npm, not in the extension');
    }
  });

  test('vsce packages it, with the flags of `npm run package`, into a .vsix under 3 MB', () => {
    // The development bundles are larger than the minified ones `npm run package` ships, so
    // the size here bounds the real one from above.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const flags = (pkg.scripts.package as string).replace(/^.*vsce package/, '').trim().split(/\s+/);
    const dir = mkdtempSync(join(tmpdir(), 'rn-vsix-'));
    try {
      const out = join(dir, 'research-notes.vsix');
      execFileSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', ...flags, '-o', out], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      const bytes = statSync(out).size;
      assert.ok(bytes < 3 * 1024 * 1024, `${(bytes / 1024 / 1024).toFixed(2)} MB`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
