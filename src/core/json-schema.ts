/**
 * JSON Schema of an input schema (the input side), for the CLI and the shipped `schemas/`.
 * Kept apart from `schema.ts` so a calculator's bundle does not carry the converter.
 * @module
 */
import * as z from 'zod/mini';
import { JSON_HINTS } from './schema.js';

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
      const fragment = JSON_HINTS.get(ctx.zodSchema as object);
      if (fragment === undefined) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, structuredClone(fragment));
    },
  }) as Record<string, unknown>;
}
