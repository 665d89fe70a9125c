// The calculator definitions (src/calculators.ts, generated): each is one definition written
// beside its function, and this suite holds every one to it. RULES: GEN-1
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../src/calculators.js';
import { loadCases } from '../src/cli/conformance.js';
import * as lib from '../src/index.js';
import { RULE_IDS } from '../src/rules/ids.js';
import { isJsonSafe } from './helpers.js';

interface Stepped {
  readonly steps?: ReadonlyArray<{ readonly rule: string }>;
}

/** Every conformance case that expects a result, by function. */
const CASES = loadCases(new URL('./conformance/', import.meta.url).pathname)
  .flatMap(({ cases }) => cases)
  .filter((c) => c.error === undefined);

/** The rules the steps cite when `def` runs its example and every conformance case of it with `{ explain: true }`. */
function citedRules(def: (typeof CALCULATORS)[number]): { cited: Set<string>; runs: number } {
  const inputs = [
    { input: def.example, options: def.exampleOptions },
    ...CASES.filter((c) => c.function === def.name).map((c) => ({ input: c.input, options: c.options })),
  ];
  const cited = new Set<string>();
  for (const { input, options } of inputs) {
    const result = def.run(input, { ...(options as object), explain: true }) as Stepped;
    for (const s of result.steps ?? []) cited.add(s.rule);
  }
  return { cited, runs: inputs.length };
}

describe.each(CALCULATORS.map((d) => [d.name, d] as const))('definition of %s', (name, def) => {
  it('is the exported function: same name, and the function is the checked run', () => {
    const fn = (lib as Record<string, unknown>)[name];
    expect(typeof fn).toBe('function');
    const call = fn as (i: unknown, o?: unknown) => unknown;
    expect(call(def.example, def.exampleOptions)).toEqual(def.run(def.example, def.exampleOptions));
    expect((lib as Record<string, unknown>)[`${name}Definition`]).toBe(def);
  });

  it('declares known rule IDs, each once', () => {
    expect(def.rules.length).toBeGreaterThan(0);
    for (const r of def.rules) expect(RULE_IDS).toContain(r);
    expect(new Set(def.rules).size).toBe(def.rules.length);
    for (const r of Object.keys(def.uncitedRules)) expect(def.rules).toContain(r);
  });

  it('its example is valid and its result JSON-safe', () => {
    const result = def.run(def.example, def.exampleOptions);
    expect(isJsonSafe(result)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it.runIf(def.explains)('its explain steps cite exactly its declared rules (or the reasoned uncited ones)', () => {
    // RULES: GEN-1 — issue 13 item 2: the example and every conformance case, with explain.
    const { cited, runs } = citedRules(def);
    expect(runs).toBeGreaterThan(0);
    expect(cited.size).toBeGreaterThan(0);
    for (const r of cited) expect(def.rules, `${name} cites ${r}, which it does not declare`).toContain(r);
    const uncited = def.rules.filter((r) => !cited.has(r));
    expect(uncited.sort(), 'declared rules no step cites must be the reasoned uncitedRules').toEqual(Object.keys(def.uncitedRules).sort());
  });

  it('has at least one conformance case', () => {
    expect(CASES.some((c) => c.function === name)).toBe(true);
  });

  it.runIf(!def.explains)('does not add steps (it does not explain)', () => {
    expect(def.run(def.example, def.exampleOptions)).not.toHaveProperty('steps');
  });
});

describe('CALCULATORS', () => {
  it('lists each calculator once, with a summary', () => {
    const names = CALCULATORS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const d of CALCULATORS) expect(d.summary.length).toBeGreaterThan(10);
  });

  it('every exported `<name>Definition` is in the list', () => {
    const exported = Object.keys(lib).filter((k) => k.endsWith('Definition'));
    expect(exported.sort()).toEqual(CALCULATORS.map((d) => `${d.name}Definition`).sort());
  });
});
