// One snapshot of the printed worksheet of every calculator that explains, from its definition's
// example (issue 13 item 4). The wording of each step is checked here and only here: other trace
// tests compare rule IDs and values (`stepValues` in test/helpers.ts). After a deliberate change
// of wording, update with `npx vitest run --config test/vitest.config.ts test/worksheets.test.ts -u`.
import { describe, expect, it } from 'vitest';
import { CALCULATORS } from '../src/calculators.js';
import { formatWorksheet, type TraceStep } from '../src/index.js';

const explaining = CALCULATORS.filter((d) => d.explains);

describe('the worksheet of each calculator, from its example', () => {
  it('covers every calculator that explains', () => {
    expect(explaining.length).toBeGreaterThan(40);
  });

  it.each(explaining.map((d) => [d.name, d] as const))('%s', (_name, def) => {
    const result = def.run(def.example, { ...(def.exampleOptions as object), explain: true }) as {
      readonly steps?: ReadonlyArray<TraceStep>;
    };
    expect(formatWorksheet(result.steps ?? [])).toMatchSnapshot();
  });
});
