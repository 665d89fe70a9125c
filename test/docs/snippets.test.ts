// Every code block in README.md, docs/*.md and every TSDoc @example in src/ runs here.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listFiles, markdownSnippets, type Snippet, toAssertions, tsdocSnippets } from './snippets.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'test', '.snippets', String(process.pid));

const snippets: Snippet[] = [
  ...markdownSnippets(root, 'README.md'),
  ...listFiles(root, 'docs', '.md').flatMap((f) => markdownSnippets(root, f)),
  ...listFiles(root, 'src', '.ts').flatMap((f) => tsdocSnippets(root, f)),
];

function expectEqual(actual: unknown, expected: unknown, where: string): void {
  expect(actual, where).toStrictEqual(expected);
}
(globalThis as { __expect?: typeof expectEqual }).__expect = expectEqual;

describe('documentation code blocks run', () => {
  it('finds code blocks to run', () => {
    expect(snippets.length).toBeGreaterThan(3);
  });

  it.each(snippets.map((s) => [`${s.file}:${s.line}`, s] as const))('%s', async (_name, snippet) => {
    mkdirSync(outDir, { recursive: true });
    const name = `${snippet.file.replace(/[^a-zA-Z0-9]+/g, '_')}_${snippet.line}.ts`;
    const path = join(outDir, name);
    const header = 'declare const __expect: (actual: unknown, expected: unknown, where: string) => void;\n';
    writeFileSync(path, `${header}${toAssertions(snippet)}\nexport {};\n`);
    try {
      await import(pathToFileURL(path).href);
    } finally {
      rmSync(path, { force: true });
    }
  });
});

describe('the snippet transform', () => {
  it('turns result comments into assertions', () => {
    const code = toAssertions({ file: 'x.md', line: 1, code: "f(1) //=> '2'\nconst a = 1;\ng(a)\n//=> { b: 1 }" });
    expect(code).toBe('__expect(f(1), \'2\', "x.md:2");\nconst a = 1;\n__expect(g(a), { b: 1 }, "x.md:5");');
  });
});
