/**
 * Schema helpers (zod/mini) and the one translation of schema failures into `WcraError`.
 * Messages are written here, once, in business terms.
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate } from './dates.js';
import { invalidInput, type WcraIssue } from './errors.js';
import { inMoneyRange, MAX_MONEY, type MoneyLike, tryParseDecimal } from './money.js';

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
 * JSON Schema fragments for the custom schemas below (zod cannot describe a custom check), read by
 * `jsonSchemaOf` in `json-schema.ts`. A private WeakMap: nothing global is touched.
 * @internal
 */
export const JSON_HINTS = /* @__PURE__ */ new WeakMap<object, Readonly<Record<string, unknown>>>();

function hint<T extends object>(schema: T, fragment: Readonly<Record<string, unknown>>): T {
  JSON_HINTS.set(schema, fragment);
  return schema;
}

const DECIMAL_PATTERN = '^-?\\d+(\\.\\d+)?$';
const NON_NEGATIVE_PATTERN = '^\\d+(\\.\\d+)?$';

function decimalFragment(description: string, nonNegative: boolean, max?: number): Record<string, unknown> {
  const num: Record<string, unknown> = { type: 'number' };
  if (nonNegative) num.minimum = 0;
  if (max !== undefined) num.maximum = max;
  return {
    description,
    anyOf: [{ type: 'string', pattern: nonNegative ? NON_NEGATIVE_PATTERN : DECIMAL_PATTERN, maxLength: 40 }, num],
  };
}

/** "is required" for a missing value, else the given message. @internal */
function missingOr(input: unknown, message: () => string): string {
  return input === undefined ? 'is required' : message();
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
  const description = `${nonNegative ? 'A non-negative amount' : 'An amount'} of money: a plain decimal string ("1033500.00") or a number; at most ±${MAX_MONEY}.`;
  const schema = z.custom<MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      return d !== undefined && inMoneyRange(d) && !(options.nonNegative === true && d.isNegative() && !d.isZero());
    },
    {
      error: (iss) =>
        missingOr(iss.input, () => {
          const d = tryParseDecimal(iss.input);
          if (d === undefined) return `must be an amount of money, got ${describeValue(iss.input)}`;
          if (!inMoneyRange(d)) return `must be an amount of money within ±${MAX_MONEY}, got ${describeValue(iss.input)}`;
          return `must be a non-negative amount of money, got ${describeValue(iss.input)}`;
        }),
    },
  );
  return hint(schema, decimalFragment(description, nonNegative));
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
  const noun = options.noun ?? 'a number';
  const schema = z.custom<MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      if (d === undefined || !inMoneyRange(d)) return false;
      if (options.nonNegative === true && d.isNegative() && !d.isZero()) return false;
      if (options.max !== undefined && d.gt(options.max)) return false;
      return true;
    },
    {
      error: (iss) => {
        const d = tryParseDecimal(iss.input);
        if (d === undefined || !inMoneyRange(d))
          return `must be ${noun} (a decimal string like "0.0795" or a number), got ${describeValue(iss.input)}`;
        if (options.nonNegative === true && d.isNegative()) return `must be ${noun} of zero or more, got ${describeValue(iss.input)}`;
        return options.max === 1
          ? `must be ${noun} written as a fraction (7.95% is "0.0795"), got ${describeValue(iss.input)}`
          : `must be ${noun} of at most ${options.max}, got ${describeValue(iss.input)}`;
      },
    },
  );
  const what = `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)}`;
  return hint(
    schema,
    decimalFragment(`${what}: a plain decimal string ("0.0795") or a number.`, options.nonNegative === true, options.max),
  );
}

/** A rate written as a fraction between 0 and 1 (`"0.0795"` for 7.95%). @internal */
export function rate(noun = 'a rate') {
  return decimalLike({ nonNegative: true, max: 1, noun });
}

/** A calendar date written `YYYY-MM-DD` (GEN-2). @internal */
export function isoDate() {
  const schema = z.custom<string>((v) => typeof v === 'string' && isIsoDate(v), {
    error: (iss) => missingOr(iss.input, () => `must be a calendar date written YYYY-MM-DD, got ${describeValue(iss.input)}`),
  });
  return hint(schema, {
    type: 'string',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: 'A calendar date written YYYY-MM-DD.',
  });
}

/** A calendar year (whole number, 1900–2200). @internal */
export function year() {
  const schema = z.custom<number>((v) => typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200, {
    error: (iss) => missingOr(iss.input, () => `must be a calendar year such as 2024, got ${describeValue(iss.input)}`),
  });
  return hint(schema, { type: 'integer', minimum: 1900, maximum: 2200, description: 'A calendar year.' });
}

/** A whole number in a range. @internal */
export function integer(min: number, max: number, noun = 'a whole number') {
  const schema = z.custom<number>((v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max, {
    error: (iss) => missingOr(iss.input, () => `must be ${noun} from ${min} to ${max}, got ${describeValue(iss.input)}`),
  });
  return hint(schema, { type: 'integer', minimum: min, maximum: max });
}

/** One of a fixed list of strings, with a message that lists them. @internal */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (iss) => missingOr(iss.input, () => `must be one of ${values.map((v) => `'${v}'`).join(', ')}, got ${describeValue(iss.input)}`),
  });
}

/** A non-empty identifier string (member, claim, class…). @internal */
export function id(noun = 'an identifier') {
  const schema = z.custom<string>((v) => typeof v === 'string' && v.length > 0 && v.length <= 200, {
    error: (iss) => missingOr(iss.input, () => `must be ${noun} (a non-empty string), got ${describeValue(iss.input)}`),
  });
  return hint(schema, { type: 'string', minLength: 1, maxLength: 200 });
}

/** An MWCIA class code: four digits, as text (`"8810"`, `"0174"`). @internal */
export function classCode() {
  const schema = z.custom<string>((v) => typeof v === 'string' && /^\d{4}$/.test(v), {
    error: (iss) =>
      missingOr(iss.input, () => `must be a four-digit class code written as text (e.g. "8810"), got ${describeValue(iss.input)}`),
  });
  return hint(schema, { type: 'string', pattern: '^\\d{4}$', description: 'An MWCIA class code: four digits, as text.' });
}

/** A boolean flag. @internal */
export function flag() {
  return z.boolean({ error: (iss) => missingOr(iss.input, () => `must be true or false, got ${describeValue(iss.input)}`) });
}

/** The options every calculator accepts. */
export interface ExplainOption {
  /** Add `steps` (rule, formula in words, inputs, result) to the result. Default `false`. */
  readonly explain?: boolean;
}

/** Schema of {@link ExplainOption}. @internal */
export const explainOptionShape = /* @__PURE__ */ (() => ({ explain: z.optional(flag()) }))();

type ZodIssue = z.core.$ZodIssue;

function messageFor(iss: ZodIssue): string {
  const input = (iss as { input?: unknown }).input;
  switch (iss.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required';
      if (iss.expected === 'object') return `must be an object with named fields, got ${describeValue(input)}`;
      if (iss.expected === 'array') return `must be a list, got ${describeValue(input)}`;
      if (iss.expected === 'boolean') return `must be true or false, got ${describeValue(input)}`;
      return `must be ${iss.expected === 'string' ? 'text' : `a ${iss.expected}`}, got ${describeValue(input)}`;
    case 'unrecognized_keys':
      return `has unknown field${iss.keys.length > 1 ? 's' : ''} ${iss.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_union':
      if ((iss as { discriminator?: string }).discriminator !== undefined) {
        return `field "${(iss as { discriminator?: string }).discriminator}" is missing or not one of the accepted values`;
      }
      return `does not match any accepted form, got ${describeValue(input)}`;
    case 'too_small':
      if (iss.message !== '' && iss.message !== 'Invalid input') return iss.message;
      return iss.origin === 'array' ? `must list at least ${String(iss.minimum)} item(s)` : `must be at least ${String(iss.minimum)}`;
    case 'too_big':
      if (iss.message !== '' && iss.message !== 'Invalid input') return iss.message;
      return iss.origin === 'array' ? `must list at most ${String(iss.maximum)} item(s)` : `must be at most ${String(iss.maximum)}`;
    default:
      return iss.message;
  }
}

/** Flattens zod issues (descending into union branches) into `{ path, message }`. @internal */
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
