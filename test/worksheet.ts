// The printed worksheet of a calculator's own example (issue 13 item 4). Each calculator's test
// file pins it with one `toMatchInlineSnapshot`; test/worksheets.test.ts checks that every
// calculator that explains has exactly one. After a deliberate change of wording, update with
// `npx vitest run --config test/vitest.config.ts -u`.
import type { CalculatorDefinition } from '../src/core/calculator.js';
import { formatWorksheet, type TraceStep } from '../src/core/trace.js';

/** Runs a definition's example with `{ explain: true }` and prints its worksheet. */
export function exampleWorksheet(definition: Pick<CalculatorDefinition, 'example' | 'exampleOptions' | 'run'>): string {
  const result = definition.run(definition.example, {
    ...(definition.exampleOptions as object),
    explain: true,
  }) as { readonly steps?: ReadonlyArray<TraceStep> };
  return formatWorksheet(result.steps ?? []);
}
