/**
 * Schema helpers (zod/mini) and the one translation of schema failures into `WcraError`.
 * Messages are written here, once, in business terms.
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate } from './dates.js';
import { invalidInput, type WcraIssue } from './errors.js';
import { inMoneyRange, MAX_MONEY, type MoneyLike, tryParseCents, tryParseDecimal } from './money.js';

/** Describes a received value for a message: `"abc"`, `12`, `null`, `an object`, … @internal */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * What each custom schema below is, as a compact tag (`['money', true]`, `['date']`, …), read by
 * `jsonSchemaOf` in `json-schema.ts` to describe it in JSON Schema (zod cannot describe a custom
 * check). A private WeakMap: nothing global is touched, and the descriptions live with the
 * converter, not in every calculator's bundle.
 * @internal
 */
export const JSON_TAGS = /* @__PURE__ */ new WeakMap<object, ReadonlyArray<unknown>>();

/**
 * A custom schema: `check` decides, `message(got)` says what is wrong (`got` describes the value);
 * a missing value is "is required". Tagged for JSON Schema.
 */
function custom<T>(check: (v: unknown) => boolean, message: (got: string, input: unknown) => string, tag: ReadonlyArray<unknown>) {
  const schema = z.custom<T>(check, {
    error: (iss) => (iss.input === undefined ? 'is required' : message(describeValue(iss.input), iss.input)),
  });
  JSON_TAGS.set(schema, tag);
  return schema;
}

interface MoneyOptions {
  /** Reject amounts below zero. */
  readonly nonNegative?: boolean;
}

/**
 * A money field: a {@link MoneyLike} within ±{@link MAX_MONEY}.
 * @internal
 */
export function money(options: MoneyOptions = {}) {
  const nonNegative = options.nonNegative === true;
  return custom<MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      return d !== undefined && inMoneyRange(d) && !(nonNegative && d.isNegative() && !d.isZero());
    },
    (got, input) => {
      const d = tryParseDecimal(input);
      if (d === undefined) return `must be an amount of money, got ${got}`;
      if (!inMoneyRange(d)) return `must be an amount of money within ±${MAX_MONEY}, got ${got}`;
      return `must be a non-negative amount of money, got ${got}`;
    },
    ['money', nonNegative],
  );
}

interface CentsOptions {
  /** Reject amounts below zero (default `true`: payments, premiums, installments). */
  readonly nonNegative?: boolean;
  /** What the amount is, for messages (default `'an amount of money'`). */
  readonly noun?: string;
}

/**
 * Money in whole cents (an invoiced, paid or reported figure): a {@link MoneyLike} with at most
 * two decimals within ±{@link MAX_MONEY}, so it is exact as integer cents (`tryParseCents`).
 * The one whole-cents schema of the library.
 * @internal
 */
export function cents(options: CentsOptions = {}) {
  const { nonNegative = true, noun = 'an amount of money' } = options;
  return custom<MoneyLike>(
    (v) => {
      const c = tryParseCents(v);
      return c !== undefined && !(nonNegative && c < 0);
    },
    (got, input) => {
      const d = tryParseDecimal(input);
      if (d === undefined || !inMoneyRange(d)) return `must be ${noun}, got ${got}`;
      if (nonNegative && d.isNegative()) return `must be ${noun} of zero or more, got ${got}`;
      return `must be a whole number of cents (at most two decimals), got ${got}`;
    },
    ['money', nonNegative],
  );
}

interface DecimalOptions {
  readonly nonNegative?: boolean;
  /** Largest accepted value (inclusive), e.g. `1` for a rate written as a fraction. */
  readonly max?: number;
  /** What the number is, for messages: `'a rate'`, `'a factor'`. */
  readonly noun?: string;
}

/**
 * A rate, share, factor or weight: a {@link MoneyLike}-shaped decimal.
 * @internal
 */
export function decimalLike(options: DecimalOptions = {}) {
  const { nonNegative = false, max, noun = 'a number' } = options;
  return custom<MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      return d !== undefined && inMoneyRange(d) && !(nonNegative && d.isNegative() && !d.isZero()) && !(max !== undefined && d.gt(max));
    },
    (got, input) => {
      const d = tryParseDecimal(input);
      if (d === undefined || !inMoneyRange(d)) return `must be ${noun} (a decimal string like "0.0795" or a number), got ${got}`;
      if (nonNegative && d.isNegative()) return `must be ${noun} of zero or more, got ${got}`;
      return max === 1
        ? `must be ${noun} written as a fraction (7.95% is "0.0795"), got ${got}`
        : `must be ${noun} of at most ${max}, got ${got}`;
    },
    ['decimal', nonNegative, max, noun],
  );
}

/** A rate written as a fraction between 0 and 1 (`"0.0795"` for 7.95%). @internal */
export function rate(noun = 'a rate') {
  return decimalLike({ nonNegative: true, max: 1, noun });
}

/** A calendar date written `YYYY-MM-DD` (GEN-2). @internal */
export function isoDate() {
  return custom<string>(
    (v) => typeof v === 'string' && isIsoDate(v),
    (got) => `must be a calendar date written YYYY-MM-DD, got ${got}`,
    ['date'],
  );
}

/** A whole number in a range. @internal */
export function integer(min: number, max: number, noun = 'a whole number') {
  return custom<number>(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max,
    (got) => `must be ${noun} from ${min} to ${max}, got ${got}`,
    ['integer', min, max],
  );
}

/** A calendar year (whole number, 1900–2200). @internal */
export function year() {
  return custom<number>(
    (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200,
    (got) => `must be a calendar year such as 2024, got ${got}`,
    ['integer', 1900, 2200],
  );
}

/** One of a fixed list of strings, with a message that lists them. @internal */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return custom<T[number]>(
    (v) => values.includes(v as string),
    (got) => `must be one of ${values.map((v) => `'${v}'`).join(', ')}, got ${got}`,
    ['enum', values],
  );
}

/** Any text (labels, sources). @internal */
export function text() {
  return custom<string>(
    (v) => typeof v === 'string',
    (got) => `must be text, got ${got}`,
    ['text'],
  );
}

/** A list with at least one item. @internal */
export function nonEmptyList<T extends z.ZodMiniType>(item: T, noun: string) {
  return z.array(item).check(z.refine((list) => list.length > 0, `must list at least one ${noun}`));
}

/** A non-empty identifier string (member, claim, class…). @internal */
export function id(noun = 'an identifier') {
  return custom<string>(
    (v) => typeof v === 'string' && v.length > 0 && v.length <= 200,
    (got) => `must be ${noun} (a non-empty string), got ${got}`,
    ['id'],
  );
}

/** An MWCIA class code: four digits, as text (`"8810"`, `"0174"`). @internal */
export function classCode() {
  return custom<string>(
    (v) => typeof v === 'string' && /^\d{4}$/.test(v),
    (got) => `must be a four-digit class code written as text (e.g. "8810"), got ${got}`,
    ['class'],
  );
}

/**
 * A choice of object schemas told apart by one field (`memberType: 'insurer' | 'self-insurer'`):
 * the field picks the branch, and the branch's issues are reported with their paths. Cheaper in
 * the bundle than zod's discriminated union, and tagged for JSON Schema as `oneOf`.
 * @internal
 */
export function variants<const B extends Readonly<Record<string, z.ZodMiniType>>>(
  field: string,
  branches: B,
): z.ZodMiniType<z.output<B[keyof B]>, z.input<B[keyof B]>> {
  const names = Object.keys(branches)
    .map((n) => `'${n}'`)
    .join(', ');
  const schema = z.custom<unknown>().check(
    z.superRefine((v, ctx) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        ctx.addIssue({ code: 'custom', path: [], message: `must be an object with named fields, got ${describeValue(v)}`, input: v });
        return;
      }
      const which = (v as Record<string, unknown>)[field];
      const branch = typeof which === 'string' && Object.hasOwn(branches, which) ? branches[which] : undefined;
      if (branch === undefined) {
        const message = which === undefined ? 'is required' : `must be one of ${names}, got ${describeValue(which)}`;
        ctx.addIssue({ code: 'custom', path: [field], message, input: which });
        return;
      }
      const r = z.safeParse(branch, v, { reportInput: true });
      if (!r.success)
        for (const i of toIssues(r.error.issues)) ctx.addIssue({ code: 'custom', path: [...i.path], message: i.message, input: undefined });
    }),
  );
  JSON_TAGS.set(schema, ['oneOf', Object.values(branches)]);
  return schema as unknown as z.ZodMiniType<z.output<B[keyof B]>, z.input<B[keyof B]>>;
}

/**
 * Issues for rows whose `key` repeats an earlier row's (`payroll[2].classCode: class 8810 is listed
 * more than once`). The one duplicate check of the library. @internal
 */
/** The one "listed more than once" message (`class 8810 is listed more than once`). @internal */
export function listedTwice(noun: string, value: unknown): string {
  return `${noun} ${String(value)} is listed more than once`;
}

export function duplicateIssues<R>(rows: ReadonlyArray<R>, field: string, key: keyof R & string, noun: string = key): WcraIssue[] {
  const seen = new Set<unknown>();
  const issues: WcraIssue[] = [];
  rows.forEach((row, i) => {
    const value = row[key];
    if (seen.has(value)) issues.push({ path: [field, i, key], message: listedTwice(noun, value) });
    seen.add(value);
  });
  return issues;
}

/** A boolean flag. @internal */
export function flag() {
  return custom<boolean>(
    (v) => typeof v === 'boolean',
    (got) => `must be true or false, got ${got}`,
    ['boolean'],
  );
}

/** The `explain` option of the calculators that explain their steps. */
export interface ExplainOption {
  /** Add `steps` (rule, formula in words, inputs, result) to the result. Default `false`. */
  readonly explain?: boolean;
}

/** Schema of {@link ExplainOption}. @internal */
export const explainOptionShape = /* @__PURE__ */ (() => ({ explain: z.optional(flag()) }))();

/**
 * The options schema of every calculator whose only option is `explain` (one shared schema; a
 * calculator exports it under its own name, e.g. `PaymentStatusOptionsSchema`). @internal
 */
export const ExplainOptionsSchema = /* @__PURE__ */ (() => z.strictObject(explainOptionShape))();

type ZodIssue = z.core.$ZodIssue;

function messageFor(iss: ZodIssue): string {
  const input = (iss as { input?: unknown }).input;
  switch (iss.code) {
    case 'invalid_type': {
      if (input === undefined) return 'is required';
      const what = iss.expected === 'object' ? 'an object with named fields' : iss.expected === 'array' ? 'a list' : `a ${iss.expected}`;
      return `must be ${what}, got ${describeValue(input)}`;
    }
    case 'unrecognized_keys':
      return `has unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return iss.message;
  }
}

/** Flattens zod issues into `{ path, message }`. @internal */
export function toIssues(issues: ReadonlyArray<ZodIssue>, prefix: ReadonlyArray<PropertyKey> = []): WcraIssue[] {
  const out: WcraIssue[] = [];
  for (const iss of issues) {
    const path = [...prefix, ...iss.path].map((p) => (typeof p === 'number' ? p : String(p)));
    out.push({ path, message: messageFor(iss) });
  }
  return out;
}

/**
 * Validates `input` against `schema`; on failure throws `WcraError` `INVALID_INPUT` listing
 * every problem with its path. The checked shell of every public function.
 * @internal
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown, prefix: ReadonlyArray<PropertyKey> = []): z.output<S> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  throw invalidInput(toIssues(result.error.issues, prefix));
}

/**
 * Validates the options argument (which may be omitted) under the path `options`.
 * @internal
 */
export function parseOptions<S extends z.ZodMiniType>(schema: S, options: unknown): z.output<S> {
  return parseWith(schema, options === undefined ? {} : options, ['options']);
}
