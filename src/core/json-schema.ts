/**
 * JSON Schema of an input schema (the input side), for the CLI and the shipped `schemas/`.
 * Kept apart from `schema.ts` so a calculator's bundle does not carry the converter or these
 * descriptions.
 * @module
 */
import * as z from 'zod/mini';
import { MAX_MONEY } from './money.js';
import { JSON_TAGS } from './schema.js';

function decimal(description: string, nonNegative: boolean, max?: number): Record<string, unknown> {
  const num: Record<string, unknown> = { type: 'number' };
  if (nonNegative) num.minimum = 0;
  if (max !== undefined) num.maximum = max;
  return { description, anyOf: [{ type: 'string', pattern: nonNegative ? '^\\d+(\\.\\d+)?$' : '^-?\\d+(\\.\\d+)?$', maxLength: 40 }, num] };
}

/** The JSON Schema fragment of a tagged custom schema (see `JSON_TAGS`). */
function fragment(tag: ReadonlyArray<unknown>): Record<string, unknown> {
  const [kind, a, b, c] = tag;
  switch (kind) {
    case 'cents':
    case 'money':
      return decimal(
        `${a === true ? 'A non-negative amount' : 'An amount'} of money: a plain decimal string ("1033500.00") or a number; at most ±${MAX_MONEY}.`,
        a === true,
      );
    case 'decimal': {
      const noun = String(c);
      return decimal(
        `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)}: a plain decimal string ("0.0795") or a number.`,
        a === true,
        b as number | undefined,
      );
    }
    case 'date':
      return { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date written YYYY-MM-DD.' };
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
      if (tag === undefined) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, fragment(tag));
    },
  }) as Record<string, unknown>;
}
