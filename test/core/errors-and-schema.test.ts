import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatPath, invalidInput, isWcraError, WCRA_ERROR_CODES, WcraError } from '../../src/core/errors.js';
import { MESSAGES } from '../../src/core/issues.js';
import {
  classCode,
  decimalLike,
  describeValue,
  flag,
  id,
  integer,
  isoDate,
  money,
  oneOf,
  parseOptions,
  parseWith,
  rate,
  year,
} from '../../src/core/schema.js';
import { expectWcraError } from '../helpers.js';

describe('WcraError', () => {
  it('carries a literal code, frozen issues and details, and serialises to JSON', () => {
    const err = new WcraError('UNKNOWN_YEAR', 'No rates for 2031', { details: { year: 2031 } });
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('WcraError');
    expect(err.code).toBe('UNKNOWN_YEAR');
    expect(err.issues).toEqual([]);
    expect(err.details).toEqual({ year: 2031 });
    expect(Object.isFrozen(err.details)).toBe(true);
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      code: 'UNKNOWN_YEAR',
      message: 'No rates for 2031',
      issues: [],
      details: { year: 2031 },
    });
  });

  it('isWcraError recognises the class and look-alikes from another bundle', () => {
    expect(isWcraError(new WcraError('INVALID_INPUT', 'x'))).toBe(true);
    const lookAlike = Object.assign(new Error('x'), { name: 'WcraError', code: 'INVALID_INPUT' });
    expect(isWcraError(lookAlike)).toBe(true);
    expect(isWcraError(new TypeError('x'))).toBe(false);
    expect(isWcraError(null)).toBe(false);
  });

  it('the code list holds every code the issues name', () => {
    expect(WCRA_ERROR_CODES).toEqual(
      expect.arrayContaining([
        'INVALID_INPUT',
        'UNKNOWN_YEAR',
        'LEVEL_NOT_OFFERED',
        'NO_ELECTION',
        'INCONSISTENT_OCCURRENCE',
        'AFFILIATE_LEVEL_MISMATCH',
        'MISSING_RATE',
      ]),
    );
  });

  it('paths print the way users write them; the message lists every issue', () => {
    expect(formatPath(['claims', 2, 'paid'])).toBe('claims[2].paid');
    expect(formatPath([])).toBe('input');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    const many = Array.from({ length: 3 }, (_, i) => ({ path: ['x', i], code: 'not_allowed' as const, message: 'bad' }));
    const err = invalidInput(many);
    expect(err.issues).toHaveLength(3);
    expect(err.message).toBe('Invalid input: x[0]: bad; x[1]: bad; x[2]: bad');
  });
});

describe('schema messages in business terms', () => {
  const schema = z.strictObject({
    exposure: money({ nonNegative: true }),
    amount: z.optional(money()),
    rate: z.optional(rate()),
    factor: z.optional(decimalLike({ max: 10, noun: 'a factor' })),
    weight: z.optional(decimalLike({ nonNegative: true })),
    date: z.optional(isoDate()),
    year: z.optional(year()),
    count: z.optional(integer(1, 10, 'a count')),
    level: z.optional(oneOf(['low', 'high'])),
    memberId: z.optional(id('a member id')),
    cls: z.optional(classCode()),
    on: z.optional(flag()),
    list: z.optional(z.array(z.number())),
    nested: z.optional(z.strictObject({ n: z.number(), s: z.string() })),
  });
  const issueFor = (input: unknown) => expectWcraError(() => parseWith(schema, input), 'INVALID_INPUT').issues;

  // Which message each schema builder gives, at its path: compared to the MESSAGES entry (not to
  // its text), so a change of wording does not fail this test; the wording is the table below.
  const AT_PATH: ReadonlyArray<[Record<string, unknown>, string, string]> = [
    [{ exposure: 'abc' }, 'exposure', MESSAGES.notMoney('an amount of money', '"abc"')],
    [{ exposure: '-1' }, 'exposure', MESSAGES.negative('an amount of money', '"-1"')],
    [{ exposure: '1e400' }, 'exposure', MESSAGES.notMoney('an amount of money', '"1e400"')],
    [{ exposure: 1e20 }, 'exposure', MESSAGES.moneyRange('90071992547409.91', '100000000000000000000')],
    [{ exposure: Number.NaN }, 'exposure', MESSAGES.notMoney('an amount of money', 'NaN')],
    [{ exposure: true }, 'exposure', MESSAGES.notMoney('an amount of money', 'true')],
    [{ exposure: '1', rate: '7.95' }, 'rate', MESSAGES.fraction('a rate', '"7.95"')],
    [{ exposure: '1', rate: '-0.01' }, 'rate', MESSAGES.negative('a rate', '"-0.01"')],
    [{ exposure: '1', rate: 'x' }, 'rate', MESSAGES.notNumber('a rate', '"x"')],
    [{ exposure: '1', factor: '11' }, 'factor', MESSAGES.atMost('a factor', '10', '"11"')],
    [{ exposure: '1', weight: '-2' }, 'weight', MESSAGES.negative('a number', '"-2"')],
    [{ exposure: '1', date: '2019-02-30' }, 'date', MESSAGES.notDate('"2019-02-30"')],
    [{ exposure: '1', year: 2024.5 }, 'year', MESSAGES.year('2024.5')],
    [{ exposure: '1', count: 0 }, 'count', MESSAGES.integerRange('a count', 1, 10, '0')],
    [{ exposure: '1', level: 'medium' }, 'level', MESSAGES.oneOf(['low', 'high'], '"medium"')],
    [{ exposure: '1', memberId: '' }, 'memberId', MESSAGES.id('a member id', '""')],
    [{ exposure: '1', cls: 8810 }, 'cls', MESSAGES.classCode('8810')],
    [{ exposure: '1', on: 'yes' }, 'on', MESSAGES.boolean('"yes"')],
    [{ exposure: '1', list: {} }, 'list', MESSAGES.wrongType('a list', 'an object')],
    [{ exposure: '1', nested: [] }, 'nested', MESSAGES.wrongType('an object with named fields', 'a list')],
    [{ exposure: '1', nested: { n: 'x', s: 1 } }, 'nested.n', MESSAGES.wrongType('a number', '"x"')],
    [{ exposure: '1', nested: { n: 1, s: 1 } }, 'nested.s', MESSAGES.wrongType('a string', '1')],
    [{}, 'exposure', MESSAGES.required()],
    [{ exposure: '1', typo: 1 }, 'typo', MESSAGES.unknownFields(['typo'])],
    [{ exposure: '1', typo: 1, other: 2 }, 'other', MESSAGES.unknownFields(['other'])],
  ];
  it('each builder gives its generic message, with the value described, at its path', () => {
    const got = AT_PATH.map(([input, path]) =>
      issueFor(input)
        .map((i) => [i.path.length === 0 ? 'input' : i.path.join('.'), i.message] as const)
        .find(([p]) => p === path),
    );
    expect(got).toEqual(AT_PATH.map(([, path, message]) => [path, message]));
  });

  it('null, arrays and primitives get a message, never a TypeError', () => {
    for (const bad of [null, undefined, 5, 'x', [], true]) {
      expect(issueFor(bad)[0]?.path).toEqual([]);
    }
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue('x'.repeat(100))).toMatch(/\.\.\."$/);
  });

  it('accepts Decimal instances as money', () => {
    expect(parseWith(schema, { exposure: new Decimal('12.5') }).exposure.toString()).toBe('12.5');
  });

  it('options are checked under the path "options" and may be omitted', () => {
    const opts = z.strictObject({ explain: z.optional(flag()) });
    expect(parseOptions(opts, undefined)).toEqual({});
    const err = expectWcraError(() => parseOptions(opts, { explain: 1 }), 'INVALID_INPUT');
    expect(err.issues[0]?.path).toEqual(['options', 'explain']);
    expect(err.issues[0]?.code).toBe('wrong_type');
    expect(err.message).toBe(`Invalid input: options.explain: ${MESSAGES.boolean('1')}`);
  });

  it('other zod failures keep the message the schema gives', () => {
    const arr = z.array(z.number()).check(z.minLength(1, 'a message of the schema'));
    expect(expectWcraError(() => parseWith(arr, []), 'INVALID_INPUT').issues[0]?.message).toBe('a message of the schema');
  });
});

// THE one place the wording of every message in MESSAGES is asserted (issue 13 item 4): one test,
// one row per entry, so a change of wording fails this test and no other. The type below makes a
// new entry of MESSAGES a compile error until it has its row here; the first test checks the same
// at run time.
type WordingTable = { readonly [K in keyof typeof MESSAGES]: readonly [Parameters<(typeof MESSAGES)[K]>, string] };
const WORDING: WordingTable = {
  required: [[], 'is required'],
  unknownFields: [[['typo', 'other']], 'has unknown fields "typo", "other"'],
  wrongType: [['a list', 'an object'], 'must be a list, got an object'],
  notMoney: [['an amount of money', '"abc"'], 'must be an amount of money, got "abc"'],
  moneyRange: [['90071992547409.91', '1e+20'], 'must be an amount of money within ±90071992547409.91, got 1e+20'],
  negative: [['an amount of money', '"-1"'], 'must be an amount of money of zero or more, got "-1"'],
  wholeCents: [['"1.005"'], 'must be a whole number of cents (at most two decimals), got "1.005"'],
  notNumber: [['a rate', '"x"'], 'must be a rate (a decimal string like "0.0795" or a number), got "x"'],
  fraction: [['a rate', '"7.95"'], 'must be a rate written as a fraction (7.95% is "0.0795"), got "7.95"'],
  atMost: [['a factor', '10', '"11"'], 'must be a factor of at most 10, got "11"'],
  atLeast: [['a weight', '0', '"-1"'], 'must be a weight of at least 0, got "-1"'],
  notDate: [['"2019-02-30"'], 'must be a calendar date written YYYY-MM-DD, got "2019-02-30"'],
  integerRange: [['a count', 1, 10, '0'], 'must be a count from 1 to 10, got 0'],
  year: [['2024.5'], 'must be a calendar year such as 2024, got 2024.5'],
  oneOf: [[['low', 'high'], '"medium"'], `must be one of 'low', 'high', got "medium"`],
  text: [['1'], 'must be text, got 1'],
  id: [['a member id', '""'], 'must be a member id (a non-empty string), got ""'],
  classCode: [['8810'], 'must be a four-digit class code written as text (e.g. "8810"), got 8810'],
  boolean: [['"yes"'], 'must be true or false, got "yes"'],
  emptyList: [['label'], 'must list at least one label'],
  tooMany: [[10, 11], 'must list at most 10 items, got 11'],
  listedTwice: [['class', '8810'], 'class 8810 is listed more than once'],
  conflict: [
    ['rate', 'year and level'],
    'cannot be given together with year and level: give the figure or the key to look it up, not both (rate)',
  ],
  unreadable: [['the getter threw'], 'could not be read (the getter threw)'],
  moreIssues: [[2], 'and 2 more issues'],
  resultRange: [['total'], 'the result total would leave the range the library supports'],
};

describe('the wording of every message', () => {
  it('the table has one row for every entry of MESSAGES, and no other', () => {
    expect(Object.keys(WORDING).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it('every message, word for word', () => {
    const call = (key: keyof typeof MESSAGES): string => {
      const [args] = WORDING[key];
      return (MESSAGES[key] as (...a: ReadonlyArray<unknown>) => string)(...args);
    };
    const keys = Object.keys(MESSAGES) as Array<keyof typeof MESSAGES>;
    expect(Object.fromEntries(keys.map((k) => [k, call(k)]))).toEqual(Object.fromEntries(keys.map((k) => [k, WORDING[k][1]])));
  });
});
