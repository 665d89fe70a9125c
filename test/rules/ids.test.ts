// RULE_IDS (src/rules/ids.ts) is the typed list of RULES.md's IDs. RULES.md lives beside the
// repository (../shared/domain/RULES.md on the project's machines): where it is present, the two
// lists must be equal, in order; a clean clone without it skips the comparison.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../src/rules/ids.js';

const RULES_MD = fileURLToPath(new URL('../../../shared/domain/RULES.md', import.meta.url));

describe('RULE_IDS', () => {
  it('is frozen, each ID once, each of the form FAMILY-n', () => {
    expect(Object.isFrozen(RULE_IDS)).toBe(true);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^(GEN|RET|CLM|PRM|BIL|SI|USR|BEN)-[1-9]\d*$/);
  });

  it.runIf(existsSync(RULES_MD))('equals the IDs of RULES.md, in its order', () => {
    const ids = [...readFileSync(RULES_MD, 'utf8').matchAll(/^- ((?:GEN|RET|CLM|PRM|BIL|SI|USR|BEN)-\d+) /gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(60);
    expect([...RULE_IDS]).toEqual(ids);
  });
});
