// Vitest configuration for mutation testing (npm run mutation): the unit and property tests,
// without the fuzz suite, the documentation snippets and the CLI tests (they exercise the same
// code through slower paths and kill no additional mutants of note), with fewer property runs.
// The all-zones test is left out too: Stryker's runner runs the tests in worker threads, where
// assigning process.env.TZ does not change the zone (its premise check fails), and it compares
// every zone with the UTC answers that the unit tests already pin.
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(base, {
  test: {
    exclude: [
      'test/fuzz/fuzz.test.ts',
      'test/core/all-zones.test.ts',
      'test/docs/**',
      'test/cli/**',
      'test/package/**',
      '**/node_modules/**',
    ],
    coverage: { enabled: false },
  },
});
