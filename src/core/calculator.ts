/**
 * The calculator definition: a calculator's name, summary, rule IDs, schemas and example are
 * written once, beside it, and everything that lists calculators (the CLI, the JSON Schemas, the
 * conformance coverage, the fuzz suite, the docs' tables, the web page) is derived from them.
 * The definition also holds the one checked shell: the input and the options are parsed once,
 * by their schemas, into the values the unchecked core needs.
 * @module
 */
import type * as z from 'zod/mini';
import { deepFreeze } from './freeze.js';
import { checkResultRange } from './resultRange.js';
import { parseOptions, parseWith } from './schema.js';

/** What a definition declares (the `rules` are the RULES IDs it applies). @internal */
export interface CalculatorSpec<Rule extends string, I extends z.ZodMiniType, O extends z.ZodMiniType, R> {
  /** The exported function's name, e.g. `reinsurancePremium`. */
  readonly name: string;
  /** The feature folder it lives in (`premium`, `claims`, …). */
  readonly feature: string;
  /** One line: what it computes. */
  readonly summary: string;
  /** The RULES IDs it applies; its explain steps cite exactly these. */
  readonly rules: readonly [Rule, ...Rule[]];
  /** Declared rules that no explain step cites, each with the reason (checked by a test). */
  readonly uncitedRules?: Readonly<Partial<Record<Rule, string>>>;
  /** The input schema (exported beside the function as `<Name>InputSchema`). */
  readonly input: I;
  /** The options schema (exported beside the function as `<Name>OptionsSchema`). */
  readonly options: O;
  /** A valid example input (the docs, the CLI, the fuzz suite and the web page start from it). */
  readonly example: z.input<I>;
  /** Options for the example, when it needs some (a caller's table, an as-of date). */
  readonly exampleOptions?: z.input<O>;
  /** Whether `{ explain: true }` adds `steps`. */
  readonly explains: boolean;
  /** The unchecked core: called with the parsed input and options. */
  readonly compute: (input: z.output<I>, options: z.output<O>) => R;
}

/**
 * A calculator definition as the package exports it: its metadata, its schemas and `run`, the
 * checked call (`run(input, options)` is exactly the exported function).
 */
export interface CalculatorDefinition<
  Rule extends string = string,
  I extends z.ZodMiniType = z.ZodMiniType,
  O extends z.ZodMiniType = z.ZodMiniType,
  R = unknown,
> {
  /** The exported function's name, e.g. `reinsurancePremium`. */
  readonly name: string;
  /** The feature folder it lives in (`premium`, `claims`, …). */
  readonly feature: string;
  /** One line: what it computes. */
  readonly summary: string;
  /** The RULES IDs it applies. */
  readonly rules: ReadonlyArray<Rule>;
  /** Declared rules that no explain step cites, each with the reason. */
  readonly uncitedRules: Readonly<Partial<Record<Rule, string>>>;
  /** The input schema. */
  readonly input: I;
  /** The options schema. */
  readonly options: O;
  /** A valid example input. */
  readonly example: z.input<I>;
  /** Options for the example (`{}` when it needs none). */
  readonly exampleOptions: z.input<O>;
  /** Whether `{ explain: true }` adds `steps`. */
  readonly explains: boolean;
  /** Validates the input and options, then computes: the exported function itself. */
  readonly run: (input: unknown, options?: unknown) => R;
}

/**
 * Builds a calculator definition (deeply frozen, but for its zod schemas) with its checked shell. Use the typed
 * `defineCalculator` of `src/rules/define.ts`, which checks the rule IDs. @internal
 */
export function calculator<Rule extends string, I extends z.ZodMiniType, O extends z.ZodMiniType, R>(
  spec: CalculatorSpec<Rule, I, O, R>,
): CalculatorDefinition<Rule, I, O, R> {
  const { compute, input, options } = spec;
  return /* @__PURE__ */ Object.freeze({
    name: spec.name,
    feature: spec.feature,
    summary: spec.summary,
    rules: /* @__PURE__ */ Object.freeze([...spec.rules]),
    uncitedRules: /* @__PURE__ */ Object.freeze({ ...(spec.uncitedRules ?? {}) }),
    input,
    options,
    example: deepFreeze(spec.example),
    exampleOptions: deepFreeze(spec.exampleOptions ?? ({} as z.input<O>)),
    explains: spec.explains,
    run: (value: unknown, opts?: unknown): R => checkResultRange(compute(parseWith(input, value), parseOptions(options, opts)), spec.name),
  });
}
