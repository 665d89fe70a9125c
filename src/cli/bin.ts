#!/usr/bin/env node
// The `wcra-calc` executable.
import process from 'node:process';
import { main } from './main.js';

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${JSON.stringify({ error: { code: 'INTERNAL', message: String(error), issues: [] } })}\n`);
    process.exitCode = 2;
  },
);
