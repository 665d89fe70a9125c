// The layering of docs/architecture.md, held: every import of src/ (read with the TypeScript
// parser, so comments and TSDoc examples do not count) must be allowed by the doc's table.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** The doc's table: part → allowed targets (`*` = any part of src/). */
function allowedTable(): Map<string, ReadonlyArray<string>> {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const rows = new Map<string, ReadonlyArray<string>>();
  for (const line of doc.split('\n')) {
    const m = /^\| ([a-z.-]+) \| (.+) \|$/.exec(line.trim());
    if (m === null || m[1] === 'from') continue;
    rows.set(
      m[1] as string,
      (m[2] as string).split(',').map((s) => s.trim()),
    );
  }
  return rows;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The part of src/ a file belongs to: its folder, or the top-level file's name. */
function partOf(file: string): string {
  return relative(src, file).split('/')[0] as string;
}

function importsOf(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const st of sf.statements) {
    if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) {
      out.push(st.moduleSpecifier.text);
    }
  }
  return out;
}

/** What an import points at: a part of src/ or `pkg:<package>` (node builtins are `pkg:node`). */
function targetOf(file: string, spec: string): string {
  if (spec.startsWith('.')) return partOf(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  if (spec.startsWith('node:')) return 'pkg:node';
  const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
  return spec === 'zod/mini' ? 'pkg:zod/mini' : `pkg:${pkg}`;
}

describe('architecture (docs/architecture.md)', () => {
  const table = allowedTable();

  it('the table has a row for every part of src/', () => {
    const parts = new Set(files(src).map(partOf));
    for (const part of parts) expect(table.has(part), `docs/architecture.md has no row for ${part}`).toBe(true);
  });

  it('every import of src/ is allowed by the table', () => {
    const violations: string[] = [];
    for (const file of files(src)) {
      const part = partOf(file);
      const allowed = table.get(part) ?? [];
      for (const spec of importsOf(file)) {
        const target = targetOf(file, spec);
        const ok = allowed.includes(target) || (allowed.includes('*') && !target.startsWith('pkg:'));
        if (!ok) violations.push(`${relative(root, file)} imports ${spec} (${target})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('decimal.js is imported only by core, and the engine is never configured globally', () => {
    for (const file of files(src)) {
      const text = readFileSync(file, 'utf8');
      if (partOf(file) !== 'core')
        expect(
          importsOf(file).some((s) => s.startsWith('decimal.js')),
          file,
        ).toBe(false);
      expect(/\bDecimal\.set\(/.test(text), `${file} calls Decimal.set`).toBe(false);
    }
  });

  it("features build explain steps with rules' typed step (a misspelt RULES ID does not compile), not core's untyped one", () => {
    const untyped = (file: string): boolean => {
      const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
      return sf.statements.some(
        (st) =>
          ts.isImportDeclaration(st) &&
          ts.isStringLiteral(st.moduleSpecifier) &&
          st.moduleSpecifier.text.endsWith('/core/trace.js') &&
          st.importClause?.namedBindings !== undefined &&
          ts.isNamedImports(st.importClause.namedBindings) &&
          st.importClause.namedBindings.elements.some((e) => (e.propertyName ?? e.name).text === 'step'),
      );
    };
    const offenders = files(src).filter((f) => !['core', 'rules'].includes(partOf(f)) && untyped(f));
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
    expect(untyped(join(src, 'rules/step.ts'))).toBe(true);
  });

  it('the check sees a violation (a feature importing decimal.js is not allowed)', () => {
    const allowed = table.get('claims') ?? [];
    expect(allowed.includes(targetOf(join(src, 'claims/x.ts'), 'decimal.js'))).toBe(false);
    expect(allowed.includes(targetOf(join(src, 'claims/x.ts'), '../billing/paymentStatus.js'))).toBe(false);
  });
});
