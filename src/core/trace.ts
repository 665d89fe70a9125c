/**
 * Explanations: the `steps` a calculator adds to its result with `{ explain: true }`, and the
 * printed worksheet (the layout of the WCRA's "Calculation 1/2/3").
 * @module
 */
import * as z from 'zod/mini';
import { D } from './decimal.js';
import { tryParseDecimal } from './money.js';
import { integer, oneOf, parseOptions, parseWith, text } from './schema.js';

/** How a traced value is printed: money as `$1,234.56`, a rate as `7.95%`, others as given. */
export type TraceKind = 'money' | 'rate' | 'number' | 'date' | 'text';

/** One labelled value in a step. `operator` prints before it (`x 7.95%`, `- $954,000.00`). */
export interface TraceValue {
  /** What the value is, in business words (`'Exposure base'`, `'Reinsurance rate (low, 2022)'`). */
  readonly label: string;
  /** The value as the result shows it (money `"954000.00"`, rate `"0.0795"`, …). */
  readonly value: string;
  /** How the value prints: money, rate, number, date or text. */
  readonly kind: TraceKind;
  /** The operation that combines it with the values above it, printed before it (absent: none). */
  readonly operator?: 'x' | '+' | '-' | '/' | 'min' | 'max';
}

/** One step of a calculation: which rule, the formula in words, its inputs and its result. */
export interface TraceStep {
  /** The RULES ID applied, e.g. `'PRM-1'`. */
  readonly rule: string;
  /** The formula in words, with the rounding applied. */
  readonly description: string;
  /** The values the step starts from, in the order the worksheet prints them. */
  readonly inputs: ReadonlyArray<TraceValue>;
  /** The value the step produces (printed under the rule line of the worksheet). */
  readonly result: TraceValue;
}

/** A result with an explanation (present only when `{ explain: true }` was passed). */
export interface Explained {
  /** The worksheet of the calculation, step by step, each citing its rule (only with `{ explain: true }`). */
  readonly steps?: ReadonlyArray<TraceStep>;
}

/** Builds a step (core's own, for `allocate`; features use rules' `step`, whose rule is a typed `RuleId`). @internal */
export function step(rule: string, description: string, inputs: ReadonlyArray<TraceValue>, result: TraceValue): TraceStep {
  return { rule, description, inputs, result };
}

/** Shorthand for a money value. @internal */
export function moneyValue(label: string, value: string, operator?: TraceValue['operator']): TraceValue {
  return operator === undefined ? { label, value, kind: 'money' } : { label, value, kind: 'money', operator };
}

/** Shorthand for a rate value. @internal */
export function rateValue(label: string, value: string, operator?: TraceValue['operator']): TraceValue {
  return operator === undefined ? { label, value, kind: 'rate' } : { label, value, kind: 'rate', operator };
}

/** Shorthand for a text, date or number value. @internal */
export function textValue(label: string, value: string, kind: 'text' | 'date' | 'number' = 'text'): TraceValue {
  return { label, value, kind };
}

/** Adds `steps` to a result only when asked, so hot paths pay nothing. @internal */
export function withSteps<T extends object>(result: T, explain: boolean | undefined, steps: () => ReadonlyArray<TraceStep>): T & Explained {
  return explain === true ? { ...result, steps: steps() } : result;
}

/** `"1234567"` → `1,234,567` (digits of a whole number, grouped by thousands). @internal */
export function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `"-1234567.5"` → `-$1,234,567.50`. @internal */
export function displayMoney(value: string): string {
  const d = new D(value);
  const fixed = d.abs().toFixed(2);
  const [whole = '0', frac = '00'] = fixed.split('.');
  return `${d.isNegative() && !d.isZero() ? '-' : ''}$${groupThousands(whole)}.${frac}`;
}

/**
 * A published amount in running text: whole dollars without cents (`"1000000"` → `$1,000,000`),
 * any other amount as {@link displayMoney} shows it. @internal
 */
export function displayDollars(value: string): string {
  const shown = displayMoney(value);
  return shown.endsWith('.00') ? shown.slice(0, -3) : shown;
}

/** `"0.0795"` → `7.95%`. @internal */
export function displayRate(value: string): string {
  const pct = new D(value).times(100);
  return `${pct.isZero() ? '0' : pct.toFixed()}%`;
}

function display(v: TraceValue): string {
  const shown = v.kind === 'money' ? displayMoney(v.value) : v.kind === 'rate' ? displayRate(v.value) : v.value;
  return v.operator === undefined ? shown : `${v.operator} ${shown}`;
}

const TraceValueSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      label: text(),
      value: text(),
      kind: oneOf(['money', 'rate', 'number', 'date', 'text']),
      operator: z.optional(oneOf(['x', '+', '-', '/', 'min', 'max'])),
    })
    .check(
      z.refine((v) => (v.kind !== 'money' && v.kind !== 'rate') || tryParseDecimal(v.value) !== undefined, {
        error: 'a money or rate value must be a plain decimal string',
        path: ['value'],
      }),
    ))();

/** Input schema of {@link formatWorksheet}. */
export const FormatWorksheetInputSchema = /* @__PURE__ */ (() =>
  z.array(z.strictObject({ rule: text(), description: text(), inputs: z.array(TraceValueSchema), result: TraceValueSchema })))();

/** Options of {@link formatWorksheet}. */
export interface FormatWorksheetOptions {
  /** Total line width, 40 to 200 (default 72). */
  readonly width?: number;
}

/** Options schema of {@link formatWorksheet}. */
export const FormatWorksheetOptionsSchema = /* @__PURE__ */ (() =>
  z.strictObject({ width: z.optional(integer(40, 200, 'a line width')) }))();

/**
 * Prints explanation steps as a worksheet in the layout of the WCRA's sample calculations:
 * for each step a heading with its rule ID and formula, one line per input with the label on
 * the left and the amount right-aligned (`x 7.95%` for a rate), a rule, then the result line.
 * Money is shown with `$` and thousands separators; the result objects themselves never are.
 *
 * @param steps - The `steps` of a result computed with `{ explain: true }`.
 * @returns The worksheet text (lines joined with `\n`, ending without a newline).
 * @throws {@link WcraError} `INVALID_INPUT` when `steps` is not a list of steps.
 *
 * @example
 * ```ts
 * import { formatWorksheet, reinsurancePremium } from 'wcra-calc';
 * const r = reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' }, { explain: true });
 * const sheet = formatWorksheet(r.steps ?? []);
 * sheet.includes('x 7.95%') //=> true
 * sheet.split('\n').at(-1)?.endsWith('$954,000.00') //=> true
 * ```
 */
export function formatWorksheet(steps: ReadonlyArray<TraceStep>, options?: FormatWorksheetOptions): string {
  const list = parseWith(FormatWorksheetInputSchema, steps, ['steps']);
  const opts = parseOptions(FormatWorksheetOptionsSchema, options);
  const width = opts.width ?? 72;
  const line = (label: string, value: string): string => {
    const room = Math.max(1, width - 2 - value.length - 1);
    const shownLabel = label.length > room ? `${label.slice(0, Math.max(0, room - 1))}…` : label;
    return `  ${shownLabel}${' '.repeat(Math.max(1, width - 2 - shownLabel.length - value.length))}${value}`;
  };
  const out: string[] = [];
  list.forEach((s, i) => {
    if (i > 0) out.push('');
    out.push(`${s.rule}  ${s.description}`);
    for (const input of s.inputs) out.push(line(input.label, display(input as TraceValue)));
    out.push(`  ${'-'.repeat(width - 2)}`);
    out.push(line(s.result.label, display(s.result as TraceValue)));
  });
  return out.join('\n');
}
