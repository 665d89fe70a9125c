// The conformance suite (test/conformance/*.json) runs through the library, every case's input
// is valid against the JSON Schema of its function (unless the case expects INVALID_INPUT), and
// every RULES ID that computes something has at least one case.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CATALOG, findCalculator } from '../../src/cli/catalog.js';
import { containsExpected, loadCases, runCase } from '../../src/cli/conformance.js';
import { jsonSchemaOf } from '../../src/core/json-schema.js';

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
      for (const r of c.rules) expect(r).toMatch(/^(GEN|RET|CLM|PRM|BIL|SI|USR|BEN)-\d+$/);
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

  it('every RULES ID that computes something has a case', () => {
    const covered = new Set(all.flatMap(({ c }) => c.rules));
    // Not computed: SI-5 (audit rights), USR-6 (where to file), PRM-11 (board distributions).
    const computing = [
      ...[1, 2, 3, 4].map((n) => `GEN-${n}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => `RET-${n}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `CLM-${n}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `PRM-${n}`),
      ...[1, 2, 3, 4, 5, 6].map((n) => `BIL-${n}`),
      ...[1, 2, 3, 4, 6, 7, 8, 9, 10].map((n) => `SI-${n}`),
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) => `BEN-${n}`),
      ...[1, 2, 3, 4, 5, 7].map((n) => `USR-${n}`),
    ];
    expect(computing.filter((r) => !covered.has(r))).toEqual([]);
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
