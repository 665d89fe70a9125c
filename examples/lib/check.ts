// The examples' one way to check a documented figure: print it, and on a difference print both
// and make the script exit 1 (`npm run examples` fails). Imported by the example scripts; not run
// on its own (only examples/*.ts are scripts).
import process from 'node:process';
import { formatWorksheet, type TraceStep } from 'wcra-calc';

let failures = 0;

/** Compares a computed figure with the documented one (as JSON). */
export function check(label: string, actual: unknown, expected: unknown): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a === e) {
    console.log(`  ok        ${label}: ${a}`);
  } else {
    failures++;
    process.exitCode = 1;
    console.log(`  MISMATCH  ${label}: got ${a}, expected ${e}`);
  }
}

/** Prints an explain trace as a worksheet under a title. */
export function sheet(title: string, steps: ReadonlyArray<TraceStep> | undefined): void {
  console.log(`\n## ${title}\n`);
  console.log(formatWorksheet(steps ?? []));
  console.log('');
}

/** The closing line: all figures match, or how many differ. */
export function summary(): void {
  console.log(failures === 0 ? '\nAll figures match.' : `\n${failures} figure(s) differ.`);
}
