/**
 * The JSON Schema documents of every calculator: its input (`<function>.json`) and its options
 * (`<function>.options.json`), each with its `$id`, title, description and the definition's
 * example. Written at build time (so the package ships `wcra-calc/schemas/<function>.json` and
 * `wcra-calc/schemas/<function>.options.json`); `wcra-calc schema` prints the written files, so
 * this module and the JSON Schema converter are not part of the built CLI (`dist/cli.js`).
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaOf } from '../core/json-schema.js';
import { CATALOG, type CatalogEntry } from './catalog.js';

/** The JSON Schema document of a calculator's input or options, with the definition's example. */
export function schemaDocument(entry: CatalogEntry, which: 'input' | 'options'): Record<string, unknown> {
  const isInput = which === 'input';
  const { $schema, ...body } = jsonSchemaOf(isInput ? entry.inputSchema : entry.optionsSchema);
  return {
    $schema,
    $id: `wcra-calc/schemas/${entry.name}${isInput ? '' : '.options'}.json`,
    title: `${entry.name} ${which}`,
    description: isInput ? entry.description : `Options of ${entry.name}`,
    ...body,
    examples: [isInput ? entry.example : entry.exampleOptions],
  };
}

/** The text of a schema file: the document as indented JSON and a final newline. */
export function schemaFileText(entry: CatalogEntry, which: 'input' | 'options'): string {
  return `${JSON.stringify(schemaDocument(entry, which), null, 2)}\n`;
}

/** Writes one input and one options schema file per calculator; returns the names written. */
export function writeSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return CATALOG.map((entry) => {
    for (const which of ['input', 'options'] as const) {
      writeFileSync(join(dir, `${entry.name}${which === 'input' ? '' : '.options'}.json`), schemaFileText(entry, which));
    }
    return entry.name;
  });
}
