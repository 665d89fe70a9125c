// Vitest configuration for mutation testing (npm run mutation): the unit and property tests,
// without the fuzz suite, the documentation snippets and the CLI tests (they exercise the same
// code through slower paths and kill no additional mutants of note), with fewer property runs.
import { mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(base, {
  test: {
    exclude: ['test/fuzz/fuzz.test.ts', 'test/docs/**', 'test/cli/**', 'test/package/**', '**/node_modules/**'],
    coverage: { enabled: false },
  },
});
