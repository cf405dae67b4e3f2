/**
 * Reads the extension's settings through their package.json schemas: a value that does not
 * fit (a hand-edited settings.json) falls back to the default, with one warning per setting
 * and value, and never reaches the features.
 */
import * as vscode from 'vscode';
import pkg from '../../package.json';
import { checkSetting, type SettingSchema } from '../core/settings/schema';

type Sections = { readonly properties: Readonly<Record<string, SettingSchema>> } | readonly { readonly properties: Readonly<Record<string, SettingSchema>> }[];

const SCHEMAS: ReadonlyMap<string, SettingSchema> = new Map(
  ([] as { readonly properties: Readonly<Record<string, SettingSchema>> }[])
    .concat(pkg.contributes.configuration as unknown as Sections)
    .flatMap((section) => Object.entries(section.properties)),
);

const warned = new Set<string>();

/** The schema of a contributed setting (full key, e.g. `researchNotes.quiz.desiredRetention`). */
export function settingSchema(key: string): SettingSchema | undefined {
  return SCHEMAS.get(key);
}

/**
 * The value of `researchNotes.<key>` for `scope`, or its declared default when the value does
 * not fit the schema (then the user is told once which setting was ignored and why).
 */
export function setting<T>(key: string, scope?: vscode.ConfigurationScope): T {
  const full = `researchNotes.${key}`;
  const schema = SCHEMAS.get(full);
  if (!schema) throw new Error(`${full} is not a contributed setting`);
  const fallback = schema.default as T;
  const value = vscode.workspace.getConfiguration('researchNotes', scope).get<unknown>(key, fallback);
  const why = checkSetting(schema, value);
  if (!why) return value as T;
  const once = `${full}\u0000${JSON.stringify(value)}`;
  if (!warned.has(once)) {
    warned.add(once);
    void vscode.window.showWarningMessage(vscode.l10n.t(
      'Research Notes: the setting {0} has an invalid value ({1}); the default {2} is used instead.',
      full, why, JSON.stringify(fallback)));
  }
  return fallback;
}
