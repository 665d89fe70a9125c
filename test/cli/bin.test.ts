// The built executable (dist/cli.js) when its output cannot be written (issue 14 item 11): a full
// disk is one line on standard error and exit code 2; a closed pipe ends quietly with exit code 0.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const seed = '{"exposure":"12000000","year":2022,"level":"low","memberType":"insurer"}';
const full = existsSync('/dev/full');

function needsBuild(): void {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
}

/** Runs the CLI with standard output on /dev/full (every write fails with ENOSPC). */
function toFullDisk(args: string[], input = '') {
  const fd = openSync('/dev/full', 'w');
  try {
    const r = spawnSync(process.execPath, [cli, ...args], { input, stdio: ['pipe', fd, 'pipe'], encoding: 'utf8' });
    return { code: r.status, err: r.stderr };
  } finally {
    closeSync(fd);
  }
}

/** Runs the CLI with standard output a pipe that is closed before it writes. */
function toClosedPipe(args: string[], input = ''): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += String(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
    child.stdin.end(input);
  });
}

const commands: ReadonlyArray<readonly [string, string[], string]> = [
  ['list', ['list'], ''],
  ['schema', ['schema'], ''],
  ['schema <function>', ['schema', 'reinsurancePremium'], ''],
  ['run', ['run', 'reinsurancePremium'], seed],
  ['run --batch -', ['run', 'reinsurancePremium', '--batch', '-'], `${seed}\n${seed}\n`],
  ['conformance', ['conformance'], ''],
];

describe.runIf(full)('wcra-calc on a full disk', () => {
  it.each(commands)('%s: one line on stderr, exit code 2', (_name, args, input) => {
    needsBuild();
    const r = toFullDisk(args, input);
    expect(r.code).toBe(2);
    expect(r.err.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(r.err).toMatch(/^wcra-calc: cannot write the output: .*ENOSPC/);
  });
});

describe('wcra-calc into a closed pipe', () => {
  it.each(commands)('%s: quiet, exit code 0', async (_name, args, input) => {
    needsBuild();
    const r = await toClosedPipe(args, input);
    expect(r).toEqual({ code: 0, err: '' });
  });
});
