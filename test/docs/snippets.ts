// Extracts runnable code blocks from the README, docs/*.md and TSDoc `@example` blocks, and
// turns `//=>` result comments into assertions, so documentation cannot drift from behaviour.
//
// Conventions for a runnable block:
// - fenced as ```ts (or ```typescript); a block fenced ```ts no-run is skipped;
// - `expr //=> value` on one line asserts that expr deep-equals value;
// - a line holding only `//=> value` asserts the expression statement on the line before it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

const FENCE_OPEN = /^```(ts|typescript)(\s+no-run)?\s*$/;

function blocksFromLines(file: string, lines: ReadonlyArray<string>, offset: number): Snippet[] {
  const out: Snippet[] = [];
  let buf: string[] | undefined;
  let start = 0;
  let skip = false;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (buf === undefined) {
      const m = FENCE_OPEN.exec(line.trim());
      if (m !== null) {
        buf = [];
        start = i + 1 + offset;
        skip = m[2] !== undefined;
      }
    } else if (line.trim() === '```') {
      if (!skip) out.push({ file, line: start, code: buf.join('\n') });
      buf = undefined;
    } else {
      buf.push(line);
    }
  });
  return out;
}

export function markdownSnippets(root: string, file: string): Snippet[] {
  const text = readFileSync(join(root, file), 'utf8');
  return blocksFromLines(file, text.split('\n'), 0);
}

export function tsdocSnippets(root: string, file: string): Snippet[] {
  const text = readFileSync(join(root, file), 'utf8');
  const out: Snippet[] = [];
  const lines = text.split('\n');
  let inComment = false;
  let commentStart = 0;
  let comment: string[] = [];
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!inComment && t.startsWith('/**')) {
      inComment = true;
      commentStart = i;
      comment = [];
    }
    if (inComment) {
      comment.push(
        t
          .replace(/^\/\*\*\s?/, '')
          .replace(/^\*\/$/, '')
          .replace(/^\*\s?/, ''),
      );
      if (t.endsWith('*/')) {
        inComment = false;
        out.push(...blocksFromLines(file, comment, commentStart));
      }
    }
  });
  return out;
}

export function listFiles(root: string, dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (rel === join('docs', 'api')) continue;
      out.push(...listFiles(root, rel, suffix));
    } else if (entry.name.endsWith(suffix)) {
      out.push(relative(root, join(root, rel)));
    }
  }
  return out.sort();
}

/** Rewrites `//=>` comments into `__expect(actual, expected, where)` calls. */
export function toAssertions(snippet: Snippet): string {
  const lines = snippet.code.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const where = JSON.stringify(`${snippet.file}:${snippet.line + i + 1}`);
    const only = /^(\s*)\/\/=>\s*(.+)$/.exec(line);
    if (only !== null) {
      const prev = out.pop() ?? '';
      const m = /^(\s*)(.*?);?\s*$/.exec(prev);
      out.push(`${m?.[1] ?? ''}__expect(${m?.[2] ?? 'undefined'}, ${only[2]}, ${where});`);
      return;
    }
    const inline = /^(\s*)(.+?);?\s*\/\/=>\s*(.+)$/.exec(line);
    if (inline !== null) {
      out.push(`${inline[1]}__expect(${inline[2]}, ${inline[3]}, ${where});`);
      return;
    }
    out.push(line);
  });
  return out.join('\n');
}
