// Builds the calculators page (examples/web) into site/web, from the BUILT package (dist/): run
// `npm run build` first (`npm run web:build` does). `npm run web` builds and serves it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  resolve: { alias: { 'wcra-calc': fileURLToPath(new URL('../../dist/index.js', import.meta.url)) } },
  build: { outDir: fileURLToPath(new URL('../../site/web', import.meta.url)), emptyOutDir: true, target: 'es2022' },
  preview: { port: 4173, strictPort: false },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
});
