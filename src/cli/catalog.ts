/**
 * The calculators the CLI, the JSON Schemas and the conformance suite know by name, derived from
 * the calculator definitions (`CALCULATORS`, generated from the sources): no hand-kept list.
 * @module
 */
import type * as z from 'zod/mini';
import { CALCULATORS, type CalculatorDefinition } from '../index.js';

/** One calculator known by name. */
export interface CatalogEntry {
  /** The exported function's name, e.g. `reinsurancePremium`. */
  readonly name: string;
  /** One line: what it computes. */
  readonly description: string;
  /** The RULES IDs it applies. */
  readonly rules: ReadonlyArray<string>;
  /** Its exported input schema. */
  readonly inputSchema: z.ZodMiniType;
  /** Its exported options schema. */
  readonly optionsSchema: z.ZodMiniType;
  /** Options the example needs (a caller's table, an as-of date); `{}` when it needs none. */
  readonly exampleOptions: unknown;
  /** Calls the function with one JSON input and its options (`{ explain }`, tables, …). */
  readonly run: (input: unknown, options?: unknown) => unknown;
  /** Whether the function accepts `{ explain: true }`. */
  readonly explains: boolean;
  /** A valid example input (used by `wcra-calc list --examples`, the fuzz suite and the docs). */
  readonly example: unknown;
}

function fromDefinition(d: CalculatorDefinition): CatalogEntry {
  return {
    name: d.name,
    description: d.summary,
    rules: d.rules,
    inputSchema: d.input,
    optionsSchema: d.options,
    run: d.run,
    explains: d.explains,
    example: d.example,
    exampleOptions: d.exampleOptions,
  };
}

/** Every calculator: the definitions, in the order of CALCULATORS (core, then the feature folders). */
export const CATALOG: ReadonlyArray<CatalogEntry> = CALCULATORS.map(fromDefinition);

/** The entry of a calculator by name, or `undefined`. */
export function findCalculator(name: string): CatalogEntry | undefined {
  return CATALOG.find((e) => e.name === name);
}
