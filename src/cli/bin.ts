#!/usr/bin/env node
// The `wcra-calc` executable.
import process from 'node:process';
import { main } from './main.js';

// A closed pipe (`wcra-calc run … | head`) ends the command quietly, as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${JSON.stringify({ error: { code: 'INTERNAL', message: String(error), issues: [] } })}\n`);
    process.exitCode = 2;
  },
);
