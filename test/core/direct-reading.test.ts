// The shell reads a flat input directly (issue 13 item 11: the cost of one call): each field
// through the same reader zod calls, the strict unknown-key rule and the object's own checks.
// Differential check: on every calculator's example and conformance inputs, each field set to each
// bad value, absent, undefined, joined by an unknown or `__proto__` key or read through a
// prototype, the direct reading and zod give the same answer (the same values, or the same issues).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CALCULATORS } from '../../src/calculators.js';
import { loadCases } from '../../src/cli/conformance.js';
import { planOf, readPlain, toIssues } from '../../src/core/schema.js';

const BAD: ReadonlyArray<unknown> = [
  undefined,
  null,
  '',
  '1.005',
  '7.95',
  -1,
  0,
  '0.5',
  1e20,
  '1899-12-31',
  '2024-02-30',
  {},
  [],
  true,
  'nope',
  2024,
  '2024-03-05',
];

/** Every conformance case, read once. */
const CASES = loadCases(fileURLToPath(new URL('../conformance/', import.meta.url))).flatMap(({ cases }) => cases);

function inputsOf(name: string, example: unknown): Array<Record<string, unknown>> {
  const cases = CASES.filter((c) => c.function === name && c.input !== null && typeof c.input === 'object' && !Array.isArray(c.input));
  return [example as Record<string, unknown>, ...cases.map((c) => c.input as Record<string, unknown>)];
}

function variants(input: Record<string, unknown>): unknown[] {
  const out: unknown[] = [input, Object.create(input), { ...input, notAField: 1 }, JSON.parse(`{"__proto__": 1, "a": 1}`)];
  out.push(Object.assign(JSON.parse('{"__proto__": {}}'), input));
  for (const key of Object.keys(input)) {
    const { [key]: _, ...without } = input;
    out.push(without);
    for (const bad of BAD) out.push({ ...input, [key]: bad });
  }
  return out;
}

const issuesOf = (r: { success: boolean; error?: { issues: z.core.$ZodIssue[] } }) =>
  r.success || r.error === undefined ? [] : toIssues(r.error.issues).map(({ path, code }) => ({ path, code }));

describe('the direct reading of a flat input agrees with zod', () => {
  const schemas = CALCULATORS.flatMap((d) => [
    { name: `${d.name} input`, schema: d.input, inputs: inputsOf(d.name, d.example) },
    {
      name: `${d.name} options`,
      schema: d.options,
      inputs: [d.exampleOptions as Record<string, unknown>, { explain: true }, { rounding: 'floor' }],
    },
  ]);
  const direct = schemas.filter((s) => planOf(s.schema) !== null);

  it('most schemas are read directly (the fast path is real)', () => {
    expect(direct.filter((s) => s.name.endsWith(' input')).length).toBeGreaterThanOrEqual(15);
    expect(direct.filter((s) => s.name.endsWith(' options')).length).toBeGreaterThanOrEqual(30);
  });

  it.each(direct.map((s) => [s.name, s] as const))('%s: the same values or the same issues', (_name, { schema, inputs }) => {
    const plan = planOf(schema);
    if (plan === null) throw new Error('no plan');
    let checked = 0;
    let direct = 0;
    for (const input of inputs.flatMap(variants)) {
      const byZod = z.safeParse(schema, input);
      if (typeof input !== 'object' || input === null) continue;
      const reading = readPlain(plan, input);
      // Not decided directly (a bad field, or a nested field): zod decides on the values read.
      const answer = reading.ok ? { success: true as const, data: reading.out } : z.safeParse(schema, reading.seen);
      expect(answer.success).toBe(byZod.success);
      if (answer.success) expect(answer.data).toEqual(byZod.success ? byZod.data : undefined);
      else expect(issuesOf(answer)).toEqual(issuesOf(byZod));
      if (reading.ok) direct++;
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
    expect(direct).toBeGreaterThan(0);
  });
});

describe('the direct reading reads each field once', () => {
  it('a getter read by a failing reading is not read again by zod', () => {
    const def = CALCULATORS.find((d) => d.name === 'annualAdjustment');
    if (def === undefined) throw new Error('no annualAdjustment');
    let reads = 0;
    const input = Object.defineProperty({ actualPremium: 'x' }, 'estimatedPremium', {
      enumerable: true,
      get: () => {
        reads++;
        return reads === 1 ? '-1' : '954000';
      },
    });
    let codes: unknown = [];
    try {
      def.run(input);
    } catch (error) {
      codes = (error as { issues: Array<{ path: unknown[]; code: string }> }).issues.map((i) => [i.path.join('.'), i.code]);
    }
    expect(codes).toEqual([
      ['estimatedPremium', 'out_of_range'],
      ['actualPremium', 'not_money'],
    ]);
    expect(reads).toBe(1);
  });
});
