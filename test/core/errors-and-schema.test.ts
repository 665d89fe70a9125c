import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatPath, invalidInput, isWcraError, WCRA_ERROR_CODES, WcraError } from '../../src/core/errors.js';
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

  // The one place the wording of the generic messages is asserted (issue 13 item 4): one test,
  // so a change of wording fails this test and no other.
  const WORDING: ReadonlyArray<[Record<string, unknown>, string, string]> = [
    [{ exposure: 'abc' }, 'exposure', 'must be an amount of money, got "abc"'],
    [{ exposure: '-1' }, 'exposure', 'must be an amount of money of zero or more, got "-1"'],
    [{ exposure: '1e400' }, 'exposure', 'must be an amount of money, got "1e400"'],
    [{ exposure: 1e20 }, 'exposure', 'must be an amount of money within ±90071992547409.91, got 100000000000000000000'],
    [{ exposure: Number.NaN }, 'exposure', 'must be an amount of money, got NaN'],
    [{ exposure: true }, 'exposure', 'must be an amount of money, got true'],
    [{ exposure: '1', rate: '7.95' }, 'rate', 'must be a rate written as a fraction (7.95% is "0.0795"), got "7.95"'],
    [{ exposure: '1', rate: '-0.01' }, 'rate', 'must be a rate of zero or more, got "-0.01"'],
    [{ exposure: '1', rate: 'x' }, 'rate', 'must be a rate (a decimal string like "0.0795" or a number), got "x"'],
    [{ exposure: '1', factor: '11' }, 'factor', 'must be a factor of at most 10, got "11"'],
    [{ exposure: '1', weight: '-2' }, 'weight', 'must be a number of zero or more, got "-2"'],
    [{ exposure: '1', date: '2019-02-30' }, 'date', 'must be a calendar date written YYYY-MM-DD, got "2019-02-30"'],
    [{ exposure: '1', year: 2024.5 }, 'year', 'must be a calendar year such as 2024, got 2024.5'],
    [{ exposure: '1', count: 0 }, 'count', 'must be a count from 1 to 10, got 0'],
    [{ exposure: '1', level: 'medium' }, 'level', `must be one of 'low', 'high', got "medium"`],
    [{ exposure: '1', memberId: '' }, 'memberId', 'must be a member id (a non-empty string), got ""'],
    [{ exposure: '1', cls: 8810 }, 'cls', 'must be a four-digit class code written as text (e.g. "8810"), got 8810'],
    [{ exposure: '1', on: 'yes' }, 'on', 'must be true or false, got "yes"'],
    [{ exposure: '1', list: {} }, 'list', 'must be a list, got an object'],
    [{ exposure: '1', nested: [] }, 'nested', 'must be an object with named fields, got a list'],
    [{ exposure: '1', nested: { n: 'x', s: 1 } }, 'nested.n', 'must be a number, got "x"'],
    [{ exposure: '1', nested: { n: 1, s: 1 } }, 'nested.s', 'must be a string, got 1'],
    [{}, 'exposure', 'is required'],
    [{ exposure: '1', typo: 1 }, 'typo', 'has unknown field "typo"'],
    [{ exposure: '1', typo: 1, other: 2 }, 'other', 'has unknown field "other"'],
  ];
  it('every generic message, word for word, at its path', () => {
    const got = WORDING.map(([input, path]) =>
      issueFor(input)
        .map((i) => [i.path.length === 0 ? 'input' : i.path.join('.'), i.message] as const)
        .find(([p]) => p === path),
    );
    expect(got).toEqual(WORDING.map(([, path, message]) => [path, message]));
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
    expect(err.message).toBe('Invalid input: options.explain: must be true or false, got 1');
  });

  it('other zod failures keep the message the schema gives', () => {
    const arr = z.array(z.number()).check(z.minLength(1, 'must list at least one number'));
    expect(expectWcraError(() => parseWith(arr, []), 'INVALID_INPUT').issues[0]?.message).toBe('must list at least one number');
  });
});
