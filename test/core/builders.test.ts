import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { MESSAGES } from '../../src/core/issues.js';
import { jsonSchemaOf } from '../../src/core/json-schema.js';
import {
  cents,
  classCode,
  decimalLike,
  duplicateIssues,
  ExplainOptionsSchema,
  flag,
  id,
  integer,
  isoDate,
  money,
  nonEmptyList,
  oneOf,
  parseWith,
  text,
  variants,
  year,
} from '../../src/core/schema.js';
import { expectWcraError } from '../helpers.js';

const messageOf = (schema: z.ZodMiniType, input: unknown) => expectWcraError(() => parseWith(schema, input), 'INVALID_INPUT').issues[0];

describe('GEN-1 cents: the one whole-cents schema', () => {
  it('accepts whole cents, rejects fractions of a cent, negatives (by default) and non-money', () => {
    expect(parseWith(cents(), '12.34')).toBe(1234);
    expect(parseWith(cents(), 12.3)).toBe(1230);
    expect(parseWith(cents({ nonNegative: false }), '-0.05')).toBe(-5);
    expect(messageOf(cents(), '0.005')?.code).toBe('too_many_decimals');
    expect(messageOf(cents(), '-1')?.code).toBe('out_of_range');
    expect(messageOf(cents({ noun: 'a payment' }), 'abc')?.code).toBe('not_money');
    expect(messageOf(cents(), undefined)?.code).toBe('required');
  });
});

describe('shared builders', () => {
  it('text, flag, oneOf, nonEmptyList', () => {
    expect(parseWith(text(), 'x')).toBe('x');
    expect(messageOf(text(), 1)).toMatchObject({ path: [], code: 'wrong_type' });
    expect(messageOf(flag(), 'yes')).toMatchObject({ path: [], code: 'wrong_type' });
    expect(parseWith(oneOf(['a', 'b']), 'b')).toBe('b');
    expect(messageOf(oneOf(['a', 'b']), 'c')).toMatchObject({ path: [], code: 'not_one_of', message: MESSAGES.oneOf(['a', 'b'], '"c"') });
    expect(messageOf(nonEmptyList(text(), 'label'), [])).toMatchObject({
      path: [],
      code: 'empty_list',
      message: MESSAGES.emptyList('label'),
    });
    expect(parseWith(nonEmptyList(text(), 'label'), ['x'])).toEqual(['x']);
  });

  it('duplicateIssues names every repeat with its path', () => {
    const rows = [{ classCode: '8810' }, { classCode: '7380' }, { classCode: '8810' }, { classCode: '8810' }];
    expect(duplicateIssues(rows, 'payroll', 'classCode', 'class')).toEqual([
      { path: ['payroll', 2, 'classCode'], code: 'duplicate', message: MESSAGES.listedTwice('class', '8810') },
      { path: ['payroll', 3, 'classCode'], code: 'duplicate', message: MESSAGES.listedTwice('class', '8810') },
    ]);
    expect(duplicateIssues([{ memberId: 'A' }, { memberId: 'A' }], 'members', 'memberId')).toEqual([
      { path: ['members', 1, 'memberId'], code: 'duplicate', message: MESSAGES.listedTwice('memberId', 'A') },
    ]);
    expect(duplicateIssues([], 'x', 'y' as never)).toEqual([]);
  });

  it('variants: the field picks the branch; issues keep their paths', () => {
    const schema = variants('kind', {
      a: z.strictObject({ kind: oneOf(['a']), n: integer(1, 5) }),
      b: z.strictObject({ kind: oneOf(['b']), s: text() }),
    });
    expect(parseWith(schema, { kind: 'a', n: 2 })).toEqual({ kind: 'a', n: 2 });
    expect(messageOf(schema, null)).toMatchObject({ path: [], code: 'wrong_type' });
    expect(messageOf(schema, [])).toMatchObject({ path: [], code: 'wrong_type' });
    expect(messageOf(schema, {})).toMatchObject({ path: ['kind'], code: 'required' });
    expect(messageOf(schema, { kind: 'c' })).toMatchObject({
      path: ['kind'],
      code: 'not_one_of',
      message: MESSAGES.oneOf(['a', 'b'], '"c"'),
    });
    expect(messageOf(schema, { kind: 'toString' })?.path).toEqual(['kind']);
    expect(messageOf(schema, { kind: 'b', s: 1 })).toMatchObject({ path: ['s'], code: 'wrong_type' });
    expect(messageOf(schema, { kind: 'a', n: 9, x: 1 })?.path).toEqual(['n']);
  });

  it('ExplainOptionsSchema accepts only explain', () => {
    expect(parseWith(ExplainOptionsSchema, { explain: true })).toEqual({ explain: true });
    expect(messageOf(ExplainOptionsSchema, { explain: true, other: 1 })).toMatchObject({ path: ['other'], code: 'unknown_field' });
  });
});

describe('JSON Schema of the custom fields', () => {
  it('describes every tagged builder by its JSON form', () => {
    const schema = z.strictObject({
      m: money(),
      n: money({ nonNegative: true }),
      c: cents(),
      r: decimalLike({ max: 1, noun: 'a rate', nonNegative: true }),
      d: isoDate(),
      y: year(),
      i: integer(1, 10),
      e: oneOf(['x', 'y']),
      f: flag(),
      t: text(),
      k: classCode(),
      id: id(),
      v: z.optional(variants('kind', { a: z.strictObject({ kind: oneOf(['a']) }) })),
    });
    const json = jsonSchemaOf(schema) as { properties: Record<string, Record<string, unknown>>; required: string[] };
    const p = json.properties;
    const [mStr, mNum] = (p.m as { anyOf: Array<Record<string, unknown>> }).anyOf;
    expect(mStr).toMatchObject({ type: 'string', maxLength: 40 });
    expect(mNum).toEqual({ type: 'number', minimum: -90071992547409.91, maximum: 90071992547409.91 });
    expect((p.n as { anyOf: unknown[] }).anyOf[1]).toEqual({ type: 'number', minimum: 0, maximum: 90071992547409.91 });
    expect(p.c?.description).toMatch(/^A non-negative amount of money in whole cents/);
    expect((p.c as { anyOf: unknown[] }).anyOf[1]).toMatchObject({ type: 'number', minimum: 0, multipleOf: 0.01 });
    expect(p.r?.description).toBe('A rate: a plain decimal string ("0.0795") or a number.');
    expect((p.r as { anyOf: unknown[] }).anyOf[1]).toEqual({ type: 'number', minimum: 0, maximum: 1 });
    expect(p.d).toMatchObject({ type: 'string', format: 'date' });
    expect(p.y).toEqual({ type: 'integer', minimum: 1900, maximum: 2200 });
    expect(p.i).toEqual({ type: 'integer', minimum: 1, maximum: 10 });
    expect(p.e).toEqual({ type: 'string', enum: ['x', 'y'] });
    expect(p.f).toEqual({ type: 'boolean' });
    expect(p.t).toEqual({ type: 'string' });
    expect(p.k).toMatchObject({ type: 'string', pattern: '^\\d{4}$' });
    expect(p.id).toEqual({ type: 'string', minLength: 1, maxLength: 200 });
    expect((p.v as { oneOf: Array<Record<string, unknown>> }).oneOf[0]).toMatchObject({ type: 'object', required: ['kind'] });
    expect(json.required).not.toContain('v');
  });
});
