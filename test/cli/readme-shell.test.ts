// The README's shell examples run against the built CLI (dist/cli.js): each ```sh block's
// commands are executed with `npx wcra-calc` replaced by `node dist/cli.js`, and the output must
// equal the block's `#>` lines.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(`${root}/README.md`, 'utf8');
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((b) => b.includes('#> '));

describe('README shell examples', () => {
  it('has shell examples with expected output', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((b, i) => [i, b] as const))('block %i prints what the README says', (_i, block) => {
    const cli = `${root}/dist/cli.js`;
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: `npm test` builds before the unit tests; run `npm run build`.');
    const lines = block.split('\n');
    const script = lines
      .filter((l) => !l.startsWith('#>'))
      .join('\n')
      .replaceAll('npx wcra-calc', `node ${cli}`);
    const expected = lines
      .filter((l) => l.startsWith('#>'))
      .map((l) => l.replace(/^#> ?/, ''))
      .join('\n');
    const out = execFileSync('bash', ['-c', script], { cwd: root, encoding: 'utf8' });
    expect(out.trimEnd()).toBe(expected);
  });
});
