import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: dual ESM + CommonJS with declarations for both.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    treeshake: true,
    splitting: false,
    target: 'node20',
    outDir: 'dist',
  },
  {
    // The command line (ESM only, not part of the API).
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    target: 'node20',
    outDir: 'dist',
  },
  {
    // The build-time schema writer: built outside dist/ (it is not shipped), run once to write
    // the JSON Schemas that are.
    entry: { schemas: 'src/cli/schemas.ts' },
    format: ['esm'],
    dts: false,
    clean: true,
    sourcemap: false,
    splitting: false,
    target: 'node20',
    outDir: '.build',
    async onSuccess() {
      const { writeSchemas } = (await import(pathToFileURL('.build/schemas.js').href)) as { writeSchemas: (dir: string) => string[] };
      const names = writeSchemas('dist/schemas');
      console.log(`JSON Schemas written for ${names.length} functions to dist/schemas/`);
    },
  },
]);
