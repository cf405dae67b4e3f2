/**
 * Checks a setting's value against the JSON schema it is declared with in package.json (the
 * subset settings use: type, enum, minimum/maximum, items, additionalProperties, required
 * properties). One source of truth: the settings UI validates with the same schema, but a
 * hand-edited settings.json can hold anything, and the extension must never crash on it.
 */

export interface SettingSchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly items?: SettingSchema;
  readonly properties?: Readonly<Record<string, SettingSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: SettingSchema | boolean;
  readonly default?: unknown;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Why `value` does not fit `schema` (a JSON path and a short reason), or undefined when it fits. */
export function checkSetting(schema: SettingSchema, value: unknown, path = ''): string | undefined {
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((t) => typeMatches(t, actual))) return `${path || 'value'}: ${actual} instead of ${types.join(' or ')}`;
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) return `${path || 'value'}: not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `${path || 'value'}: not a finite number`;
    if (schema.minimum !== undefined && value < schema.minimum) return `${path || 'value'}: below ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${path || 'value'}: above ${schema.maximum}`;
  }
  if (Array.isArray(value) && schema.items) {
    for (let i = 0; i < value.length; i++) {
      const why = checkSetting(schema.items, value[i], `${path}[${i}]`);
      if (why) return why;
    }
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) return `${path || 'value'}: "${key}" is missing`;
    for (const [key, v] of Object.entries(obj)) {
      const sub = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (sub) {
        const why = checkSetting(sub, v, `${path}.${key}`);
        if (why) return why;
      } else if (schema.additionalProperties === false) {
        return `${path || 'value'}: unknown property "${key}"`;
      }
    }
  }
  return undefined;
}
