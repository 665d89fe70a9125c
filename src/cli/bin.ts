#!/usr/bin/env node
// The `wcra-calc` executable.
import { writeSync } from 'node:fs';
import process from 'node:process';
import { main } from './main.js';

/** Writes one line on standard error, directly (the stderr stream may be the one that failed). */
function sayOnce(line: string): void {
  try {
    writeSync(2, `wcra-calc: ${line}\n`);
  } catch {
    // Standard error cannot be written either: the exit code is all that is left.
  }
}

/**
 * Ends the command after a failure outside the calculators. A closed pipe (`wcra-calc run … |
 * head`) ends quietly with the exit code so far, as other Unix tools do; any other write failure
 * (a full disk, …) is one line on standard error and exit code 2; so is an unexpected error.
 */
function fail(error: unknown): never {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const message = e instanceof Error ? e.message : String(error);
  sayOnce(e?.syscall === 'write' ? `cannot write the output: ${message}` : `unexpected error: ${message}`);
  process.exit(2);
}

for (const stream of [process.stdout, process.stderr]) stream.on('error', fail);

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then((code) => {
  process.exitCode = code;
}, fail);
