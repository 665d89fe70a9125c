// Functions stay short and helpers take few positional parameters (issue 13 item 10, STYLE): no
// function over 60 lines, none with more than 4 parameters. KNOWN may list a deliberate exception
// with its reason (none today); a listed one that got short fails until it leaves the list.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 60;
const MAX_PARAMS = 4;

/** Deliberate exceptions, `file name` (none: the nine found when the test was written are split). */
const KNOWN = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function nameOf(n: ts.SignatureDeclaration): string {
  if (n.name !== undefined) return n.name.getText();
  const p = n.parent;
  if (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) return p.name.getText();
  return '<anonymous>';
}

function offenders(): string[] {
  const out: string[] = [];
  for (const path of files('src')) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isMethodDeclaration(n)) {
        const lines = file.getLineAndCharacterOfPosition(n.getEnd()).line - file.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        if (lines > MAX_LINES || n.parameters.length > MAX_PARAMS) out.push(`${path} ${nameOf(n)}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(file);
  }
  return out;
}

describe('function size (issue 13 item 10)', () => {
  const found = offenders();
  it(`no new function over ${MAX_LINES} lines or ${MAX_PARAMS} parameters`, () => {
    expect(found.filter((f) => !KNOWN.has(f))).toEqual([]);
  });
  it('every listed function is still over (remove the fixed ones from KNOWN)', () => {
    expect([...KNOWN].filter((k) => !found.includes(k))).toEqual([]);
  });
});
