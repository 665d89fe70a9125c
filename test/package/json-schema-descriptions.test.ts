// The shipped JSON Schemas describe what each field means, nested fields included, with the same
// text that TSDoc shows on hover (issue 13 item 5), read from the source at build time by
// scripts/field-docs.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldDocs } from '../../scripts/field-docs.mjs';
import { CALCULATORS } from '../../src/calculators.js';
import { plainDocText, variantTag } from '../../src/cli/schemas.js';

type Schema = {
  properties?: Record<string, Schema & { description?: string }>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};

/** Every property of the schema, its variants, nested objects and list items, by path (`rates[].expectedLossRate`). */
function fields(schema: Schema, prefix = ''): Array<[string, string | undefined, string?]> {
  const tag = variantTag(schema as Record<string, unknown>);
  const own = Object.entries(schema.properties ?? {}).flatMap(([k, v]) => {
    const path = prefix === '' ? k : `${prefix}.${k}`;
    return [[path, v.description, tag] as [string, string | undefined, string?], ...fields(v, path)];
  });
  const items = schema.items === undefined ? [] : fields(schema.items, `${prefix}[]`);
  const branches = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])].flatMap((b) => fields(b, prefix));
  return [...own, ...items, ...branches];
}

describe('the walker lists nested fields by path', () => {
  it('fields of list items, of objects and of variants', () => {
    const schema: Schema = {
      properties: { rates: { items: { properties: { rate: { description: 'r' } } } }, s: { oneOf: [{ properties: { k: {} } }] } },
    };
    expect(fields(schema).map(([p]) => p)).toEqual(['rates', 'rates[].rate', 's', 's.k']);
  });
});

describe.runIf(existsSync('dist/schemas'))(
  'JSON Schema descriptions are the fields’ TSDoc',
  () => {
    const docs = fieldDocs(
      '.',
      CALCULATORS.map((d) => d.name),
    ) as Record<string, Record<'input' | 'options', Record<string, string>>>;

    it.each(CALCULATORS.map((d) => [d.name] as const))('%s: every field, nested ones too, is described by its TSDoc', (name) => {
      for (const which of ['input', 'options'] as const) {
        const file = `dist/schemas/${name}${which === 'input' ? '' : '.options'}.json`;
        const schema = JSON.parse(readFileSync(file, 'utf8')) as Schema;
        for (const [field, description, tag] of fields(schema)) {
          // A variant's field has its variant's text (`severity.kind#pareto`).
          const doc = docs[name]?.[which]?.[`${field}#${tag}`] ?? docs[name]?.[which]?.[field];
          expect(doc, `${file}: ${field} has no TSDoc`).toBeDefined();
          expect(description?.startsWith(plainDocText(doc as string)), `${file}: ${field}`).toBe(true);
        }
      }
    });

    it('nested fields are checked: hundreds of them', () => {
      const nested = CALCULATORS.flatMap((d) =>
        ['', '.options'].flatMap((suffix) =>
          fields(JSON.parse(readFileSync(`dist/schemas/${d.name}${suffix}.json`, 'utf8')) as Schema).filter(([p]) => /[.[]/.test(p)),
        ),
      );
      expect(nested.length).toBeGreaterThan(200);
    });
  },
  60_000,
);
