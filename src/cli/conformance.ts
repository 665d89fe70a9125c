/**
 * The conformance suite format and its runner. A case is
 * `{ id, rules, function, input, options?, expected }` (the result must contain `expected`:
 * every key given must be deep-equal; other keys are ignored) or
 * `{ id, rules, function, input, options?, error }` (the call must throw a WcraError with that
 * code). Files are JSON arrays of cases. See docs/conformance.md.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWcraError } from '../index.js';
import { findCalculator } from './catalog.js';

/** One conformance case. */
export interface ConformanceCase {
  readonly id: string;
  readonly rules: ReadonlyArray<string>;
  readonly function: string;
  readonly input: unknown;
  readonly options?: unknown;
  readonly expected?: unknown;
  readonly error?: string;
}

/** The outcome of one case. */
export interface CaseOutcome {
  readonly id: string;
  readonly file: string;
  readonly passed: boolean;
  readonly detail?: string;
}

/** True when `actual` contains everything in `expected` (objects by key, arrays element-wise). */
export function containsExpected(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => containsExpected(actual[i], e));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(
      ([k, v]) => Object.hasOwn(actual, k) && containsExpected((actual as Record<string, unknown>)[k], v),
    );
  }
  return Object.is(actual, expected);
}

/** Reads every `*.json` file of a folder as a list of cases, sorted by file name. */
export function loadCases(dir: string): Array<{ file: string; cases: ConformanceCase[] }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      } catch (error) {
        throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
      }
      if (!Array.isArray(parsed)) throw new Error(`${file}: a conformance file must hold a JSON array of cases`);
      return { file, cases: parsed as ConformanceCase[] };
    });
}

/** Runs one case through the library. */
export function runCase(file: string, c: ConformanceCase): CaseOutcome {
  const entry = findCalculator(c.function);
  if (entry === undefined) return { id: c.id, file, passed: false, detail: `unknown function "${c.function}"` };
  let result: unknown;
  try {
    result = entry.run(c.input, c.options);
  } catch (error) {
    if (c.error !== undefined && isWcraError(error) && error.code === c.error) return { id: c.id, file, passed: true };
    const got = isWcraError(error) ? `WcraError ${error.code}: ${error.message}` : String(error);
    return { id: c.id, file, passed: false, detail: c.error === undefined ? `threw ${got}` : `expected error ${c.error}, got ${got}` };
  }
  if (c.error !== undefined)
    return { id: c.id, file, passed: false, detail: `expected error ${c.error}, got a result ${JSON.stringify(result)}` };
  const json: unknown = JSON.parse(JSON.stringify(result));
  if (containsExpected(json, c.expected)) return { id: c.id, file, passed: true };
  return { id: c.id, file, passed: false, detail: `expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(json)}` };
}

/** What is wrong with a case's shape (so a malformed case is named, not a crash), or `undefined`. */
export function caseProblem(c: unknown): string | undefined {
  if (c === null || typeof c !== 'object' || Array.isArray(c)) return 'a case must be an object';
  const k = c as Record<string, unknown>;
  if (typeof k.id !== 'string' || k.id === '') return 'has no "id" (a non-empty string)';
  if (typeof k.function !== 'string') return 'has no "function" (the calculator\'s name)';
  if (!Array.isArray(k.rules)) return 'has no "rules" (a list of RULES IDs)';
  if (!('input' in k)) return 'has no "input"';
  if ('expected' in k === 'error' in k) return 'must have exactly one of "expected" and "error"';
  return undefined;
}

/** Runs every case of a folder; a malformed case fails with its file, its position and the reason. */
export function runConformance(dir: string): CaseOutcome[] {
  return loadCases(dir).flatMap(({ file, cases }) =>
    cases.map((c, i) => {
      const problem = caseProblem(c);
      if (problem === undefined) return runCase(file, c);
      const id = c !== null && typeof c === 'object' && typeof c.id === 'string' && c.id !== '' ? c.id : `case #${i + 1}`;
      return { id, file, passed: false, detail: `malformed case (${id}) ${problem}` };
    }),
  );
}
