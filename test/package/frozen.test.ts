// Rule 4 / issue 14 item 7: every exported constant of the package is deeply frozen, so no
// caller can change the library's tables, lists or examples, and results never move.
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { reinsurancePremium, WcraError } from '../../src/index.js';
import { expectIssues } from '../helpers.js';

/** A zod schema (`_zod` internals): zod keeps lazy caches on it, so it is not frozen. */
function isSchema(value: unknown): boolean {
  return value !== null && typeof value === 'object' && '_zod' in value;
}

const seed = () => reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'insurer' }).premium;

/** Every object reachable from `value` (through own data properties), but zod schemas. */
function objectsOf(value: unknown, path: string, out: Array<[string, object]> = [], seen = new Set<unknown>()): Array<[string, object]> {
  if (value === null || typeof value !== 'object' || seen.has(value) || isSchema(value)) return out;
  seen.add(value);
  out.push([path, value]);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) objectsOf(d.value, `${path}.${String(key)}`, out, seen);
  }
  return out;
}

/** Tries every change to `obj`; returns the ones that took effect. */
function tamper(obj: object): string[] {
  const took: string[] = [];
  const o = obj as Record<PropertyKey, unknown>;
  const attempt = (what: string, fn: () => void, changed: () => boolean) => {
    try {
      fn();
    } catch {
      // a frozen object refuses in strict mode
    }
    if (changed()) took.push(what);
  };
  for (const key of Reflect.ownKeys(obj)) {
    const before = o[key];
    attempt(
      `set ${String(key)}`,
      () => {
        o[key] = typeof before === 'string' ? '0.5' : 'tampered';
      },
      () => o[key] !== before,
    );
    attempt(
      `delete ${String(key)}`,
      () => {
        delete o[key];
      },
      () => !Object.hasOwn(obj, key),
    );
  }
  attempt(
    'add a field',
    () => {
      o.tampered = 1;
    },
    () => Object.hasOwn(obj, 'tampered'),
  );
  if (Array.isArray(obj)) {
    const n = obj.length;
    attempt(
      'push',
      () => obj.push('mega'),
      () => obj.length !== n,
    );
    attempt(
      'length',
      () => {
        obj.length = 0;
      },
      () => obj.length !== n,
    );
  }
  attempt(
    'prototype',
    () => Object.setPrototypeOf(obj, null),
    () => Object.getPrototypeOf(obj) === null,
  );
  return took;
}

const VALUES = Object.entries(lib).filter(([, v]) => typeof v !== 'function');

describe('rule 4: exported constants are deeply frozen', () => {
  it('the seed result before any tampering (PRM-2: 12,000,000 × 0.0795)', () => {
    expect(seed()).toBe('954000.00');
  });

  it('only schemas are exempt, and they are named so', () => {
    const exempt = VALUES.filter(([, v]) => isSchema(v)).map(([k]) => k);
    for (const name of exempt) expect(name).toMatch(/Schema$/);
    expect(VALUES.length - exempt.length).toBeGreaterThan(30);
  });

  it.each(VALUES.filter(([, v]) => !isSchema(v) && typeof v === 'object'))('%s is deeply frozen and cannot be changed', (name, value) => {
    const objects = objectsOf(value, name);
    for (const [path, obj] of objects) {
      expect(Object.isFrozen(obj), path).toBe(true);
      expect(tamper(obj), path).toEqual([]);
    }
    expect(seed()).toBe('954000.00');
  });

  it('the issue 14 cases: RATE_TABLE 2022 low and MEMBER_TYPES.push("mega")', () => {
    const entry = lib.RATE_TABLE.find((e) => e.year === 2022) as { low: string };
    expect(() => {
      entry.low = '0.5';
    }).toThrow(TypeError);
    expect(() => (lib.MEMBER_TYPES as unknown as string[]).push('mega')).toThrow(TypeError);
    expect(() => (lib.WCRA_ERROR_CODES as unknown as string[]).push('INTERNAL')).toThrow(TypeError);
    expect(seed()).toBe('954000.00');
    expectIssues(
      () => reinsurancePremium({ exposure: '12000000', year: 2022, level: 'low', memberType: 'mega' as never }),
      [{ path: ['memberType'], code: 'not_one_of' }],
    );
    expect(new WcraError('INVALID_INPUT', 'x').code).toBe('INVALID_INPUT');
  });
});
