// Benchmark: `wcra-calc run <function> --batch FILE.jsonl` over 100,000 and 1,000,000 lines.
// Streams in constant memory: peak RSS must not grow with the file (issue 10). Records wall time
// and peak RSS of the CLI process. Run: npm run bench -- cli-batch  (or node .ci/run-ts.mjs bench cli-batch)
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve('dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'wcra-batch-'));

async function writeFile(lines: number): Promise<string> {
  const file = join(dir, `batch-${lines}.jsonl`);
  const out = createWriteStream(file);
  for (let i = 0; i < lines; i++) {
    const premium = {
      exposure: `${(i % 50_000_000) + 1000}.${String(i % 100).padStart(2, '0')}`,
      year: 2016 + (i % 10),
      level: 'low',
      memberType: i % 3 === 0 ? 'self-insurer' : 'insurer',
    };
    if (!out.write(`${JSON.stringify(premium)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return file;
}

const rssProbe = 'data:text/javascript,process.on("exit",()=>process.stderr.write("RSS "+process.resourceUsage().maxRSS+"\\n"))';

function run(file: string): { seconds: number; rssMiB: number; status: number | null } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', rssProbe, cli, 'run', 'reinsurancePremium', '--batch', file], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = Number(/RSS (\d+)/.exec(r.stderr ?? '')?.[1] ?? Number.NaN);
  return { seconds, rssMiB: kb / 1024, status: r.status };
}

const results: Array<{ lines: number; seconds: number; rssMiB: number }> = [];
for (const lines of [100_000, 1_000_000]) {
  const file = await writeFile(lines);
  const r = run(file);
  if (r.status !== 0) {
    console.error(`batch of ${lines} lines exited ${r.status}`);
    process.exitCode = 1;
  }
  results.push({ lines, seconds: r.seconds, rssMiB: r.rssMiB });
  console.log(
    `${lines.toLocaleString('en-US')} lines: ${r.seconds.toFixed(1)} s, ${Math.round(lines / r.seconds).toLocaleString('en-US')} lines/s, peak RSS ${r.rssMiB.toFixed(0)} MiB`,
  );
}
rmSync(dir, { recursive: true, force: true });
const [small, large] = results;
if (small !== undefined && large !== undefined) {
  const growth = large.rssMiB / small.rssMiB;
  console.log(`peak RSS ratio 1,000,000 / 100,000 lines: ${growth.toFixed(2)} (constant memory: well under 10×)`);
  if (growth > 2) {
    console.error('peak RSS grows with the batch size: the batch is not streamed');
    process.exitCode = 1;
  }
}
console.log(`Node ${process.version}, ${process.platform} ${process.arch}`);
