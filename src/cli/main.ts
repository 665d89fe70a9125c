/**
 * The `wcra-calc` command line: list, run (one input or a JSONL batch), schema, conformance.
 * Errors are JSON `{ error: { code, message, issues } }` on stderr with exit code 2.
 * @module
 */
import { once } from 'node:events';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// The library only through its public entry: the built CLI loads dist/index.js (tsup.config.ts).
import { formatWorksheet, type IssueCode, isWcraError, type TraceStep, WcraError } from '../index.js';
import { CATALOG, type CatalogEntry, findCalculator } from './catalog.js';
import { runConformance } from './conformance.js';

/** Where the CLI writes; injectable for tests. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
}

/** What the CLI reads besides its input; injectable for tests (which run from the sources). */
export interface CliDeps {
  /**
   * The text of a shipped JSON Schema file, by name (`reinsurancePremium.json`,
   * `reinsurancePremium.options.json`). By default the file of `dist/schemas/` beside the CLI,
   * written at build time: the CLI does not carry the JSON Schema converter.
   */
  readonly readSchema: (file: string) => string;
}

const SHIPPED: CliDeps = {
  readSchema: (file) => readFileSync(new URL(`./schemas/${file}`, import.meta.url), 'utf8'),
};

const USAGE = `Usage:
  wcra-calc list
  wcra-calc run <function> [--input FILE] [--options JSON|@FILE] [--explain] [--format json|worksheet]
  wcra-calc run <function> --batch FILE.jsonl|- [--options JSON|@FILE] [--explain]
  wcra-calc schema [<function>|<function>.options]
  wcra-calc conformance [DIR]
  wcra-calc --version
Input is JSON (from --input FILE or standard input). Money is written as strings ("954000.00").
Options are the function's options object (JSON, or @FILE to read it from a file); --explain
adds { "explain": true } to them.`;

/**
 * The error as a WcraError: a usage mistake (an unknown flag) or anything else a function throws
 * that is not a WcraError is reported as `INVALID_INPUT` with its message (no code outside
 * `WCRA_ERROR_CODES`).
 */
function asWcraError(error: unknown): WcraError {
  if (isWcraError(error)) return error;
  const unknownFlag = (error as { code?: unknown } | null)?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  return usageError(error instanceof Error ? error.message : String(error), [], unknownFlag ? 'unknown_field' : 'wrong_type');
}

function errorJson(error: unknown): string {
  const e = asWcraError(error);
  return JSON.stringify({ error: { code: e.code, message: e.message, issues: e.issues } });
}

/** A failure to write the output (a full disk, a closed pipe): not the input's fault; bin.ts reports it. */
function isWriteFailure(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).syscall === 'write';
}

/**
 * A usage mistake as `INVALID_INPUT`, its one issue at the argument (`function`, `batch`,
 * `format`, …) with the code that says what is wrong: `required` (nothing named), `not_one_of`
 * (an unknown command, function or format), `conflict` (flags that exclude each other),
 * `not_allowed` (a flag this function cannot take), `unreadable` (a file that cannot be read);
 * `wrong_type` otherwise (a malformed flag or value).
 */
function usageError(message: string, path: ReadonlyArray<string | number> = [], code: IssueCode = 'wrong_type'): WcraError {
  return new WcraError('INVALID_INPUT', message, { issues: [{ path, code, message }] });
}

/** Parses JSON text; an empty or malformed text is `INVALID_INPUT` at `path` (`[]`: the input; `['options']`). */
function parseJson(text: string, where: string, path: ReadonlyArray<string> = []): unknown {
  if (text.trim() === '') {
    throw new WcraError('INVALID_INPUT', `${where} is empty: give one JSON object`, {
      issues: [{ path, code: 'required', message: 'is empty: give one JSON object' }],
    });
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new WcraError('INVALID_INPUT', `${where} is not valid JSON: ${(error as Error).message}`, {
      issues: [{ path, code: 'wrong_type', message: `is not valid JSON: ${(error as Error).message}` }],
    });
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function calculator(name: string | undefined): CatalogEntry {
  if (name === undefined) throw usageError('name the function to run, e.g. `wcra-calc run reinsurancePremium`', ['function'], 'required');
  const entry = findCalculator(name);
  if (entry === undefined) throw usageError(`unknown function "${name}": \`wcra-calc list\` shows them all`, ['function'], 'not_one_of');
  return entry;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function runBatch(entry: CatalogEntry, file: string, options: unknown, io: CliIo): Promise<number> {
  if (file !== '-' && !existsSync(file)) throw usageError(`cannot read the batch file "${file}"`, ['batch'], 'unreadable');
  const input = file === '-' ? io.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let failed = 0;
  const progress = io.stderr.isTTY === true;
  for await (const line of lines) {
    n++;
    let out: string;
    try {
      // A blank line is an error row (not skipped), so output line N always answers input line N.
      out = JSON.stringify(entry.run(parseJson(line, `line ${n}`), options));
    } catch (error) {
      failed++;
      out = errorJson(error);
    }
    await write(io.stdout, `${out}\n`);
    if (progress && n % 10000 === 0) io.stderr.write(`\r${n} lines, ${failed} errors`);
  }
  if (progress) io.stderr.write(`\r${n} lines, ${failed} errors\n`);
  return failed === 0 ? 0 : 1;
}

/** The options object: `--options` (JSON or @FILE) with `--explain` added. */
function runOptions(text: string | undefined, explain: boolean): unknown {
  if (text === undefined) return explain ? { explain: true } : undefined;
  const json = text.startsWith('@') ? readInputFile(text.slice(1), 'options') : text;
  const parsed = parseJson(json, '--options', ['options']);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw usageError('--options must be a JSON object, e.g. \'{"explain":true}\'', ['options']);
  return explain ? { ...parsed, explain: true } : parsed;
}

function packageVersion(): string {
  // dist/cli.js → ../package.json; src/cli/main.ts (tests) → ../../package.json.
  for (const rel of ['../package.json', '../../package.json']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) {
      const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'wcra-calc' && typeof pkg.version === 'string') return pkg.version;
    }
  }
  return 'unknown';
}

function defaultConformanceDir(): string {
  // dist/cli.js → ../test/conformance (shipped in the package).
  return fileURLToPath(new URL('../test/conformance/', import.meta.url));
}

/**
 * Runs the CLI with arguments (without `node` and the script). Resolves to the exit code:
 * 0 success; 1 a batch with failed lines or failed conformance cases; 2 an error (printed as JSON
 * on stderr). Rejects only when the output cannot be written (the error of the write, which the
 * executable reports in one line).
 */
export async function main(argv: ReadonlyArray<string>, io: CliIo, deps: CliDeps = SHIPPED): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: 'string' },
        batch: { type: 'string' },
        explain: { type: 'boolean', default: false },
        format: { type: 'string', default: 'json' },
        options: { type: 'string' },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, arg] = positionals;
    if (values.version) {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    if (values.help || command === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command === undefined) {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    }
    if (positionals.length > 2) throw usageError(`unexpected argument "${positionals[2]}"`, ['arguments'], 'too_many');
    switch (command) {
      case 'list':
        return listCommand(io);
      case 'schema':
        return schemaCommand(arg, io, deps);
      case 'conformance':
        return conformanceCommand(arg, io);
      case 'run':
        return await runCommand(arg, values, io);
      default:
        throw usageError(`unknown command "${command}"\n${USAGE}`, ['command'], 'not_one_of');
    }
  } catch (error) {
    if (isWriteFailure(error)) throw error;
    io.stderr.write(`${errorJson(error)}\n`);
    return 2;
  }
}

/** `list`: every calculator with its summary and rules. */
function listCommand(io: CliIo): number {
  let width = 0;
  for (const e of CATALOG) width = Math.max(width, e.name.length);
  for (const e of CATALOG) io.stdout.write(`${e.name.padEnd(width)}  ${e.description} [${e.rules.join(', ')}]\n`);
  return 0;
}

/** `schema [name[.options]]`: the names, or the shipped JSON Schema file of one calculator. */
function schemaCommand(arg: string | undefined, io: CliIo, deps: CliDeps): number {
  if (arg === undefined) {
    for (const e of CATALOG) io.stdout.write(`${e.name}\n`);
    return 0;
  }
  const wantsOptions = arg.endsWith('.options');
  const entry = calculator(wantsOptions ? arg.slice(0, -'.options'.length) : arg);
  io.stdout.write(shippedSchema(deps, `${entry.name}${wantsOptions ? '.options' : ''}.json`));
  return 0;
}

/** `conformance [folder]`: runs the cases; exit 1 when one fails or there are none. */
function conformanceCommand(arg: string | undefined, io: CliIo): number {
  const outcomes = runConformance(arg ?? defaultConformanceDir());
  if (outcomes.length === 0) {
    io.stderr.write(`no conformance cases found in ${arg ?? defaultConformanceDir()}\n`);
    return 1;
  }
  const failed = outcomes.filter((o) => !o.passed);
  for (const f of failed) io.stdout.write(`FAIL ${f.file} ${f.id}: ${f.detail ?? ''}\n`);
  io.stdout.write(`${outcomes.length - failed.length} passed, ${failed.length} failed\n`);
  return failed.length === 0 ? 0 : 1;
}

/** The flags `run` reads. */
interface RunFlags {
  readonly input?: string | undefined;
  readonly batch?: string | undefined;
  readonly explain?: boolean | undefined;
  readonly format?: string | undefined;
  readonly options?: string | undefined;
}

/** `run <name>`: one input (file or standard input) as JSON or a worksheet, or a batch of lines. */
async function runCommand(arg: string | undefined, values: RunFlags, io: CliIo): Promise<number> {
  const entry = calculator(arg);
  if (values.format !== 'json' && values.format !== 'worksheet')
    throw usageError(`--format must be json or worksheet, got "${values.format}"`, ['format'], 'not_one_of');
  if (values.explain && !entry.explains)
    throw usageError(`${entry.name} does not explain its steps: run it without --explain`, ['explain'], 'not_allowed');
  const options = runOptions(values.options, values.explain ?? false);
  if (values.batch !== undefined) {
    if (values.input !== undefined) throw usageError('give either --input or --batch, not both', ['batch'], 'conflict');
    if (values.format !== 'json') throw usageError('--batch writes JSON lines: drop --format', ['format'], 'conflict');
    return await runBatch(entry, values.batch, options, io);
  }
  const text = values.input === undefined ? await readAll(io.stdin) : readInputFile(values.input, 'input');
  const input = parseJson(text, values.input ?? 'standard input');
  if (values.format === 'worksheet') {
    if (!entry.explains) throw usageError(`${entry.name} has no worksheet (it does not explain its steps)`, ['format'], 'not_allowed');
    const result = entry.run(input, { ...(options as object), explain: true }) as { steps?: ReadonlyArray<TraceStep> };
    io.stdout.write(`${formatWorksheet(result.steps ?? [])}\n`);
    return 0;
  }
  io.stdout.write(`${JSON.stringify(entry.run(input, options), null, 2)}\n`);
  return 0;
}

function readInputFile(file: string, flag: 'input' | 'options'): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw usageError(`cannot read the ${flag} file "${file}"`, [flag], 'unreadable');
  }
}

function shippedSchema(deps: CliDeps, file: string): string {
  try {
    return deps.readSchema(file);
  } catch (error) {
    throw usageError(
      `cannot read the shipped schema "schemas/${file}" (is the package built?): ${(error as Error).message}`,
      ['schema'],
      'unreadable',
    );
  }
}
