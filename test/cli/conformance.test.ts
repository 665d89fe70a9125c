// The conformance suite (test/conformance/*.json) runs through the library, every case's input
// is valid against the JSON Schema of its function (unless the case expects INVALID_INPUT), and
// every RULES ID that computes something has at least one case.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators.js';
import { CATALOG, findCalculator } from '../../src/cli/catalog.js';
import { containsExpected, loadCases, runCase } from '../../src/cli/conformance.js';
import { jsonSchemaOf } from '../../src/core/json-schema.js';
import { RULE_IDS } from '../../src/rules/ids.js';

const dir = new URL('../conformance/', import.meta.url).pathname;
const files = loadCases(dir);
const all = files.flatMap(({ file, cases }) => cases.map((c) => ({ file, c })));

describe('conformance suite', () => {
  it.each(all.map(({ file, c }) => [`${file} ${c.id}`, file, c] as const))('%s', (_name, file, c) => {
    const outcome = runCase(file, c);
    expect(outcome.detail).toBeUndefined();
    expect(outcome.passed).toBe(true);
  });

  it('case ids are unique and every case names known rules and a known function', () => {
    const ids = all.map(({ c }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { c } of all) {
      expect(findCalculator(c.function), c.function).toBeDefined();
      expect(c.rules.length).toBeGreaterThan(0);
      for (const r of c.rules) expect(RULE_IDS).toContain(r);
      expect((c.expected === undefined) !== (c.error === undefined)).toBe(true);
    }
  });

  it('every input is valid against its JSON Schema (cases that expect INVALID_INPUT are invalid)', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validators = new Map(CATALOG.map((e) => [e.name, ajv.compile(jsonSchemaOf(e.inputSchema))]));
    for (const { c } of all) {
      const validate = validators.get(c.function);
      if (validate === undefined) throw new Error(c.function);
      if (c.error === 'INVALID_INPUT') continue;
      expect(validate(c.input), `${c.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('every rule a calculator declares has a case (the list is the definitions)', () => {
    const covered = new Set(all.flatMap(({ c }) => c.rules));
    // the general conventions (GEN-*) too: every calculator follows them
    const computing = [...new Set([...RULE_IDS.filter((r) => r.startsWith('GEN-')), ...CALCULATORS.flatMap((d) => d.rules)])];
    expect(computing.length).toBeGreaterThan(60);
    expect(computing.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('the rules no calculator declares: two conventions all follow, three facts that are not formulas (docs/concepts.md)', () => {
    const declared = new Set(CALCULATORS.flatMap((d) => d.rules));
    expect(RULE_IDS.filter((r) => !declared.has(r))).toEqual(['GEN-1', 'GEN-2', 'PRM-11', 'SI-5', 'USR-6']);
  });

  it('expected values are a subset match, strings compared exactly', () => {
    expect(containsExpected({ a: '1.00', b: 2, c: [1, { d: 'x', e: 1 }] }, { a: '1.00', c: [1, { d: 'x' }] })).toBe(true);
    expect(containsExpected({ a: '1.00' }, { a: '1.0' })).toBe(false);
    expect(containsExpected({ a: [1, 2] }, { a: [1] })).toBe(false);
    expect(containsExpected({ a: null }, { a: {} })).toBe(false);
    expect(containsExpected([1], { 0: 1 })).toBe(false);
    expect(containsExpected({}, { a: undefined })).toBe(false);
  });
});
