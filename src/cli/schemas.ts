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

/** What each field means, by calculator: the TSDoc of its input and options fields, nested ones by path (`rates[].expectedLossRate`), read at build time. */
export type FieldDocs = Readonly<
  Record<string, { readonly input: Readonly<Record<string, string>>; readonly options: Readonly<Record<string, string>> }>
>;

/** `{@link X}` → `X`: TSDoc links read as plain names in a JSON Schema. @internal */
export const plainDocText = (text: string): string =>
  text.replace(/\{@link\s+([^}|\s]+)(?:\s*\|\s*([^}]+))?\}/g, (_m, name: string, label?: string) => label ?? name);

/**
 * Puts each field's meaning first in its description (the same text as its TSDoc), the form the
 * library accepts after it, in the properties of the schema, of its variants and of its nested
 * objects and list items (`docs` keyed by path: `rates`, `rates[].expectedLossRate`).
 */
function describeFields(schema: Record<string, unknown>, docs: Readonly<Record<string, string>>, prefix = ''): void {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  const tag = variantTag(schema);
  for (const [key, field] of Object.entries(properties ?? {})) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const doc = (tag === undefined ? undefined : docs[`${path}#${tag}`]) ?? docs[path];
    if (doc !== undefined) {
      const format = typeof field.description === 'string' ? ` Accepted: ${field.description}` : '';
      field.description = `${plainDocText(doc)}${format}`;
    }
    if (field && typeof field === 'object') describeFields(field, docs, path);
  }
  const items = schema.items;
  if (items && typeof items === 'object') describeFields(items as Record<string, unknown>, docs, `${prefix}[]`);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches))
      for (const b of branches) if (b && typeof b === 'object') describeFields(b as Record<string, unknown>, docs, prefix);
  }
}

/** The tag of a variant's schema (`pareto` for `{ properties: { kind: { enum: ['pareto'] } } }`), or undefined. @internal */
export function variantTag(schema: Readonly<Record<string, unknown>>): string | undefined {
  for (const field of Object.values((schema.properties ?? {}) as Record<string, { enum?: unknown[] }>)) {
    if (field?.enum?.length === 1 && typeof field.enum[0] === 'string') return field.enum[0];
  }
  return undefined;
}

const MAPS = ['properties', '$defs', 'definitions', 'patternProperties', 'dependentSchemas'];
const ONE = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
];
const LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];

/**
 * The JSON pointers of every empty (accept-anything) subschema of `schema`: `{}` or `true`, at any
 * depth, in the keywords that hold schemas (not in `examples`, `default`, `const`…). @internal
 */
export function emptySchemas(schema: unknown, path = '#'): string[] {
  if (schema === true) return [path];
  if (schema === null || typeof schema !== 'object') return [];
  if (Array.isArray(schema)) return schema.flatMap((s, i) => emptySchemas(s, `${path}/${i}`));
  const entries = Object.entries(schema as Record<string, unknown>);
  if (entries.length === 0) return [path];
  return entries.flatMap(([k, v]) => {
    if (MAPS.includes(k) && v !== null && typeof v === 'object') {
      return Object.entries(v as Record<string, unknown>).flatMap(([kk, vv]) => emptySchemas(vv, `${path}/${k}/${kk}`));
    }
    if (ONE.includes(k)) return v === false ? [] : emptySchemas(v, `${path}/${k}`);
    if (LISTS.includes(k)) return emptySchemas(v, `${path}/${k}`);
    return [];
  });
}

/** Throws when `schema` holds an empty subschema (`{}` accepts anything: issue 13 item 5), naming them; so the build fails on one. @internal */
export function assertNoEmptySchema(schema: Record<string, unknown>, name: string): void {
  const empty = emptySchemas(schema);
  if (empty.length > 0) throw new Error(`${name}: empty JSON Schema (accepts anything) at ${empty.join(', ')}`);
}

/** The JSON Schema document of a calculator's input or options, with the definition's example (never one with a `{}`). */
export function schemaDocument(entry: CatalogEntry, which: 'input' | 'options', docs?: FieldDocs): Record<string, unknown> {
  const isInput = which === 'input';
  const { $schema, ...body } = jsonSchemaOf(isInput ? entry.inputSchema : entry.optionsSchema);
  assertNoEmptySchema(body, `${entry.name}${isInput ? '' : '.options'}.json`);
  const fields = docs?.[entry.name]?.[which];
  if (fields !== undefined) describeFields(body, fields);
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
export function schemaFileText(entry: CatalogEntry, which: 'input' | 'options', docs?: FieldDocs): string {
  return `${JSON.stringify(schemaDocument(entry, which, docs), null, 2)}\n`;
}

/** The names of every calculator with schema files. */
export function schemaNames(): string[] {
  return CATALOG.map((e) => e.name);
}

/** Writes one input and one options schema file per calculator; returns the names written. */
export function writeSchemas(dir: string, docs?: FieldDocs): string[] {
  mkdirSync(dir, { recursive: true });
  return CATALOG.map((entry) => {
    for (const which of ['input', 'options'] as const) {
      writeFileSync(join(dir, `${entry.name}${which === 'input' ? '' : '.options'}.json`), schemaFileText(entry, which, docs));
    }
    return entry.name;
  });
}
