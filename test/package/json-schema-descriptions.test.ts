// The shipped JSON Schemas describe what each field means with the same text that TSDoc shows on
// hover (issue 13 item 5), read from the source at build time by scripts/field-docs.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldDocs } from '../../scripts/field-docs.mjs';
import { CALCULATORS } from '../../src/calculators.js';
import { plainDocText } from '../../src/cli/schemas.js';

type Schema = { properties?: Record<string, { description?: string }>; oneOf?: Schema[]; anyOf?: Schema[] };

function fields(schema: Schema): Array<[string, string | undefined]> {
  const own = Object.entries(schema.properties ?? {}).map(([k, v]) => [k, v.description] as [string, string | undefined]);
  return [...own, ...[...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].flatMap(fields)];
}

describe.runIf(existsSync('dist/schemas'))('JSON Schema descriptions are the fields’ TSDoc', () => {
  const docs = fieldDocs(
    '.',
    CALCULATORS.map((d) => d.name),
  ) as Record<string, Record<'input' | 'options', Record<string, string>>>;

  it.each(CALCULATORS.map((d) => [d.name] as const))('%s: every field is described by its TSDoc', (name) => {
    for (const which of ['input', 'options'] as const) {
      const file = `dist/schemas/${name}${which === 'input' ? '' : '.options'}.json`;
      const schema = JSON.parse(readFileSync(file, 'utf8')) as Schema;
      for (const [field, description] of fields(schema)) {
        const doc = docs[name]?.[which]?.[field];
        expect(doc, `${file}: ${field} has no TSDoc`).toBeDefined();
        expect(description?.startsWith(plainDocText(doc as string)), `${file}: ${field}`).toBe(true);
      }
    }
  });
});
