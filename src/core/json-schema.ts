/**
 * JSON Schema of an input schema (the input side), for the CLI and the shipped `schemas/`.
 * Kept apart from `schema.ts` so a calculator's bundle does not carry the converter or these
 * descriptions.
 * @module
 */
import * as z from 'zod/mini';
import { MAX_YEAR, MIN_YEAR } from './dates.js';
import { MAX_MONEY } from './money.js';
import { JSON_RULES, JSON_TAGS, placesJson } from './schema.js';

/** A Gregorian year from MIN_YEAR to MAX_YEAR, and the leap years among them (checked by a test). */
const YEAR = '(?:19\\d\\d|2[01]\\d\\d|2200)';
const LEAP_YEAR = '(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))';

/** A real calendar date `YYYY-MM-DD` from MIN_YEAR to MAX_YEAR, as `isIsoDate` accepts (GEN-2). @internal */
export const DATE_PATTERN = `^(?:${YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|${LEAP_YEAR}-02-29)$`;

/** A regex (unanchored) for the whole numbers 0 … n − 1 written in digits (`n` a digit string). */
function belowWhole(n: string): string {
  const k = n.length;
  const alts: string[] = k > 1 ? [`\\d{1,${k - 1}}`] : [];
  for (let i = 0; i < k; i++) {
    const d = Number(n[i]);
    const rest = k - i - 1;
    if (d > 0) alts.push(`${n.slice(0, i)}[0-${d - 1}]${rest > 0 ? `\\d{${rest}}` : ''}`);
  }
  return alts.length === 0 ? '(?!)' : `(?:${alts.join('|')})`;
}

/** A regex (unanchored) for the digits of a fraction at most `.f` (`f` a digit string, may be empty). */
function fractionAtMost(f: string): string {
  if (f === '') return '0+';
  const alts: string[] = [`${f}0*`];
  for (let i = 0; i < f.length; i++) {
    const d = Number(f[i]);
    if (i > 0) alts.push(f.slice(0, i));
    if (d > 0) alts.push(`${f.slice(0, i)}[0-${d - 1}]\\d*`);
  }
  return `(?:${alts.join('|')})`;
}

/**
 * A regex (unanchored) for a plain decimal string (`digits(.digits)?`) whose value is at most
 * `bound` (a non-negative plain decimal), as the library reads it: exactly, leading zeros allowed.
 */
function magnitudeAtMost(bound: string): string {
  const [whole = '0', frac = ''] = bound.split('.');
  return `0*(?:${belowWhole(whole)}(?:\\.\\d+)?|${whole}(?:\\.${fractionAtMost(frac)})?)`;
}

/** The string pattern of a decimal field: within ±MAX_MONEY, or from 0 (or −MAX_MONEY) to `max`. */
function decimalPattern(nonNegative: boolean, max?: number): string {
  const upper = magnitudeAtMost(max === undefined ? MAX_MONEY : String(max));
  // "-0" and "-0.00" read as zero, which every non-negative field accepts.
  const lower = nonNegative ? '-0+(?:\\.0+)?' : `-${magnitudeAtMost(MAX_MONEY)}`;
  return `^(?:${upper}|${lower})$`;
}

/**
 * The JSON Schema of a decimal field. `places`: at most that many decimals that are not zero
 * (whole cents are 2: "1.50" and "1.500" are 150 cents, "1.005" is not).
 */
function decimal(description: string, nonNegative: boolean, max?: number, places?: number): Record<string, unknown> {
  const limit = Number(MAX_MONEY);
  const num: Record<string, unknown> = { type: 'number', minimum: nonNegative ? 0 : -limit, maximum: max ?? limit };
  const str: Record<string, unknown> = { type: 'string', pattern: decimalPattern(nonNegative, max), maxLength: 40 };
  if (places !== undefined) {
    const [byString, byNumber] = placesJson(places).anyOf;
    str.allOf = [{ pattern: byString.pattern }];
    num.multipleOf = byNumber.multipleOf;
  }
  return { description, anyOf: [str, num] };
}

/** The JSON Schema fragment of a tagged custom schema (see `JSON_TAGS`). */
function fragment(tag: ReadonlyArray<unknown>): Record<string, unknown> {
  const [kind, a, b, c] = tag;
  switch (kind) {
    case 'cents':
      return decimal(
        `${a === true ? 'A non-negative amount' : 'An amount'} of money in whole cents: a plain decimal string with at most two decimals ("1033500.00") or a number; at most ±${MAX_MONEY}.`,
        a === true,
        undefined,
        2,
      );
    case 'money':
      return decimal(
        `${a === true ? 'A non-negative amount' : 'An amount'} of money: a plain decimal string ("1033500.00") or a number; at most ±${MAX_MONEY}.`,
        a === true,
      );
    case 'decimal': {
      const noun = String(c);
      const places = tag[4] as number | undefined;
      return decimal(
        // a fraction's example is a fraction; a rating's, a week count's or a factor's is not
        `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)}: a plain decimal string (${b === 1 ? '"0.0795"' : '"12.5"'}) or a number${places === undefined ? '' : `, at most ${places} decimals`}.`,
        a === true,
        b as number | undefined,
        places,
      );
    }
    case 'date':
      return {
        type: 'string',
        format: 'date',
        pattern: DATE_PATTERN,
        description: `A calendar date written YYYY-MM-DD, years ${MIN_YEAR}–${MAX_YEAR}.`,
      };
    case 'json':
      return JSON.parse(JSON.stringify(a)) as Record<string, unknown>;
    case 'integer':
      return { type: 'integer', minimum: a, maximum: b };
    case 'class':
      return { type: 'string', pattern: '^\\d{4}$', description: 'An MWCIA class code: four digits, as text.' };
    case 'enum':
      return { type: 'string', enum: [...(a as ReadonlyArray<string>)] };
    case 'boolean':
      return { type: 'boolean' };
    case 'text':
      return { type: 'string' };
    case 'object':
      return { type: 'object' };
    case 'oneOf':
      return { oneOf: Object.values(b as Record<string, z.ZodMiniType>).map((branch) => strip(jsonSchemaOf(branch))) };
    default:
      return { type: 'string', minLength: 1, maxLength: 200 };
  }
}

function strip(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}

const SUBSCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf'];
const SUBSCHEMAS = ['not', 'if', 'then', 'else'];

type Json = Record<string, unknown>;

/** The schema zod wrote for the field `name` of the object `generated` (or of one of its `oneOf`/`anyOf` shapes). */
function propertyOf(generated: Json | undefined, name: string): unknown {
  const own = (generated?.properties as Json | undefined)?.[name];
  if (own !== undefined || generated === undefined) return own;
  for (const key of SUBSCHEMA_LISTS) {
    for (const branch of (generated[key] as Json[] | undefined) ?? []) {
      const found = propertyOf(branch, name);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Gives every subschema of the rules `node` that requires a field the schema zod wrote for that
 * field (`generated` is zod's schema of the same value), so each `required` names a property
 * defined beside it (ajv's strictRequired). Walks into `properties` and `items` with the
 * matching part of `generated`.
 */
function defineRequired(node: unknown, generated: Json | undefined): void {
  if (node === null || typeof node !== 'object') return;
  const schema = node as Json;
  for (const key of SUBSCHEMA_LISTS) for (const sub of (schema[key] as unknown[] | undefined) ?? []) defineRequired(sub, generated);
  for (const key of SUBSCHEMAS) defineRequired(schema[key], generated);
  for (const sub of Object.values((schema.dependentSchemas as Json | undefined) ?? {})) defineRequired(sub, generated);
  defineNested(schema.items, generated?.items as Json | undefined);
  const own = (schema.properties ?? {}) as Json;
  for (const [name, sub] of Object.entries(own)) defineNested(sub, propertyOf(generated, name) as Json | undefined);
  for (const name of (schema.required as string[] | undefined) ?? []) {
    const field = propertyOf(generated, name);
    if (!Object.hasOwn(own, name) && field !== undefined) own[name] = JSON.parse(JSON.stringify(field));
  }
  if (Object.keys(own).length > 0) schema.properties = own;
}

/** {@link defineRequired} on a field's or an item's rules, which also get the field's `type` (ajv's strictTypes). */
function defineNested(node: unknown, generated: Json | undefined): void {
  if (node === null || typeof node !== 'object') return;
  const schema = node as Json;
  if (schema.type === undefined && typeof generated?.type === 'string') schema.type = generated.type;
  defineRequired(schema, generated);
}

/** A regex (unanchored) for a plain decimal string equal to `n` (a non-negative plain decimal). */
function equalTo(n: string): string {
  const [whole = '0', frac = ''] = n.split('.');
  return `0*${whole}(?:\\.${frac === '' ? '0+' : `${frac}0*`})${frac === '' ? '?' : ''}`;
}

/**
 * Makes the bounds of a decimal field (`{ anyOf: [string, number] }`) strict: `exclusiveMinimum`
 * (n ≥ 0: the strings up to n, and negative ones, are refused; n < 0: the strings −|n| and
 * below are refused), `minimum` (n > 0: the strings below n are refused) and `exclusiveMaximum` (n the
 * field's max: the strings equal to n are refused). Removes these keywords from `rules`.
 */
function exclusiveBounds(json: Record<string, unknown>, rules: Record<string, unknown>): void {
  const { exclusiveMinimum: min, exclusiveMaximum: max, minimum: least } = rules;
  if (min === undefined && max === undefined && least === undefined) return;
  delete rules.exclusiveMinimum;
  delete rules.exclusiveMaximum;
  delete rules.minimum;
  const [str, num] = json.anyOf as Array<Record<string, unknown>>;
  if (str === undefined || num === undefined) throw new Error('exclusive bounds need a decimal field');
  const refused: string[] = [];
  if (typeof least === 'number' && least > 0) {
    // n > 0: the strings below n (and negative ones) are refused.
    num.minimum = least;
    const m = String(least);
    refused.push(`(?!${equalTo(m)}$)${magnitudeAtMost(m)}`, '-.*');
  }
  if (typeof min === 'number' && min < 0) {
    // n < 0: the strings from −|n| down are refused (−|n| itself, and a minus before more than |n|).
    num.exclusiveMinimum = min;
    const m = String(-min);
    refused.push(`-${equalTo(m)}`, `-(?!${magnitudeAtMost(m)}$).*`);
  } else if (min !== undefined) {
    num.exclusiveMinimum = min;
    refused.push(magnitudeAtMost(String(min)), '-.*');
  }
  if (max !== undefined) {
    num.exclusiveMaximum = max;
    refused.push(equalTo(String(max)));
  }
  str.not = { pattern: `^(?:${refused.join('|')})$` };
}

/** Adds `names` to a generated object schema's `required`, each once. */
function addRequired(json: Record<string, unknown>, names: ReadonlyArray<string>): void {
  const required = Array.isArray(json.required) ? json.required.filter((n): n is string => typeof n === 'string') : [];
  json.required = [...new Set([...required, ...names])];
}

/** Adds the keywords of `rules` (see `withJsonRules`) to a generated schema; one zod already wrote joins `allOf`. */
function addRules(json: Record<string, unknown>, rules: Record<string, unknown>): void {
  const copy = JSON.parse(JSON.stringify(rules)) as Record<string, unknown>;
  exclusiveBounds(json, copy);
  // Fields zod lists as optional (a `variants()` field reads its own absence) join `required`.
  const { required, ...rest } = copy;
  if (Array.isArray(required)) addRequired(json, required);
  defineRequired(rest, json);
  for (const [key, value] of Object.entries(rest)) {
    if (!Object.hasOwn(json, key)) json[key] = value;
    else json.allOf = [...((json.allOf as unknown[] | undefined) ?? []), { [key]: value }];
  }
}

/**
 * Lists an object's `variants()` fields that are not optional in its `required` (zod reads a
 * variants() transform as optional; the library reports its absence as `required`).
 */
function requireVariants(schema: unknown, json: Json): void {
  const shape = (schema as { _zod?: { def?: { type?: string; shape?: Record<string, object> } } })._zod?.def;
  if (shape?.type !== 'object' || shape.shape === undefined) return;
  const names = Object.entries(shape.shape)
    .filter(([, field]) => JSON_TAGS.get(field)?.[0] === 'oneOf')
    .map(([name]) => name);
  if (names.length > 0) addRequired(json, names);
}

/**
 * The JSON Schema (draft 2020-12) of a zod input schema, with the library's custom fields
 * (money, rates, dates, years, class codes) described by their JSON forms.
 * @internal
 */
export function jsonSchemaOf(schema: z.ZodMiniType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const tag = JSON_TAGS.get(ctx.zodSchema as object);
      if (tag !== undefined) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, fragment(tag));
      }
      requireVariants(ctx.zodSchema, ctx.jsonSchema as Json);
      const rules = JSON_RULES.get(ctx.zodSchema as object);
      if (rules !== undefined) addRules(ctx.jsonSchema as Record<string, unknown>, rules as Record<string, unknown>);
    },
  }) as Record<string, unknown>;
}
