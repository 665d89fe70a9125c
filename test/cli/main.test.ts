// The wcra-calc command line, driven in-process with fake streams.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/cli/catalog.js';
import { main } from '../../src/cli/main.js';
import { schemaFileText } from '../../src/cli/schemas.js';

/** From the sources there is no dist/schemas/: the files are computed as the build writes them. */
function readSchema(file: string): string {
  const [name, kind] = file.replace(/\.json$/, '').split('.');
  const entry = CATALOG.find((e) => e.name === name);
  if (entry === undefined) throw new Error(`no schema file ${file}`);
  return schemaFileText(entry, kind === 'options' ? 'options' : 'input');
}

function sink(tty = false) {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = tty;
  return { stream, text: () => text };
}

async function run(args: string[], stdinText = '', ttyErr = false) {
  const out = sink();
  const err = sink(ttyErr);
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const code = await main(args, { stdout: out.stream, stderr: err.stream, stdin }, { readSchema });
  return { code, out: out.text(), err: err.text() };
}

const tmp = mkdtempSync(join(tmpdir(), 'wcra-cli-'));

describe('wcra-calc CLI', () => {
  it('list: every calculator with its rules', async () => {
    const r = await run(['list']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(CATALOG.length);
    expect(r.out).toMatch(/^reinsurancePremium\s+\S.*\[PRM-1, PRM-2, PRM-6\]$/m);
  });

  it('run: the seed premium from standard input', async () => {
    const r = await run(['run', 'reinsurancePremium'], '{"exposure":"12000000","year":2022,"level":"low","memberType":"insurer"}');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).premium).toBe('954000.00');
  });

  it('GEN-3 run allocate: { total, weights } in, { parts } out, with a worksheet', async () => {
    const r = await run(['run', 'allocate'], '{"total":"100000.03","weights":[1,1,1,1]}');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ parts: ['25000.01', '25000.01', '25000.01', '25000.00'] });
    const w = await run(['run', 'allocate', '--format', 'worksheet'], '{"total":"100","weights":[1,1,1]}');
    expect(w.code).toBe(0);
    expect(w.out).toContain('GEN-3');
  });

  it('run --input FILE --explain, and --format worksheet', async () => {
    const file = join(tmp, 'in.json');
    writeFileSync(file, JSON.stringify({ estimatedPremium: '954000', actualPremium: '1033500' }));
    const r = await run(['run', 'annualAdjustment', '--input', file, '--explain']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).steps[0].rule).toBe('PRM-7');
    const w = await run(['run', 'annualAdjustment', '--input', file, '--format', 'worksheet']);
    expect(w.out).toContain('- $954,000.00');
    expect(w.out.trim().split('\n').at(-1)).toMatch(/Annual adjustment\s+\$79,500\.00$/);
  });

  it('a WcraError is JSON on stderr with exit code 2', async () => {
    const r = await run(['run', 'reinsurancePremium'], '{"exposure":"abc","rate":"0.05","memberType":"insurer"}');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const { error } = JSON.parse(r.err);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i: { path: unknown; code: string }) => ({ path: i.path, code: i.code }))).toEqual([
      { path: ['exposure'], code: 'not_money' },
    ]);
  });

  it.each([
    [['run', 'reinsurancePremium'], '{"exposure":', [], 'wrong_type'],
    [['run', 'noSuchFunction'], '{}', ['function'], 'not_one_of'],
    [['run'], '{}', ['function'], 'required'],
    [['run', 'reinsurancePremium', '--format', 'xml'], '{}', ['format'], 'not_one_of'],
    [['run', 'reinsurancePremium', '--input', '/no/such/file.json'], '', ['input'], 'unreadable'],
    [['run', 'reinsurancePremium', '--bogus'], '', [], 'unknown_field'],
    [['frobnicate'], '', ['command'], 'not_one_of'],
    [['schema', 'nope'], '', ['function'], 'not_one_of'],
    [['run', 'reinsurancePremium', '--batch', '/no/such.jsonl'], '', ['batch'], 'unreadable'],
    [['run', 'reinsurancePremium', '--batch', '-', '--input', 'x.json'], '', ['batch'], 'conflict'],
    [['run', 'reinsurancePremium', '--batch', '-', '--format', 'worksheet'], '', ['format'], 'conflict'],
    [['run', 'reinsurancePremium', '--options', '[1]'], '{}', ['options'], 'wrong_type'],
    [['run', 'reinsurancePremium', '--options', '{bad'], '{}', ['options'], 'wrong_type'],
    [['run', 'reinsurancePremium', '--options', ' '], '{}', ['options'], 'required'],
    [['run', 'reinsurancePremium', '--options', '@/no/such/options.json'], '{}', ['options'], 'unreadable'],
    [['run', 'reinsurancePremium', 'extra'], '{}', ['arguments'], 'too_many'],
    [['run', 'reinsurancePremium'], '', [], 'required'],
  ])('%j → exit 2, INVALID_INPUT with its one issue coded', async (args, stdin, path, code) => {
    const r = await run(args, stdin);
    expect(r.code).toBe(2);
    const { error } = JSON.parse(r.err);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues.map((i: { path: unknown; code: string }) => ({ path: i.path, code: i.code }))).toEqual([{ path, code }]);
  });

  it('help, and no command', async () => {
    expect((await run(['--help'])).code).toBe(0);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.out).toBe('');
    expect(none.err).toContain('Usage:');
  });

  it('schema: the JSON Schema of an input', async () => {
    const r = await run(['schema', 'installmentSchedule']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['coverageYear', 'amount', 'plan']));
  });

  it('run --batch: one result or error per line, errors counted in the exit code', async () => {
    const file = join(tmp, 'batch.jsonl');
    writeFileSync(
      file,
      ['{"dueDate":"2024-02-01","receivedOn":"2024-02-03"}', '', '{"dueDate":"2019-02-30","receivedOn":"2024-02-03"}', 'not json'].join(
        '\n',
      ),
    );
    const r = await run(['run', 'paymentStatus', '--batch', file], '', true);
    expect(r.code).toBe(1);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // Output line N answers input line N: the blank line is an error row, not skipped.
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ late: true, daysLate: 2 });
    expect(lines[1].error.issues[0].code).toBe('required');
    expect(lines[2].error.code).toBe('INVALID_INPUT');
    expect(lines[3].error.issues[0].code).toBe('wrong_type');
    expect(r.err).toContain('4 lines, 3 errors');
    writeFileSync(file, '{"dueDate":"2024-02-01","receivedOn":"2024-02-01"}\n');
    const ok = await run(['run', 'paymentStatus', '--batch', file, '--explain']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).steps).toBeDefined();
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('--options passes a JSON object or @FILE to the function, with --explain added', async () => {
    const input = '{"exposure":"1000","year":2031,"level":"low","memberType":"insurer"}';
    const table = { rateTable: [{ year: 2031, low: '0.05', high: '0.04', super: '0.03', jumbo: '0.02' }] };
    const noTable = await run(['run', 'reinsurancePremium'], input);
    expect(JSON.parse(noTable.err).error.code).toBe('UNKNOWN_YEAR');
    const inline = await run(['run', 'reinsurancePremium', '--options', JSON.stringify(table)], input);
    expect(inline.code, inline.err).toBe(0);
    expect(JSON.parse(inline.out).premium).toBe('50.00');
    const file = join(tmp, 'options.json');
    writeFileSync(file, `\uFEFF${JSON.stringify(table)}`);
    const fromFile = await run(['run', 'reinsurancePremium', '--options', `@${file}`, '--explain'], input);
    expect(fromFile.code, fromFile.err).toBe(0);
    expect(JSON.parse(fromFile.out).steps.map((s: { rule: string }) => s.rule)).toContain('PRM-1');
    const unknown = await run(['run', 'reinsurancePremium', '--options', '{"explian":true}'], input);
    expect(JSON.parse(unknown.err).error.issues[0].code).toBe('unknown_field');
  });

  it('input with a byte-order mark is read; --batch - reads standard input', async () => {
    const bom = await run(['run', 'reinsurancePremium'], '\uFEFF{"exposure":"12000000","rate":"0.0795","memberType":"insurer"}');
    expect(JSON.parse(bom.out).premium).toBe('954000.00');
    const batch = await run(
      ['run', 'reinsurancePremium', '--batch', '-'],
      '{"exposure":"100","rate":"0.1","memberType":"insurer"}\n{"exposure":"x","rate":"0.1","memberType":"insurer"}\n',
    );
    expect(batch.code).toBe(1);
    const rows = batch.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows[0].premium).toBe('10.00');
    expect(rows[1].error.issues[0].code).toBe('not_money');
  });

  it('schema: with no name lists the names; <name>.options gives the options schema', async () => {
    const names = await run(['schema']);
    expect(names.out.trim().split('\n')).toEqual(CATALOG.map((e) => e.name));
    const options = await run(['schema', 'reinsurancePremium.options']);
    expect(options.code).toBe(0);
    expect(Object.keys(JSON.parse(options.out).properties)).toEqual(expect.arrayContaining(['explain', 'rateTable']));
  });

  it('conformance: an empty folder fails (exit 1); a malformed case is named', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'wcra-empty-'));
    expect((await run(['conformance', empty])).code).toBe(1);
    const bad = mkdtempSync(join(tmpdir(), 'wcra-malformed-'));
    writeFileSync(join(bad, 'x.json'), JSON.stringify([{ id: 'no-function', rules: [], input: {}, expected: {} }, 7]));
    const r = await run(['conformance', bad]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('FAIL x.json no-function');
    expect(r.out).toContain('FAIL x.json case #2');
  });

  it('conformance: the shipped cases pass, a failing case is reported', async () => {
    const dir = new URL('../conformance/', import.meta.url).pathname;
    const r = await run(['conformance', dir]);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    const bad = mkdtempSync(join(tmpdir(), 'wcra-conf-'));
    writeFileSync(
      join(bad, 'x.json'),
      JSON.stringify([
        {
          id: 'wrong',
          rules: ['PRM-1'],
          function: 'reinsurancePremium',
          input: { exposure: '1', rate: '0.1', memberType: 'insurer' },
          expected: { premium: '0.11' },
        },
        {
          id: 'no-error',
          rules: ['PRM-1'],
          function: 'reinsurancePremium',
          input: { exposure: '1', rate: '0.1', memberType: 'insurer' },
          error: 'INVALID_INPUT',
        },
        {
          id: 'wrong-error',
          rules: ['PRM-1'],
          function: 'reinsurancePremium',
          input: { exposure: 'x', rate: '0.1', memberType: 'insurer' },
          error: 'UNKNOWN_YEAR',
        },
        { id: 'unknown', rules: ['PRM-1'], function: 'nope', input: {}, expected: {} },
        { id: 'throws', rules: ['PRM-1'], function: 'reinsurancePremium', input: {}, expected: {} },
      ]),
    );
    const f = await run(['conformance', bad]);
    expect(f.code).toBe(1);
    expect(f.out.trim().split('\n').at(-1)).toBe('0 passed, 5 failed');
    writeFileSync(join(bad, 'x.json'), '{}');
    expect((await run(['conformance', bad])).code).toBe(2);
  });

  it('a failed write is not reported as a bad input: main rejects with it (bin.ts prints one line)', async () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    const failing = new Writable({
      write(_chunk, _enc, done) {
        done();
      },
    });
    failing.write = () => {
      throw enospc;
    };
    const err = sink();
    const stdin = new PassThrough();
    stdin.end();
    await expect(main(['list'], { stdout: failing, stderr: err.stream, stdin })).rejects.toBe(enospc);
    expect(err.text()).toBe('');
  });

  it('schema: a shipped schema file that cannot be read is an error naming it (exit 2)', async () => {
    const err = sink();
    const stdin = new PassThrough();
    stdin.end();
    const readSchema = () => {
      throw new Error('ENOENT');
    };
    const code = await main(['schema', 'reinsurancePremium.options'], { stdout: sink().stream, stderr: err.stream, stdin }, { readSchema });
    expect(code).toBe(2);
    expect(JSON.parse(err.text()).error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: ['schema'] }] });
    expect(err.text()).toContain('schemas/reinsurancePremium.options.json');
  });
});
