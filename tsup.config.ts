import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * The CLI imports the library only as `../index.js` (src/cli/*.ts); in the built CLI that import
 * is the package's own entry, `./index.js` beside `dist/cli.js`, kept external so the CLI runs
 * the very library the package ships instead of bundling a second copy of it.
 */
const cliUsesOwnEntry: Plugin = {
  name: 'cli-uses-own-entry',
  setup(build) {
    const cliDir = resolve('src/cli');
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      resolve(args.resolveDir) === cliDir ? { path: './index.js', external: true } : undefined,
    );
  },
};

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
    esbuildPlugins: [cliUsesOwnEntry],
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
      const { writeSchemas, schemaNames } = (await import(pathToFileURL('.build/schemas.js').href)) as {
        writeSchemas: (dir: string, docs: unknown) => string[];
        schemaNames: () => string[];
      };
      // Each field's description is its TSDoc, read from the source (issue 13 item 5).
      const { fieldDocs } = (await import(pathToFileURL('scripts/field-docs.mjs').href)) as {
        fieldDocs: (root: string, names: string[]) => unknown;
      };
      const names = writeSchemas('dist/schemas', fieldDocs('.', schemaNames()));
      console.log(`JSON Schemas written for ${names.length} functions to dist/schemas/`);
    },
  },
]);
