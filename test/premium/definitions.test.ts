// GEN: every premium and billing definition cites exactly its declared rules when explaining its example.
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators.js';

const mine = CALCULATORS.filter((d) => d.feature === 'premium' || d.feature === 'billing');

describe('premium and billing definitions', () => {
  it('there are definitions to check', () => {
    expect(mine.length).toBeGreaterThan(0);
  });

  it.each(mine.map((d) => [d.name, d] as const))('%s: the example explains with exactly the declared rules', (_name, d) => {
    const r = d.run(d.example, { ...(d.exampleOptions as object), explain: true }) as { steps?: ReadonlyArray<{ rule: string }> };
    expect(d.explains).toBe(true);
    const cited = new Set((r.steps ?? []).map((s) => s.rule));
    const uncited = Object.keys(d.uncitedRules);
    for (const rule of cited) expect(d.rules).toContain(rule);
    expect([...d.rules].filter((rule) => !cited.has(rule)).sort()).toStrictEqual(uncited.sort());
  });

  it.each(mine.map((d) => [d.name, d] as const))('%s: the example runs without explain and has no steps', (_name, d) => {
    expect('steps' in (d.run(d.example, d.exampleOptions) as object)).toBe(false);
  });
});
