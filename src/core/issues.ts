/**
 * Issue codes and their messages: the one place where the wording of an input problem is
 * written. Every {@link WcraIssue} carries a literal `code` from {@link ISSUE_CODES}, so callers
 * (and tests) decide on the code, and people read the message.
 * @module
 */

/**
 * Every code an input issue can carry. The list only grows; a code is never renamed without a
 * major version.
 *
 * - `required`: a field that must be given is missing.
 * - `unknown_field`: the object has a field the function does not know (a typo, usually).
 * - `wrong_type`: the value is not of the kind expected (an object, a list, text, true/false…).
 * - `not_money`: not an amount of money (a plain decimal string such as `"1033500.00"` or a number).
 * - `not_a_number`: not a decimal number (a rate, factor, share, weight or rating).
 * - `too_many_decimals`: more decimals than the figure may have (whole cents, 3-decimal rates…).
 * - `out_of_range`: a number, amount, year or date outside what the rule or the library allows.
 * - `not_a_date`: not a calendar date written `YYYY-MM-DD`.
 * - `not_an_integer`: not a whole number (a year, a count).
 * - `not_one_of`: not one of a fixed list of values (a level, a member type, a kind).
 * - `not_an_id`: not a non-empty identifier.
 * - `not_a_class_code`: not a four-digit MWCIA class code written as text.
 * - `empty_list`: a list that needs at least one item is empty.
 * - `too_many`: a list is longer than the library accepts.
 * - `duplicate`: an item repeats one listed before it (a year, a class, a member).
 * - `inconsistent`: values that must agree do not (a date before another, limits that fall…).
 * - `conflict`: both a figure and the key to look it up were given, or two options exclude each other.
 * - `not_allowed`: the value is well formed but the rule forbids it in this case.
 * - `unreadable`: reading the value itself failed (a getter or proxy that throws).
 */
export const ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'required',
  'unknown_field',
  'wrong_type',
  'not_money',
  'not_a_number',
  'too_many_decimals',
  'out_of_range',
  'not_a_date',
  'not_an_integer',
  'not_one_of',
  'not_an_id',
  'not_a_class_code',
  'empty_list',
  'too_many',
  'duplicate',
  'inconsistent',
  'conflict',
  'not_allowed',
  'unreadable',
] as const);

/** A literal issue code: one of {@link ISSUE_CODES}. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * The generic messages, by code. A calculator-specific message (a business rule) is written
 * beside its check and still carries one of these codes. @internal
 */
export const MESSAGES = {
  required: () => 'is required',
  unknownFields: (keys: ReadonlyArray<string>) => `has unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}`,
  wrongType: (what: string, got: string) => `must be ${what}, got ${got}`,
  notMoney: (noun: string, got: string) => `must be ${noun}, got ${got}`,
  moneyRange: (max: string, got: string) => `must be an amount of money within ±${max}, got ${got}`,
  negative: (noun: string, got: string) => `must be ${noun} of zero or more, got ${got}`,
  wholeCents: (got: string) => `must be a whole number of cents (at most two decimals), got ${got}`,
  notNumber: (noun: string, got: string) => `must be ${noun} (a decimal string like "0.0795" or a number), got ${got}`,
  fraction: (noun: string, got: string) => `must be ${noun} written as a fraction (7.95% is "0.0795"), got ${got}`,
  atMost: (noun: string, max: string, got: string) => `must be ${noun} of at most ${max}, got ${got}`,
  atLeast: (noun: string, min: string, got: string) => `must be ${noun} of at least ${min}, got ${got}`,
  notDate: (got: string) => `must be a calendar date written YYYY-MM-DD, got ${got}`,
  integerRange: (noun: string, min: number, max: number, got: string) => `must be ${noun} from ${min} to ${max}, got ${got}`,
  year: (got: string) => `must be a calendar year such as 2024, got ${got}`,
  oneOf: (values: ReadonlyArray<string>, got: string) => `must be one of ${values.map((v) => `'${v}'`).join(', ')}, got ${got}`,
  text: (got: string) => `must be text, got ${got}`,
  id: (noun: string, got: string) => `must be ${noun} (a non-empty string), got ${got}`,
  classCode: (got: string) => `must be a four-digit class code written as text (e.g. "8810"), got ${got}`,
  boolean: (got: string) => `must be true or false, got ${got}`,
  emptyList: (noun: string) => `must list at least one ${noun}`,
  tooMany: (max: number, got: number) => `must list at most ${max} items, got ${got}`,
  listedTwice: (noun: string, value: string) => `${noun} ${value} is listed more than once`,
  conflict: (given: string, key: string) =>
    `cannot be given together with ${key}: give the figure or the key to look it up, not both (${given})`,
  unreadable: (why: string) => `could not be read (${why})`,
  moreIssues: (count: number) => `and ${count} more issue${count === 1 ? '' : 's'}`,
  resultRange: (what: string) => `the result ${what} would leave the range the library supports`,
} as const;
