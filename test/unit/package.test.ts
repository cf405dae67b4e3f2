/**
 * The .vsix contents, as `vsce ls` lists them from .vscodeignore: everything the manifest
 * points at ships (bundles, webview scripts, grammar, walkthrough pictures, translations,
 * KaTeX fonts), no sources, tests or dependencies do, and the whole stays under 3 MB.
 * Needs the build (`npm run build`), as `npm test` runs it first.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
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
    ].map((p: string) => p.replace(/^\.\//, ''));
    for (const p of wanted) assert.ok(files.includes(p), `${p} is in the package`);
  });

  test('no sources, tests, samples, source maps or dependencies', () => {
    for (const f of files) {
      assert.doesNotMatch(f, /^(src|test|bench|samples|scripts|out|node_modules|\.vscode-test-web|docs)\//, f);
      assert.doesNotMatch(f, /\.(ts|map)$/, f);
      assert.notEqual(f, 'dist/cli.js', 'the CLI ships through npm, not in the extension');
    }
  });

  test('under 3 MB, fonts included', () => {
    // A .vsix is a zip: each file deflated. The development bundles measured here are larger
    // than the minified ones `npm run package` ships, so this bounds the real size from above.
    const bytes = files.reduce((sum, f) => sum + deflateRawSync(readFileSync(join(root, f)), { level: 9 }).length, 0);
    assert.ok(bytes < 3 * 1024 * 1024, `${(bytes / 1024 / 1024).toFixed(2)} MB compressed`);
  });
});
