/**
 * The calculators the CLI, the JSON Schemas and the conformance suite know by name, each with a
 * one-line description, its RULES IDs, its input schema and a valid example input.
 * Adding a public calculator means adding an entry here (a test checks none is missing).
 * @module
 */
import type * as z from 'zod/mini';
import { AllocateInputSchema, allocate } from '../core/allocate.js';
import { AnnualAdjustmentInputSchema, annualAdjustment } from '../premium/annualAdjustment.js';
import { ExposureBaseInputSchema, exposureBase } from '../premium/exposureBase.js';
import { ReinsurancePremiumInputSchema, reinsurancePremium } from '../premium/reinsurancePremium.js';

/** Options the CLI passes through to a calculator. */
export interface RunOptions {
  readonly explain?: boolean;
}

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
  /** Calls the function with one JSON input (and the CLI's options). */
  readonly run: (input: unknown, options: RunOptions) => unknown;
  /** Whether the function accepts `{ explain: true }`. */
  readonly explains: boolean;
  /** A valid example input (used by `wcra-calc list --examples`, the fuzz suite and the docs). */
  readonly example: unknown;
}

const asOptions = (o: RunOptions): { explain?: boolean } => (o.explain === true ? { explain: true } : {});

/** Every calculator, in the order of the feature folders. */
export const CATALOG: ReadonlyArray<CatalogEntry> = [
  {
    name: 'allocate',
    description: 'Split an amount into parts proportional to weights that add up exactly to the cent',
    rules: ['GEN-3'],
    inputSchema: AllocateInputSchema,
    run: (input) => {
      const i = (input ?? {}) as { total?: never; weights?: never };
      return { parts: allocate(i.total as never, i.weights as never) };
    },
    explains: false,
    example: { total: '100000.03', weights: [1, 1, 1, 1] },
  },
  {
    name: 'reinsurancePremium',
    description: 'Reinsurance premium = exposure x rate (by year and retention level), plus premium tax for self-insurers',
    rules: ['PRM-1', 'PRM-2', 'PRM-6'],
    inputSchema: ReinsurancePremiumInputSchema,
    run: (input, o) => reinsurancePremium(input as never, asOptions(o)),
    explains: true,
    example: { exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' },
  },
  {
    name: 'annualAdjustment',
    description: 'Annual adjustment = actual premium - estimated premium, with tax for self-insurers',
    rules: ['PRM-6', 'PRM-7'],
    inputSchema: AnnualAdjustmentInputSchema,
    run: (input, o) => annualAdjustment(input as never, asOptions(o)),
    explains: true,
    example: { estimatedPremium: '954000', actualPremium: '1033500' },
  },
  {
    name: 'exposureBase',
    description: 'Exposure base: insurer earned premium less EL increased limits, or self-insurer payroll x pure rates x mod',
    rules: ['PRM-3', 'USR-7'],
    inputSchema: ExposureBaseInputSchema,
    run: (input, o) => exposureBase(input as never, asOptions(o)),
    explains: true,
    example: {
      memberType: 'self-insurer',
      payroll: [
        { classCode: '8810', amount: '10000000' },
        { classCode: '7380', amount: '2500000' },
      ],
      pureRates: [
        { classCode: '8810', rate: '0.125' },
        { classCode: '7380', rate: '4.25' },
      ],
      experienceMod: '0.90',
    },
  },
];

/** The entry of a calculator by name, or `undefined`. */
export function findCalculator(name: string): CatalogEntry | undefined {
  return CATALOG.find((e) => e.name === name);
}
