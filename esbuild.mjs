// Builds every bundle of the project with esbuild.
//   node esbuild.mjs            extension (desktop + web) and CLI, into dist/
//   node esbuild.mjs --tests    also the unit tests (out/test/unit) and in-host suites (out/test/host)
//   node esbuild.mjs --bench    the benchmark (out/bench)
//   node esbuild.mjs --watch    rebuild the extension and CLI on change
// Every build also bundles the webview scripts (dist/webview/preview.js, quiz.js) and copies
// KaTeX's CSS and fonts into media/katex/ (git-ignored), so the preview needs no network.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const args = new Set(process.argv.slice(2));
const production = args.has('--production');

const common = {
  bundle: true,
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  target: 'es2022',
};

/** Lists files below `dir` whose names end with `suffix`. */
function walk(dir, suffix) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, suffix));
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}

const builds = [
  // Desktop extension host (Node).
  { ...common, entryPoints: ['src/host/extension.node.ts'], outfile: 'dist/extension.node.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  // VS Code for the Web extension host (web worker).
  { ...common, entryPoints: ['src/host/extension.web.ts'], outfile: 'dist/extension.web.js', platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'] },
  // The command line.
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' }, define: { __VERSION__: JSON.stringify(pkg.version) } },
  // The preview's webview script: runs in the webview's browser frame, loaded by nonce.
  { ...common, entryPoints: ['src/webview/preview/main.ts'], outfile: 'dist/webview/preview.js', platform: 'browser', format: 'iife' },
  // The quiz panel's webview script, loaded the same way.
  { ...common, entryPoints: ['src/webview/quiz/main.ts'], outfile: 'dist/webview/quiz.js', platform: 'browser', format: 'iife' },
];

// KaTeX's stylesheet and fonts, served to the webview from the extension's media/ (the CSP
// allows fonts and styles only from there) and inlined/copied by the HTML export.
mkdirSync('media/katex', { recursive: true });
// The stylesheet without the WOFF and TTF sources (only WOFF2 ships, see below).
writeFileSync('media/katex/katex.min.css', readFileSync('node_modules/katex/dist/katex.min.css', 'utf8')
  .replace(/,url\(fonts\/[\w-]+\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, ''));
// Only WOFF2: every browser VS Code runs in (and any current one opening an export) reads it,
// and the stylesheet lists it first, so the WOFF and TTF copies would never be requested.
rmSync('media/katex/fonts', { recursive: true, force: true });
cpSync('node_modules/katex/dist/fonts', 'media/katex/fonts', { recursive: true, filter: (src) => !/\.(woff|ttf)$/.test(src) });

if (args.has('--tests')) {
  builds.push({ ...common, entryPoints: walk('test/unit', '.test.ts'), outdir: 'out/test/unit', outbase: 'test/unit', platform: 'node', format: 'cjs', external: ['mocha'] });
  for (const suite of ['suite', 'failing', 'zh', 'huge']) {
    // Fixture notes (.md) are bundled as text: the in-host tests write them into the workspace.
    // HOST_GREP=<regexp> at build time runs only the in-host tests whose full title matches (for working on one test).
    builds.push({ ...common, entryPoints: [`test/host/${suite}/index.ts`], outfile: `out/test/host/${suite}.js`, platform: 'browser', format: 'cjs', external: ['vscode'], mainFields: ['browser', 'module', 'main'], loader: { '.md': 'text' }, define: { __HOST_GREP__: JSON.stringify(process.env.HOST_GREP ?? '') } });
  }
}
if (args.has('--bench')) {
  builds.push({ ...common, entryPoints: ['bench/bench.ts'], outfile: 'out/bench/bench.js', platform: 'node', format: 'cjs' });
  // The terms entry's child process: one workspace-index measurement per process (own peak RSS).
  builds.push({ ...common, entryPoints: ['bench/termsChild.ts'], outfile: 'out/bench/termsChild.js', platform: 'node', format: 'cjs' });
}

if (args.has('--watch')) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
