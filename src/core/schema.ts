/**
 * Schema helpers (zod/mini) and the one translation of schema failures into `WcraError`.
 * Messages are written here, once, in business terms.
 * @module
 */
import * as z from 'zod/mini';
import { isIsoDate, MAX_YEAR, MIN_YEAR } from './dates.js';
import type { Dec } from './decimal.js';
import { invalidInput, isWcraError, type WcraIssue } from './errors.js';
import { ISSUE_CODES, type IssueCode, MESSAGES } from './issues.js';
import { inMoneyRange, MAX_MONEY, type MoneyLike, tryParseCents, tryParseDecimal } from './money.js';
import { ROUNDING_MODES, type RoundingMode } from './rounding.js';

/** Describes a received value for a message: `"abc"`, `12`, `null`, `an object`, … @internal */
export function describeValue(value: unknown): string {
  try {
    if (value === undefined) return 'nothing';
    if (value === null) return 'null';
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
    if (typeof value === 'boolean') return String(value);
    if (typeof value === 'bigint') return `${value}n`;
    if (Array.isArray(value)) return 'a list';
    if (typeof value === 'object') return 'an object';
    return `a ${typeof value}`;
  } catch {
    return 'an unreadable value';
  }
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
 * Gives a schema that zod cannot describe (a `z.custom` check) its JSON Schema, written by hand
 * beside the check, so the shipped JSON Schemas never fall back to `{}` (which accepts anything).
 * Returns the same schema. @internal
 */
export function withJsonSchema<S extends z.ZodMiniType>(schema: S, jsonSchema: Readonly<Record<string, unknown>>): S {
  JSON_TAGS.set(schema, ['json', jsonSchema]);
  return schema;
}

/** The keywords {@link withJsonRules} adds to a schema's JSON form (beside its tag). @internal */
export const JSON_RULES = /* @__PURE__ */ new WeakMap<object, Readonly<Record<string, unknown>>>();

/**
 * Adds JSON Schema keywords (`oneOf`, `anyOf`, `if`/`then`, `dependentRequired`, `not`…) to the
 * JSON form zod writes for `schema` (an object's conditional requirements, which its
 * `superRefine` checks but zod cannot describe). Validation is unchanged. Call it as a statement
 * marked pure inside the schema's builder, `/* @__PURE__ *\/ withJsonRules(schema, {…});`: the
 * source (tests, the build-time schema writer) registers the JSON form, and a bundler drops the
 * call and its literal from a calculator's bundle. On a decimal field, `exclusiveMinimum: n`
 * (any n) and `exclusiveMaximum: n` (n its `max`) make a bound strict, and `minimum: n` (n > 0)
 * raises the lower bound, for numbers and decimal strings. Returns the same schema. @internal
 */
export function withJsonRules<S extends z.ZodMiniType>(schema: S, rules: Readonly<Record<string, unknown>>): S {
  JSON_RULES.set(schema, rules);
  return schema;
}

/** The JSON Schema of a zero written as a number or a plain decimal string (`0`, `"0.00"`, `"-0"`), for `withJsonRules`. @internal */
export const ZERO_JSON: Readonly<Record<string, unknown>> = {
  anyOf: [
    { type: 'number', const: 0 },
    { type: 'string', pattern: '^-?0+(?:\\.0+)?$' },
  ],
};

/**
 * A decimal string or number with at most `places` decimals that are not zero (a number is
 * compared within a float's precision, e.g. ajv's multipleOfPrecision), for `withJsonRules`. @internal
 */
export function placesJson(places: number): { anyOf: [Record<string, unknown>, Record<string, unknown>] } {
  return {
    anyOf: [
      { type: 'string', pattern: `^-?\\d+(?:\\.\\d{1,${places}}0*)?$` },
      { type: 'number', multipleOf: Number((10 ** -places).toFixed(places)) },
    ],
  };
}

/** A failed read: the issue code and the message. @internal */
export class Problem {
  constructor(
    readonly code: IssueCode,
    readonly message: string,
  ) {}
}

/** Adds one coded issue to a zod refinement context. @internal */
export function addIssue(
  ctx: Pick<z.core.$RefinementCtx, 'addIssue'>,
  path: ReadonlyArray<PropertyKey>,
  code: IssueCode,
  message: string,
): void {
  ctx.addIssue({ code: 'custom', path: [...path], message, params: { code }, input: undefined });
}

/** The reader of each schema built by {@link field}, for the shell's direct reading (see `readPlain`). */
const READERS = /* @__PURE__ */ new WeakMap<object, (v: unknown) => unknown>();

/**
 * A field schema that reads a value once: `read` returns the value the core needs (a Decimal,
 * integer cents, a date string…) or a {@link Problem}. A missing value is `required`. Tagged for
 * JSON Schema. The one way the library's custom fields are built, so nothing is parsed twice.
 * @internal
 */
export function field<O, I = unknown>(read: (v: unknown) => O | Problem, tag: ReadonlyArray<unknown>): z.ZodMiniType<O, I> {
  const schema = z.transform<I, O>((input, ctx) => {
    const r: O | Problem = input === undefined ? new Problem('required', MESSAGES.required()) : read(input);
    if (r instanceof Problem) {
      ctx.issues.push({ code: 'custom', message: r.message, params: { code: r.code }, input });
      return z.NEVER;
    }
    return r;
  });
  // The transform sees an absent key (so it can report `required`), and the pipe into an
  // always-true check makes the JSON Schema list the field as required (zod reads a pipe's
  // optionality past its transform). An optional field is wrapped in `z.optional` as usual.
  const piped = z.pipe(
    schema as z.ZodMiniType,
    z.custom(() => true),
  );
  JSON_TAGS.set(piped, tag);
  READERS.set(piped, read);
  return piped as unknown as z.ZodMiniType<O, I>;
}

interface MoneyOptions {
  /** Reject amounts below zero. */
  readonly nonNegative?: boolean;
  /** What the amount is, for messages (default `'an amount of money'`). */
  readonly noun?: string;
}

/**
 * A money field: a {@link MoneyLike} within ±{@link MAX_MONEY}, read as an exact decimal.
 * @internal
 */
export function money(options: MoneyOptions = {}): z.ZodMiniType<Dec, MoneyLike> {
  const { nonNegative = false, noun = 'an amount of money' } = options;
  return field<Dec, MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      if (d !== undefined && inMoneyRange(d) && !(nonNegative && d.isNegative())) return d;
      const got = describeValue(v);
      if (d === undefined) return new Problem('not_money', MESSAGES.notMoney(noun, got));
      if (!inMoneyRange(d)) return new Problem('out_of_range', MESSAGES.moneyRange(MAX_MONEY, got));
      return new Problem('out_of_range', MESSAGES.negative(noun, got));
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
 * two decimals within ±{@link MAX_MONEY}, read as integer cents in a `number` (exact). The one
 * whole-cents schema of the library.
 * @internal
 */
export function cents(options: CentsOptions = {}): z.ZodMiniType<number, MoneyLike> {
  const { nonNegative = true, noun = 'an amount of money' } = options;
  return field<number, MoneyLike>(
    (v) => {
      const c = tryParseCents(v);
      if (c !== undefined) return nonNegative && c < 0 ? new Problem('out_of_range', MESSAGES.negative(noun, describeValue(v))) : c;
      const d = tryParseDecimal(v);
      const got = describeValue(v);
      if (d === undefined) return new Problem('not_money', MESSAGES.notMoney(noun, got));
      if (!inMoneyRange(d)) return new Problem('out_of_range', MESSAGES.moneyRange(MAX_MONEY, got));
      if (nonNegative && d.isNegative()) return new Problem('out_of_range', MESSAGES.negative(noun, got));
      return new Problem('too_many_decimals', MESSAGES.wholeCents(got));
    },
    ['cents', nonNegative],
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
 * A rate, share, factor or weight: a {@link MoneyLike}-shaped decimal, read as an exact decimal.
 * @internal
 */
export function decimalLike(options: DecimalOptions = {}): z.ZodMiniType<Dec, MoneyLike> {
  const { nonNegative = false, max, noun = 'a number' } = options;
  return field<Dec, MoneyLike>(
    (v) => {
      const d = tryParseDecimal(v);
      const ok = d !== undefined && inMoneyRange(d) && !(nonNegative && d.isNegative()) && !(max !== undefined && d.gt(max));
      if (ok) return d;
      const got = describeValue(v);
      if (d === undefined || !inMoneyRange(d)) return new Problem('not_a_number', MESSAGES.notNumber(noun, got));
      if (nonNegative && d.isNegative()) return new Problem('out_of_range', MESSAGES.negative(noun, got));
      return new Problem('out_of_range', max === 1 ? MESSAGES.fraction(noun, got) : MESSAGES.atMost(noun, String(max), got));
    },
    ['decimal', nonNegative, max, noun],
  );
}

/** A rate written as a fraction between 0 and 1 (`"0.0795"` for 7.95%). @internal */
export function rate(noun = 'a rate'): z.ZodMiniType<Dec, MoneyLike> {
  return decimalLike({ nonNegative: true, max: 1, noun });
}

/** A calendar date written `YYYY-MM-DD` (GEN-2). @internal */
export function isoDate(): z.ZodMiniType<string, string> {
  return field<string, string>(
    (v) => (typeof v === 'string' && isIsoDate(v) ? v : new Problem('not_a_date', MESSAGES.notDate(describeValue(v)))),
    ['date'],
  );
}

/** A whole number in a range. @internal */
export function integer(min: number, max: number, noun = 'a whole number'): z.ZodMiniType<number, number> {
  return field<number, number>(
    (v) => {
      if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
      const code = typeof v === 'number' && Number.isInteger(v) ? 'out_of_range' : 'not_an_integer';
      return new Problem(code, MESSAGES.integerRange(noun, min, max, describeValue(v)));
    },
    ['integer', min, max],
  );
}

/** A calendar year (whole number, 1900–2200). @internal */
export function year(): z.ZodMiniType<number, number> {
  return field<number, number>(
    (v) => {
      if (typeof v === 'number' && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR) return v;
      return new Problem(typeof v === 'number' && Number.isInteger(v) ? 'out_of_range' : 'not_an_integer', MESSAGES.year(describeValue(v)));
    },
    ['integer', MIN_YEAR, MAX_YEAR],
  );
}

/** One of a fixed list of strings, with a message that lists them. @internal */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T): z.ZodMiniType<T[number], T[number]> {
  const list = [...values];
  return field<T[number], T[number]>(
    (v) =>
      typeof v === 'string' && list.includes(v) ? (v as T[number]) : new Problem('not_one_of', MESSAGES.oneOf(list, describeValue(v))),
    ['enum', list],
  );
}

/** Any text (labels, sources). @internal */
export function text(): z.ZodMiniType<string, string> {
  return field<string, string>(
    (v) => (typeof v === 'string' && v.length <= 10_000 ? v : new Problem('wrong_type', MESSAGES.text(describeValue(v)))),
    ['text'],
  );
}

/** A list with at least one item. @internal */
export function nonEmptyList<T extends z.ZodMiniType>(item: T, noun: string) {
  // A length check (not a refinement), so the JSON Schema carries `minItems: 1` (code `empty_list`).
  return z.array(item).check(z.minLength(1, { error: MESSAGES.emptyList(noun) }));
}

/** A non-empty identifier string (member, claim, class…). @internal */
export function id(noun = 'an identifier'): z.ZodMiniType<string, string> {
  return field<string, string>(
    (v) => (typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : new Problem('not_an_id', MESSAGES.id(noun, describeValue(v)))),
    ['id'],
  );
}

/** An MWCIA class code: four digits, as text (`"8810"`, `"0174"`). @internal */
export function classCode(): z.ZodMiniType<string, string> {
  return field<string, string>(
    (v) => (typeof v === 'string' && /^\d{4}$/.test(v) ? v : new Problem('not_a_class_code', MESSAGES.classCode(describeValue(v)))),
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
  key: string,
  branches: B,
): z.ZodMiniType<z.output<B[keyof B]>, z.input<B[keyof B]>> {
  const names = Object.keys(branches);
  const schema = z.transform<unknown, unknown>((v, ctx) => {
    const push = (path: PropertyKey[], code: IssueCode, message: string) =>
      ctx.issues.push({ code: 'custom', path, message, params: { code }, input: undefined });
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      push(
        [],
        v === undefined ? 'required' : 'wrong_type',
        v === undefined ? MESSAGES.required() : MESSAGES.wrongType('an object with named fields', describeValue(v)),
      );
      return z.NEVER;
    }
    // Read once: the fields are copied a single time, so the key and the branch see the same values.
    const fields: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    const which = fields[key];
    const branch = typeof which === 'string' && Object.hasOwn(branches, which) ? branches[which] : undefined;
    if (branch === undefined) {
      if (which === undefined) push([key], 'required', MESSAGES.required());
      else push([key], 'not_one_of', MESSAGES.oneOf(names, describeValue(which)));
      return z.NEVER;
    }
    const r = z.safeParse(branch, fields, { reportInput: true });
    if (r.success) return r.data;
    for (const i of toIssues(r.error.issues)) push([...i.path], i.code, i.message);
    return z.NEVER;
  });
  JSON_TAGS.set(schema, ['oneOf', key, branches]);
  return schema as unknown as z.ZodMiniType<z.output<B[keyof B]>, z.input<B[keyof B]>>;
}

/** The one "listed more than once" message (`class 8810 is listed more than once`). @internal */
export function listedTwice(noun: string, value: unknown): string {
  return MESSAGES.listedTwice(noun, String(value));
}

/**
 * Issues (code `duplicate`) for rows whose `key` repeats an earlier row's
 * (`payroll[2].classCode: class 8810 is listed more than once`). The one duplicate check of the
 * library. @internal
 */
export function duplicateIssues<R>(rows: ReadonlyArray<R>, list: string, key: keyof R & string, noun: string = key): WcraIssue[] {
  const seen = new Set<unknown>();
  const issues: WcraIssue[] = [];
  rows.forEach((row, i) => {
    const value = row[key];
    if (seen.has(value)) issues.push({ path: [list, i, key], code: 'duplicate', message: listedTwice(noun, value) });
    seen.add(value);
  });
  return issues;
}

/** A boolean flag. @internal */
export function flag(): z.ZodMiniType<boolean, boolean> {
  return field<boolean, boolean>(
    (v) => (typeof v === 'boolean' ? v : new Problem('wrong_type', MESSAGES.boolean(describeValue(v)))),
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

/** The `rounding` option of the calculators that produce a payable amount (GEN-1). */
export interface RoundingOption {
  /**
   * How a payable amount is rounded to cents: one of {@link ROUNDING_MODES} (the Temporal / Intl
   * names). Default `'halfExpand'` (half away from zero, GEN-1).
   */
  readonly rounding?: RoundingMode;
}

/** Schema of {@link RoundingOption}. @internal */
export const roundingOptionShape = /* @__PURE__ */ (() => ({
  rounding: z.optional(oneOf(ROUNDING_MODES as unknown as readonly [RoundingMode, ...RoundingMode[]])),
}))();

type ZodIssue = z.core.$ZodIssue;

function issueCode(iss: ZodIssue, input: unknown): IssueCode {
  switch (iss.code) {
    case 'custom': {
      const code = (iss.params as { code?: unknown } | undefined)?.code;
      return typeof code === 'string' && (ISSUE_CODES as ReadonlyArray<string>).includes(code) ? (code as IssueCode) : 'not_allowed';
    }
    case 'invalid_type':
      return input === undefined ? 'required' : 'wrong_type';
    case 'too_big':
      return 'too_many';
    case 'too_small':
      return 'empty_list';
    default:
      return 'wrong_type';
  }
}

function messageFor(iss: ZodIssue, input: unknown): string {
  switch (iss.code) {
    case 'invalid_type': {
      if (input === undefined) return MESSAGES.required();
      const what = iss.expected === 'object' ? 'an object with named fields' : iss.expected === 'array' ? 'a list' : `a ${iss.expected}`;
      return MESSAGES.wrongType(what, describeValue(input));
    }
    default:
      return iss.message;
  }
}

/** Flattens zod issues into coded `{ path, code, message }` (one per unknown field). @internal */
export function toIssues(issues: ReadonlyArray<ZodIssue>, prefix: ReadonlyArray<PropertyKey> = []): WcraIssue[] {
  const out: WcraIssue[] = [];
  for (const iss of issues) {
    const path = [...prefix, ...iss.path].map((p) => (typeof p === 'number' ? p : String(p)));
    if (iss.code === 'unrecognized_keys') {
      for (const key of iss.keys) out.push({ path: [...path, key], code: 'unknown_field', message: MESSAGES.unknownFields([key]) });
      continue;
    }
    const input = (iss as { input?: unknown }).input;
    out.push({ path, code: issueCode(iss, input), message: messageFor(iss, input) });
  }
  return out;
}

/** What the shell reads directly: a strict object of {@link field} schemas (optional or not) and sync checks. @internal */
export interface PlainPlan {
  /** The object's keys, in its shape's order. */
  readonly keys: readonly string[];
  /** Each key's reader; `undefined` for an optional field of another kind (read directly only when absent). */
  readonly readers: ReadonlyArray<((v: unknown) => unknown) | undefined>;
  /** Whether each key may be absent. */
  readonly optional: readonly boolean[];
  /** The keys, for the unknown-key rule. */
  readonly keySet: ReadonlySet<string>;
  /** The object's own checks (cross-field rules), run on the values read. */
  readonly checks: ReadonlyArray<{ _zod: { check: (payload: unknown) => unknown } }>;
}

/** zod's own view of a schema (its definition), read only to build a {@link PlainPlan}. */
interface ZodDef {
  readonly type?: string;
  readonly shape?: Record<string, { _zod: { def: ZodDef } }>;
  readonly catchall?: { _zod: { def: ZodDef } };
  readonly innerType?: object;
  readonly checks?: ReadonlyArray<{ _zod: { def: { when?: unknown }; check: (payload: unknown) => unknown } }>;
}

const PLANS = /* @__PURE__ */ new WeakMap<object, PlainPlan | null>();

/** The direct-reading plan of `schema`, built on its first use (never at import), or `null`. @internal */
export function planOf(schema: object): PlainPlan | null {
  let plan = PLANS.get(schema);
  if (plan === undefined) {
    plan = buildPlan((schema as { _zod: { def: ZodDef } })._zod.def);
    PLANS.set(schema, plan);
  }
  return plan;
}

function buildPlan(def: ZodDef): PlainPlan | null {
  if (def.type !== 'object' || def.shape === undefined || def.catchall?._zod.def.type !== 'never') return null;
  const checks = def.checks ?? [];
  if (checks.some((c) => c._zod.def.when !== undefined)) return null;
  const keys = Object.keys(def.shape);
  const readers: Array<((v: unknown) => unknown) | undefined> = [];
  const optional: boolean[] = [];
  for (const key of keys) {
    const el = def.shape[key] as { _zod: { def: ZodDef } };
    const own = READERS.get(el);
    const isOptional = own === undefined && el._zod.def.type === 'optional';
    if (key === '__proto__' || (own === undefined && !isOptional)) return null;
    readers.push(own ?? READERS.get(el._zod.def.innerType as object));
    optional.push(isOptional);
  }
  return { keys, readers, optional, keySet: new Set(keys), checks };
}

/** The values the plan read (each field once) and whether they passed. @internal */
export interface PlainReading {
  /** Whether every field and check passed. */
  readonly ok: boolean;
  /** The parsed values (what zod returns), when `ok`. */
  readonly out: Record<string, unknown>;
  /** The input as read, for zod to report the issues of a reading that did not pass (`out` when it passed). */
  readonly seen: Record<string, unknown>;
}

/**
 * Reads a plain input by its plan: each field once, through the same readers zod's parse calls, the
 * same unknown-key rule (strict: any other enumerable key fails) and the object's own checks. A
 * reading that passes is exactly what zod returns; one that does not is handed to zod as `seen` (the
 * values already read), so zod words the issues and no field is read twice.
 * @internal
 */
export function readPlain(plan: PlainPlan, input: object): PlainReading {
  const out: Record<string, unknown> = {};
  const source = input as Record<string, unknown>;
  const raw: unknown[] = [];
  let ok = true;
  for (let i = 0; i < plan.keys.length; i++) {
    const key = plan.keys[i] as string;
    const v = source[key];
    raw.push(v);
    if (!ok) continue;
    const read = plan.readers[i];
    if (v === undefined) {
      if (!plan.optional[i]) ok = false;
      else if (key in input) out[key] = undefined;
    } else if (read === undefined) {
      ok = false; // a nested field: zod reads it
    } else {
      const got = read(v);
      if (got instanceof Problem) ok = false;
      else out[key] = got;
    }
  }
  let unknown: string[] | undefined;
  for (const key in input) {
    if (plan.keySet.has(key)) continue;
    unknown = unknown ?? [];
    unknown.push(key);
  }
  if (ok && unknown === undefined && plan.checks.length > 0) {
    const payload = { value: out, issues: [] as unknown[] };
    for (const check of plan.checks) check._zod.check(payload);
    ok = payload.issues.length === 0;
  }
  return ok && unknown === undefined ? { ok: true, out, seen: out } : { ok: false, out, seen: seenOf(plan, input, raw, unknown) };
}

/** The input as read (for zod, after a reading that did not pass): each field's value once read, and the unknown keys by name. */
function seenOf(plan: PlainPlan, input: object, raw: readonly unknown[], unknown: readonly string[] = []): Record<string, unknown> {
  const seen: Record<string, unknown> = Object.create(null); // so an unknown `__proto__` key stays a key
  plan.keys.forEach((key, i) => {
    if (raw[i] !== undefined || key in input) seen[key] = raw[i];
  });
  for (const key of unknown) seen[key] = undefined; // zod names an unknown key; its value is never read
  return seen;
}

/**
 * Finds the first field of `input` whose reading throws (a throwing getter, a revoked Proxy),
 * reading each property once, breadth-first, at most `budget` properties. @internal
 */
function unreadablePath(input: unknown, prefix: ReadonlyArray<PropertyKey>): { path: Array<string | number>; why: string } {
  const queue: Array<{ value: unknown; path: Array<string | number> }> = [
    { value: input, path: prefix.map((p) => (typeof p === 'number' ? p : String(p))) },
  ];
  let budget = 100_000;
  while (queue.length > 0 && budget > 0) {
    const next = queue.shift() as { value: unknown; path: Array<string | number> };
    let at = next.path; // the object itself until one of its fields is being read
    try {
      const value = next.value;
      if (value === null || typeof value !== 'object') continue;
      const isList = Array.isArray(value);
      for (const key of Object.keys(value)) {
        budget--;
        at = [...next.path, isList ? Number(key) : key];
        const child = (value as Record<string, unknown>)[key];
        queue.push({ value: child, path: at });
      }
    } catch (error) {
      return { path: at, why: error instanceof Error ? error.message : String(error) };
    }
  }
  return { path: prefix.map((p) => (typeof p === 'number' ? p : String(p))), why: 'reading it failed' };
}

/**
 * Validates `input` against `schema`; on failure throws `WcraError` `INVALID_INPUT` listing
 * every problem with its path. Anything the input itself throws while being read (a getter, a
 * revoked Proxy) becomes an `unreadable` issue naming the field. The checked shell of every
 * public function.
 * @internal
 */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown, prefix: ReadonlyArray<PropertyKey> = []): z.output<S> {
  let result: ReturnType<typeof z.safeParse<S>>;
  try {
    let value = input;
    const plan = typeof input === 'object' && input !== null && !Array.isArray(input) ? planOf(schema) : null;
    if (plan !== null) {
      const reading = readPlain(plan, input as object);
      if (reading.ok) return reading.out as z.output<S>;
      value = reading.seen;
    }
    result = z.safeParse(schema, value, { reportInput: true });
  } catch (error) {
    if (isWcraError(error)) throw error;
    const { path, why } = unreadablePath(input, prefix);
    throw invalidInput([{ path, code: 'unreadable', message: MESSAGES.unreadable(why) }]);
  }
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
