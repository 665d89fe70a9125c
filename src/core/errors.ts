/**
 * The one error class of wcra-calc and its literal codes.
 * @module
 */

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
 */
export const WCRA_ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_YEAR',
  'LEVEL_NOT_OFFERED',
  'NO_ELECTION',
  'INCONSISTENT_OCCURRENCE',
  'AFFILIATE_LEVEL_MISMATCH',
  'MISSING_RATE',
] as const;

/** A literal error code: one of {@link WCRA_ERROR_CODES}. */
export type WcraErrorCode = (typeof WCRA_ERROR_CODES)[number];

/** One problem found in an input: where it is and what is wrong, in business terms. */
export interface WcraIssue {
  /** Path to the field, e.g. `['claims', 2, 'paid']` (printed `claims[2].paid`). */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, e.g. `must be an amount of money, got "abc"`. */
  readonly message: string;
}

/** Extra, structured facts about an error (the year asked for, the level, the class code…). */
export type WcraErrorDetails = Readonly<Record<string, string | number | boolean | null>>;

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
 *   error.issues[0].message //=> 'must be an amount of money, got "abc"'
 * }
 * ```
 */
export class WcraError extends Error {
  override readonly name = 'WcraError';
  readonly code: WcraErrorCode;
  readonly issues: ReadonlyArray<WcraIssue>;
  readonly details: WcraErrorDetails;

  constructor(
    code: WcraErrorCode,
    message: string,
    extra: { readonly issues?: ReadonlyArray<WcraIssue>; readonly details?: WcraErrorDetails } = {},
  ) {
    super(message);
    this.code = code;
    this.issues = Object.freeze((extra.issues ?? []).map((i) => Object.freeze({ path: Object.freeze([...i.path]), message: i.message })));
    this.details = Object.freeze({ ...(extra.details ?? {}) });
  }

  /** A JSON-safe view: `{ code, message, issues, details }`. */
  toJSON(): { code: WcraErrorCode; message: string; issues: ReadonlyArray<WcraIssue>; details: WcraErrorDetails } {
    return { code: this.code, message: this.message, issues: this.issues, details: this.details };
  }
}

/** True when `value` is a {@link WcraError} (also across bundled copies of the library). */
export function isWcraError(value: unknown): value is WcraError {
  return (
    value instanceof WcraError ||
    (value instanceof Error && value.name === 'WcraError' && typeof (value as { code?: unknown }).code === 'string')
  );
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

/** Builds an `INVALID_INPUT` error from issues, with a message listing them. @internal */
export function invalidInput(issues: ReadonlyArray<WcraIssue>): WcraError {
  return new WcraError('INVALID_INPUT', `Invalid input: ${issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ')}`, {
    issues,
  });
}
