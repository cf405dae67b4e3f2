/** Checks that the manifest, its translations and the code agree with each other. */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_QUESTION_PATTERNS } from '../../src/core/notes';
import { checkSetting, type SettingSchema } from '../../src/core/settings/schema';

const root = join(__dirname, '../../..');
const json = (p: string) => JSON.parse(readFileSync(join(root, p), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

suite('manifest', () => {
  const pkg = json('package.json');
  const settings = (): Record<string, SettingSchema> => Object.assign({}, ...pkg.contributes.configuration.map((c: { properties: object }) => c.properties));

  test('activates on Markdown only (and to restore a preview after a reload)', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:markdown', 'onWebviewPanel:researchNotes.preview']);
  });

  test('the patterns setting defaults to the built-in question patterns', () => {
    assert.deepEqual(settings()['researchNotes.questions.patterns'].default, DEFAULT_QUESTION_PATTERNS);
  });

  test('every command is under the Research Notes category and has a when clause in the palette, but for the few that work anywhere', () => {
    const anywhere = new Set(['researchNotes.quiz.due', 'researchNotes.quiz.mockInterview', 'researchNotes.openSampleNote']);
    const palette = new Map<string, string>(pkg.contributes.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
    for (const c of pkg.contributes.commands as { command: string; category: string }[]) {
      assert.equal(c.category, '%category%', c.command);
      if (!anywhere.has(c.command)) assert.ok(palette.get(c.command), `${c.command} has a when clause in the palette`);
    }
  });

  test('settings: grouped under titled sections, each with a description, a scope and a default that fits its schema', () => {
    const sections: { title: string; properties: Record<string, SettingSchema> }[] = pkg.contributes.configuration;
    assert.ok(sections.length >= 4);
    for (const s of sections) assert.match(s.title, /^%configuration\.\w+\.title%$/);
    const all = settings();
    assert.ok(Object.keys(all).length >= 13);
    for (const [key, schema] of Object.entries(all) as [string, SettingSchema & { scope?: string; markdownDescription?: string; description?: string }][]) {
      assert.match(key, /^researchNotes\./);
      assert.ok(schema.markdownDescription ?? schema.description, `${key} has a description`);
      assert.ok(['application', 'machine', 'window', 'resource', 'language-overridable', 'machine-overridable'].includes(schema.scope ?? ''), `${key} has a scope`);
      assert.ok('default' in schema, `${key} has a default`);
      assert.equal(checkSetting(schema, schema.default), undefined, `${key}'s default fits its schema`);
    }
  });

  test('every %key% of package.json exists in English and Chinese', () => {
    const keys = [...JSON.stringify(pkg.contributes).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(k in en, `package.nls.json lacks ${k}`);
      assert.ok(k in zh, `package.nls.zh-cn.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  test('every runtime message has a Chinese translation, and no translation is stale', () => {
    const used = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
    }
    const zh = json('l10n/bundle.l10n.zh-cn.json');
    assert.ok(used.size > 10);
    for (const key of used) assert.ok(key in zh, `l10n/bundle.l10n.zh-cn.json lacks "${key}"`);
    for (const key of Object.keys(zh)) assert.ok(used.has(key), `l10n/bundle.l10n.zh-cn.json has unused "${key}"`);
  });

  test('every contributed command is implemented', () => {
    const registered = new Set<string>();
    for (const file of sources(join(root, 'src/host'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/registerCommand\(\s*(?:'([^']+)'|([A-Z_]+))/g)) registered.add(m[1] ?? m[2]);
    }
    for (const c of pkg.contributes.commands) {
      assert.ok(registered.has(c.command) || registered.has('REVEAL_COMMAND') && c.command === 'researchNotes.revealTopic', `${c.command} is contributed but never registered`);
    }
  });
});
