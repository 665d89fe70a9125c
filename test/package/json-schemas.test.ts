// The shipped JSON Schemas (`wcra-calc/schemas/<fn>.json` and `<fn>.options.json`, written by
// src/cli/schemas.ts from every definition) are as strict as the library: no empty schema `{}`
// (or `true`) anywhere, which would accept anything (issue 13 item 5).
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CALCULATORS } from '../../src/calculators.js';
import { CATALOG } from '../../src/cli/catalog.js';
import { assertNoEmptySchema, emptySchemas, schemaDocument } from '../../src/cli/schemas.js';
import { isIsoDate } from '../../src/core/dates.js';
import { DATE_PATTERN, jsonSchemaOf } from '../../src/core/json-schema.js';
import { cents, decimalLike, money, rate } from '../../src/core/schema.js';

describe('the walker finds empty schemas', () => {
  it('at any depth, and not in keywords that hold data', () => {
    expect(emptySchemas({ type: 'object', properties: { a: {}, b: { type: 'array', items: true } } })).toEqual([
      '#/properties/a',
      '#/properties/b/items',
    ]);
    expect(emptySchemas({ anyOf: [{ type: 'string' }, {}], additionalProperties: false, examples: [{}], default: {} })).toEqual([
      '#/anyOf/1',
    ]);
  });

  it('the schema writer refuses a document with one (so the build fails)', () => {
    expect(() => assertNoEmptySchema({ type: 'object', properties: { claims: {} } }, 'x.json')).toThrow('#/properties/claims');
    expect(() => assertNoEmptySchema({ type: 'object', properties: { a: { type: 'string' } }, examples: [{}] }, 'x.json')).not.toThrow();
  });
});

describe.each(CALCULATORS.map((d) => [d.name, d] as const))('JSON Schemas of %s', (_name, def) => {
  it('the input schema has no empty schema', () => {
    expect(emptySchemas(jsonSchemaOf(def.input))).toEqual([]);
  });

  it('the options schema has no empty schema', () => {
    expect(emptySchemas(jsonSchemaOf(def.options))).toEqual([]);
  });
});

/** The string branch of a decimal field's JSON Schema, as one predicate. */
function stringRule(field: z.ZodMiniType): (s: string) => boolean {
  const json = jsonSchemaOf(z.strictObject({ f: field })) as { properties: { f: { anyOf: Array<Record<string, unknown>> } } };
  const str = json.properties.f.anyOf[0] as { pattern: string; maxLength: number; allOf?: Array<{ pattern: string }> };
  const patterns = [str.pattern, ...(str.allOf ?? []).map((a) => a.pattern)].map((p) => new RegExp(p, 'u'));
  return (s) => s.length <= str.maxLength && patterns.every((p) => p.test(s));
}

/** Whether the library reads `s` with `field`. */
function libraryReads(field: z.ZodMiniType): (s: string) => boolean {
  return (s) => z.safeParse(field, s).success;
}

/** Plain-decimal-looking strings near the limits: signs, leading zeros, long fractions, 13–15 digit wholes. */
const decimalText = fc
  .tuple(
    fc.constantFrom('', '-', '+', ' '),
    fc.constantFrom('', '0', '00'),
    fc.oneof(
      fc.stringMatching(/^\d{1,3}$/),
      fc.stringMatching(/^\d{13,15}$/),
      fc.constantFrom('90071992547409', '90071992547410', '1', '100', '52000'),
    ),
    fc.oneof(
      fc.constant(''),
      fc.stringMatching(/^\.\d{1,4}$/),
      fc.constantFrom('.', '.91', '.92', '.9', '.910', '.911', '.005', '.000', '.0'),
    ),
  )
  .map((parts) => parts.join(''));

describe('the string patterns read as the library reads (GEN-1)', () => {
  it.each([
    ['money()', money()],
    ['money({ nonNegative })', money({ nonNegative: true })],
    ['cents()', cents()],
    ['cents({ nonNegative: false })', cents({ nonNegative: false })],
    ['rate()', rate()],
    ['decimalLike({ max: 1 })', decimalLike({ max: 1 })],
    ['decimalLike({ nonNegative, max: 100 })', decimalLike({ nonNegative: true, max: 100 })],
    ['decimalLike({ nonNegative, max: 52000 })', decimalLike({ nonNegative: true, max: 52_000 })],
  ])('%s', (_name, field) => {
    const byJson = stringRule(field as z.ZodMiniType);
    const byLibrary = libraryReads(field as z.ZodMiniType);
    for (const s of ['1.005', '7.95', '0.0795', '1', '1.000', '-0', '-0.00', '90071992547409.91', '90071992547409.92', '', 'nope', '1e5']) {
      expect(byJson(s), JSON.stringify(s)).toBe(byLibrary(s));
    }
    fc.assert(fc.property(decimalText, (s) => byJson(s) === byLibrary(s)));
  });

  it('dates: exactly the real calendar dates from 1900 to 2200 (every YYYY-MM-DD from 1899 to 2201)', () => {
    const byJson = new RegExp(DATE_PATTERN, 'u');
    const wrong: string[] = [];
    for (let y = 1899; y <= 2201; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (byJson.test(s) !== isIsoDate(s)) wrong.push(s);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the schema documents (wcra-calc/schemas/<fn>.json, <fn>.options.json)', () => {
  it.each(CATALOG.map((e) => [e.name, e] as const))('%s: $id, title and the definition example, which validates', (name, entry) => {
    const ajv = new Ajv2020({ strict: true, multipleOfPrecision: 9 });
    ajv.addFormat('date', DATE_PATTERN);
    for (const which of ['input', 'options'] as const) {
      const doc = schemaDocument(entry, which);
      expect(doc.$id).toBe(`wcra-calc/schemas/${name}${which === 'input' ? '' : '.options'}.json`);
      expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      const example = which === 'input' ? entry.example : entry.exampleOptions;
      expect(doc.examples).toEqual([example]);
      expect(ajv.validate(doc, example), JSON.stringify(ajv.errors)).toBe(true);
    }
  });
});
