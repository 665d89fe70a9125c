// The browser test of the calculators page (examples/web), run by `npm run test:web` after
// `npm run web:build`: separate from the unit tests (no coverage, one Chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/web/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
