/**
 * The one error class of wcra-calc and its literal codes.
 * @module
 */
import { type IssueCode, MESSAGES } from './issues.js';

/**
 * Every code a {@link WcraError} can carry. The list only grows; a code is never renamed
 * without a major version.
 *
 * - `INVALID_INPUT`: the input does not have the shape or values the function accepts
 *   (see {@link WcraError.issues}).
 * - `UNKNOWN_YEAR`: a published figure (rate, retention amount) is needed for a year the
 *   built-in table does not hold and the caller did not supply it.
 * - `LEVEL_NOT_OFFERED`: the retention level was not offered in that year (jumbo before 2018).
 * - `NO_ELECTION`: no retention election covers the year or member asked about.
 * - `INCONSISTENT_OCCURRENCE`: claims grouped into one occurrence disagree (e.g. injury dates).
 * - `AFFILIATE_LEVEL_MISMATCH`: affiliated members that must share one retention level do not.
 * - `MISSING_RATE`: a class code has payroll but no pure premium rate.
 * - `UNKNOWN_PERIOD`: a published benefit figure (a TTD maximum, a PPD schedule, an SAWW change)
 *   is needed for a date the built-in table does not hold and the caller did not supply it.
 * - `RESULT_OUT_OF_RANGE`: the inputs are valid but the result would leave the range the library
 *   supports (money above ±90,071,992,547,409.91, a date after 2200-12-31).
 */
export const WCRA_ERROR_CODES = /* @__PURE__ */ Object.freeze([
  'INVALID_INPUT',
  'UNKNOWN_YEAR',
  'LEVEL_NOT_OFFERED',
  'NO_ELECTION',
  'INCONSISTENT_OCCURRENCE',
  'AFFILIATE_LEVEL_MISMATCH',
  'MISSING_RATE',
  'UNKNOWN_PERIOD',
  'RESULT_OUT_OF_RANGE',
] as const);

/** A literal error code: one of {@link WCRA_ERROR_CODES}. */
export type WcraErrorCode = (typeof WCRA_ERROR_CODES)[number];

/** One problem found in an input: where it is, its literal code, and what is wrong in business terms. */
export interface WcraIssue {
  /** Path to the field, e.g. `['claims', 2, 'paid']` (printed `claims[2].paid`). */
  readonly path: ReadonlyArray<string | number>;
  /** What kind of problem it is: one of `ISSUE_CODES` (`not_money`, `required`, …). */
  readonly code: IssueCode;
  /** What is wrong, e.g. `must be an amount of money, got "abc"`. */
  readonly message: string;
}

/** The most issues an error lists; the last line says how many more there are. */
export const MAX_LISTED_ISSUES = 100;

/** Extra, structured facts about an error (the year asked for, the level, the class code…). */
export type WcraErrorDetails = Readonly<Record<string, string | number | boolean | null>>;

/** The JSON form of a {@link WcraError}. */
export interface WcraErrorJson {
  /** The error's code. */
  readonly code: WcraErrorCode;
  /** The message, in business terms. */
  readonly message: string;
  /** The input problems (`INVALID_INPUT`). */
  readonly issues: ReadonlyArray<WcraIssue>;
  /** Structured facts. */
  readonly details: WcraErrorDetails;
}

/**
 * The only error wcra-calc throws. `code` is a literal from {@link WCRA_ERROR_CODES};
 * `issues` lists every input problem for `INVALID_INPUT` (empty otherwise); `details` carries
 * structured facts for the other codes.
 *
 * @example
 * ```ts
 * import { WcraError, reinsurancePremium } from 'wcra-calc';
 * try {
 *   reinsurancePremium({ exposure: 'abc', rate: '0.05', memberType: 'insurer' });
 * } catch (error) {
 *   error instanceof WcraError //=> true
 *   error.code //=> 'INVALID_INPUT'
 *   error.issues[0].code //=> 'not_money'
 *   // error.issues[0].message: 'must be an amount of money, got "abc"'
 * }
 * ```
 */
export class WcraError extends Error {
  /** Always `'WcraError'`. */
  override readonly name = 'WcraError';
  /** What went wrong, a literal of {@link WCRA_ERROR_CODES} (`'INVALID_INPUT'`, `'UNKNOWN_YEAR'`, …). */
  readonly code: WcraErrorCode;
  /** For `INVALID_INPUT`, every problem with its path, code and message (at most 100; empty otherwise). */
  readonly issues: ReadonlyArray<WcraIssue>;
  /** Structured facts for the other codes (the year, the level, the path of a result out of range, …). */
  readonly details: WcraErrorDetails;

  constructor(
    code: WcraErrorCode,
    message: string,
    extra: { readonly issues?: ReadonlyArray<WcraIssue>; readonly details?: WcraErrorDetails } = {},
  ) {
    super(message);
    this.code = code;
    this.issues = /* @__PURE__ */ Object.freeze(
      (extra.issues ?? []).map((i) =>
        /* @__PURE__ */ Object.freeze({ path: /* @__PURE__ */ Object.freeze([...i.path]), code: i.code, message: i.message }),
      ),
    );
    this.details = /* @__PURE__ */ Object.freeze({ ...(extra.details ?? {}) });
  }

  /** A JSON-safe view: `{ code, message, issues, details }`. */
  toJSON(): WcraErrorJson {
    return { code: this.code, message: this.message, issues: this.issues, details: this.details };
  }
}

/** True when `value` is a {@link WcraError} (also across bundled copies of the library). */
export function isWcraError(value: unknown): value is WcraError {
  try {
    return (
      value instanceof WcraError ||
      (value instanceof Error && value.name === 'WcraError' && typeof (value as { code?: unknown }).code === 'string')
    );
  } catch {
    // A revoked Proxy (or a hostile getter) is not a WcraError.
    return false;
  }
}

/** Prints a path the way users write it: `claims[2].paid`. @internal */
export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? 'input' : out;
}

/**
 * Builds an `INVALID_INPUT` error from issues, with a message listing them. At most
 * {@link MAX_LISTED_ISSUES} are kept; the message says how many more there were. @internal
 */
export function invalidInput(issues: ReadonlyArray<WcraIssue>, total: number = issues.length): WcraError {
  const listed = issues.length > MAX_LISTED_ISSUES ? issues.slice(0, MAX_LISTED_ISSUES) : issues;
  const more = Math.max(total, issues.length) - listed.length;
  const text = listed.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
  return new WcraError('INVALID_INPUT', `Invalid input: ${text}${more > 0 ? `; ${MESSAGES.moreIssues(more)}` : ''}`, {
    issues: listed,
    details: more > 0 ? { moreIssues: more } : {},
  });
}

/** Builds one issue (a shorthand used by checks). @internal */
export function issue(path: ReadonlyArray<string | number>, code: IssueCode, message: string): WcraIssue {
  return { path, code, message };
}

/**
 * A broken internal guarantee (a value the schema guarantees is missing after validation): a bug
 * in the library, never bad input, so a plain `Error`, not a {@link WcraError}. @internal
 */
export function internalError(what: string): Error {
  return new Error(`wcra-calc internal error: ${what}`);
}

/**
 * A value the schema guarantees, narrowed without a cast: `value` itself, or an
 * {@link internalError} naming `what` when it is missing (a bug, never bad input). @internal
 */
export function guaranteed<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw internalError(`${what} is missing after validation`);
  return value;
}
