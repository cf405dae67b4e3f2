// Node-style assertions for the in-host suites: import * as assert from './assert'.
//
// Why not the npm `assert` package (Node's assert for bundlers)? It reads the global `process`
// when it loads (util@0.12: process.env.NODE_DEBUG) and again when it builds an error
// (process.stderr). The web extension host is a worker without `process`, so the bundle dies
// with "ReferenceError: process is not defined" unless esbuild injects a shim. These functions
// keep Node's names and strict semantics, so switching to that package later is a change of
// import plus an `inject` in esbuild.mjs.

export class AssertionError extends Error {
  override name = 'AssertionError';

  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
    // Read by mocha's reporters: prints a diff of actual and expected.
    readonly showDiff = false,
  ) {
    super(message);
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Node's deepStrictEqual rules for plain data: same prototypes, same own keys, Object.is leaves. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  // Maps and Sets keep their content outside own keys; compared in insertion order, which is
  // stricter than Node but never lets two different collections pass.
  if (a instanceof Map || a instanceof Set) return deepEqual([...a], [...(b as Map<unknown, unknown> | Set<unknown>)]);
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepEqual(recordA[key], recordB[key]));
}

export function fail(message: string): never {
  throw new AssertionError(message);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) throw new AssertionError(message ?? `Expected a truthy value, got ${show(value)}`, value, true);
}

export function strictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(message ?? `Expected ${show(actual)} to be ${show(expected)}`, actual, expected, true);
  }
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) throw new AssertionError(message ?? `Expected a value other than ${show(expected)}`, actual, expected);
}

export function deepStrictEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!deepEqual(actual, expected)) {
    throw new AssertionError(message ?? `Expected ${show(actual)} to deeply equal ${show(expected)}`, actual, expected, true);
  }
}

export function match(value: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(value)) throw new AssertionError(message ?? `Expected ${show(value)} to match ${pattern}`, value, pattern);
}

function checkThrown(error: unknown, expected: RegExp | undefined, message: string | undefined): void {
  if (!expected) return;
  const text = error instanceof Error ? error.message : String(error);
  if (!expected.test(text)) throw new AssertionError(message ?? `Expected the error ${show(text)} to match ${expected}`, text, expected);
}

/** Passes when `fn` throws; `expected` is matched against the error message. */
export function throws(fn: () => unknown, expected?: RegExp, message?: string): void {
  try {
    fn();
  } catch (error) {
    checkThrown(error, expected, message);
    return;
  }
  throw new AssertionError(message ?? 'Expected the function to throw');
}

/** Passes when the promise (or the promise `fn` returns) rejects; `expected` is matched against the error message. */
export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp, message?: string): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    checkThrown(error, expected, message);
    return;
  }
  throw new AssertionError(message ?? 'Expected the promise to reject');
}
