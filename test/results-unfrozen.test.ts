// Rule 8 (issue 13 item 10, "result objects all frozen or none"): the library's choice is none.
// Every calculator's example result, with and without explain, is a plain object with no frozen
// part: no shared frozen cache (a reporting status, a window, a list of reasons) leaks into it.
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../src/calculators.js';

/** The paths of the frozen objects reachable from `value` (own data properties). */
function frozenParts(value: unknown, path = 'result', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (Object.isFrozen(value)) out.push(path);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) frozenParts(d.value, `${path}.${String(key)}`, out, seen);
  }
  return out;
}

describe('rule 8: no part of a result is frozen', () => {
  it('the walk finds a frozen part, however deep (the check can fail)', () => {
    expect(frozenParts({ a: [{ b: Object.freeze({}) }] })).toStrictEqual(['result.a.0.b']);
    expect(frozenParts(Object.freeze([]))).toStrictEqual(['result']);
    expect(frozenParts({ a: [1, 'x', { b: null }] })).toStrictEqual([]);
  });

  describe.each(CALCULATORS.map((d) => [d.name, d] as const))('%s', (_name, def) => {
    it.each([false, true])('its example result (explain: %s) has no frozen object', (explain) => {
      const options = { ...(def.exampleOptions as object | undefined), ...(explain && def.explains ? { explain: true } : {}) };
      expect(frozenParts(def.run(def.example, options))).toStrictEqual([]);
    });
  });
});
