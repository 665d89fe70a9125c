// Hostile objects against every calculator (issue 14 item 10): a revoked Proxy, a getter that
// throws, a getter that answers differently on a second read. Each input is read once, by the
// checked shell; anything the input throws while being read is INVALID_INPUT `unreadable` naming
// the field. RULES: GEN-1
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators.js';
import { isWcraError } from '../../src/index.js';
import { expectIssues, expectWcraError } from '../helpers.js';

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const firstField = (example: unknown): string => Object.keys(example as object)[0] as string;

describe.each(CALCULATORS.map((d) => [d.name, d] as const))('%s with hostile objects', (_name, def) => {
  it('a revoked Proxy as the input, as the options or as a field is INVALID_INPUT unreadable, never a TypeError', () => {
    const field = firstField(def.example);
    expectIssues(() => def.run(revoked()), [{ path: [], code: 'unreadable' }]);
    expectIssues(() => def.run(def.example, revoked()), [{ path: ['options'], code: 'unreadable' }]);
    // As a field: unreadable where an object is read, the field's own type issue where it is not.
    const err = expectWcraError(() => def.run({ ...(def.example as object), [field]: revoked() }), 'INVALID_INPUT');
    expect(err.issues.map((i) => i.path[0])).toContain(field);
  });

  it('a getter that throws is INVALID_INPUT unreadable at its field', () => {
    const field = firstField(def.example);
    const input = { ...(def.example as object) };
    Object.defineProperty(input, field, {
      enumerable: true,
      get() {
        throw new Error('disk on fire');
      },
    });
    expectIssues(() => def.run(input), [{ path: [field], code: 'unreadable' }]);
  });

  it('each field is read once: a getter that changes its answer after the first read gives the plain result', () => {
    const field = firstField(def.example);
    const plain = def.run(def.example, def.exampleOptions);
    let reads = 0;
    const input = { ...(def.example as object) };
    const value = (def.example as Record<string, unknown>)[field];
    Object.defineProperty(input, field, {
      enumerable: true,
      get() {
        reads++;
        return reads === 1 ? value : null;
      },
    });
    expect(def.run(input, def.exampleOptions)).toEqual(plain);
    expect(reads).toBe(1);
  });
});

describe('isWcraError with hostile objects', () => {
  it('answers false for a revoked Proxy and a throwing getter, without throwing', () => {
    expect(isWcraError(revoked())).toBe(false);
    const sneaky = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('no');
      },
    });
    expect(isWcraError(sneaky)).toBe(false);
  });
});
