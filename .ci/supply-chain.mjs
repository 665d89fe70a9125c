#!/usr/bin/env node
// Supply-chain checks (in `npm test`): runtime dependencies are exactly decimal.js and zod; the package has no install scripts; `npm audit --omit=dev` reports nothing. The audit is
// skipped, with the reason printed, when the registry's audit service does not answer.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
let failed = 0;
const fail = (message) => {
  failed++;
  console.error(`FAIL ${message}`);
};

const deps = Object.keys(pkg.dependencies ?? {}).sort();
if (JSON.stringify(deps) !== JSON.stringify(['decimal.js', 'zod']))
  fail(`runtime dependencies are ${deps.join(', ')}; expected decimal.js, zod`);
else console.log('ok   runtime dependencies: decimal.js, zod');
for (const key of ['optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
  if (pkg[key] !== undefined && Object.keys(pkg[key]).length > 0) fail(`package.json has ${key}`);
}
const installScripts = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack'].filter(
  (s) => pkg.scripts?.[s] !== undefined,
);
if (installScripts.length > 0) fail(`install-time scripts: ${installScripts.join(', ')}`);
else console.log('ok   no install scripts');

const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
let report;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}
const vulns = report?.metadata?.vulnerabilities;
if (vulns === undefined) {
  const why =
    (report?.message ?? report?.error?.summary ?? audit.stderr ?? audit.error?.message ?? 'no answer')
      .toString()
      .split('\n')
      .find((l) => l.trim() !== '' && !l.includes('nodedir')) ?? 'no answer';
  console.log(`skip npm audit --omit=dev: the registry's audit service did not answer (${why.trim()})`);
} else {
  const total = Object.values(vulns).reduce((a, b) => a + b, 0);
  if (total > 0) fail(`npm audit --omit=dev reports ${total} vulnerabilities: ${JSON.stringify(vulns)}`);
  else console.log('ok   npm audit --omit=dev: no vulnerabilities');
}
console.log(`supply chain: ${failed === 0 ? 'passed' : `${failed} failed`}`);
process.exit(failed === 0 ? 0 : 1);
