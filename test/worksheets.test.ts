// Issue 13 item 4: the printed worksheet of every calculator that explains is pinned by exactly one
// inline snapshot (`toMatchInlineSnapshot`) in that calculator's own test file, of its definition's
// example (`exampleWorksheet` in test/worksheet.ts). The wording of each step is checked there and
// only there: other trace tests compare rule IDs and values (`stepValues` in test/helpers.ts).
// After a deliberate change of wording, update with `npx vitest run --config test/vitest.config.ts -u`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../src/calculators.js';

const explaining = CALCULATORS.filter((d) => d.explains);

const testFile = (feature: string, name: string): string => readFileSync(new URL(`./${feature}/${name}.test.ts`, import.meta.url), 'utf8');

describe('issue 13 item 4: one inline worksheet snapshot per calculator that explains', () => {
  it('covers every calculator that explains', () => {
    expect(explaining.length).toBeGreaterThan(40);
  });

  it.each(explaining.map((d) => [d.name, d.feature] as const))('%s', (name, feature) => {
    const source = testFile(feature, name);
    const pinned = source.match(new RegExp(`exampleWorksheet\\(${name}Definition\\)\\)\\.toMatchInlineSnapshot\\(`, 'g'));
    expect(pinned?.length).toBe(1);
    expect(source.match(/toMatchInlineSnapshot\(\)/g)).toBeNull();
  });
});
