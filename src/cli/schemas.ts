/**
 * Writes the JSON Schema of every calculator's input to `<dir>/<function>.json` and of its
 * options to `<dir>/<function>.options.json` (run at build time, so the package ships
 * `wcra-calc/schemas/<function>.json` and `wcra-calc/schemas/<function>.options.json`).
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaOf } from '../core/json-schema.js';
import { CATALOG } from './catalog.js';

/** Writes one schema file per calculator; returns the names written. */
export function writeSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return CATALOG.map((entry) => {
    const schema = {
      $id: `wcra-calc/schemas/${entry.name}.json`,
      title: `${entry.name} input`,
      description: entry.description,
      ...jsonSchemaOf(entry.inputSchema),
    };
    writeFileSync(join(dir, `${entry.name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
    const options = {
      $id: `wcra-calc/schemas/${entry.name}.options.json`,
      title: `${entry.name} options`,
      description: `Options of ${entry.name}`,
      ...jsonSchemaOf(entry.optionsSchema),
    };
    writeFileSync(join(dir, `${entry.name}.options.json`), `${JSON.stringify(options, null, 2)}\n`);
    return entry.name;
  });
}
