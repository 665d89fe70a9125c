// Reads the TSDoc of every calculator's input and options fields, nested ones included, from the
// source (the text an editor shows on hover), for the JSON Schemas' descriptions (issue 13 item 5):
// one text, written once, beside the field. Build-time only. TypeScript's checker follows the
// field types as an editor does: interfaces, inline object types, `X['rates']`, `X[number]`,
// unions, and the types zod infers (`z.input<typeof Schema>`, whose fields carry the TSDoc written
// on the schema's shape).
import { join } from 'node:path';
import ts from 'typescript';

/** How deep the nested field paths go (`claims[].occurrence.date` is 3 below `claims`). */
const MAX_DEPTH = 6;

/** The TSDoc text of a property symbol: its comment and the text of its tags, or undefined. */
function docOf(symbol, checker) {
  const parts = [
    ts.displayPartsToString(symbol.getDocumentationComment(checker)),
    ...symbol.getJsDocTags(checker).map((t) => ts.displayPartsToString(t.text ?? [])),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ').replace(/\s+/g, ' ').trim() : undefined;
}

/** The object types a field's type stands for: `undefined` dropped, union members and list items apart. */
function objectParts(type, checker) {
  if (type.isUnion()) return type.types.flatMap((t) => objectParts(t, checker));
  if (!(type.flags & ts.TypeFlags.Object)) return [];
  return [type];
}

/** The item type of an array, readonly array or iterable, or undefined. */
function itemOf(type, checker) {
  if (checker.isArrayType(type) || checker.isTupleType(type)) return checker.getIndexTypeOfType(type, ts.IndexKind.Number);
  // An iterable field (`claims`: an array or any iterable) is a list in JSON.
  if (type.getSymbol()?.getName() === 'Iterable') return checker.getTypeArguments(type)[0];
  return undefined;
}

/** A type whose fields are not the caller's (a Decimal, a Date, a function): not walked. */
function isOpaque(type) {
  const name = type.getSymbol()?.getName();
  return type.getCallSignatures().length > 0 || name === 'Decimal' || name === 'Date' || name === 'Map' || name === 'Set';
}

/** Adds the docs of the fields of `type` (and of their fields) to `out`, keyed `field`, `list[].field`, `object.field`. */
function walk(type, prefix, out, ctx, depth) {
  if (depth > MAX_DEPTH) return;
  for (const part of objectParts(type, ctx.checker)) {
    const item = itemOf(part, ctx.checker);
    if (item !== undefined) {
      walk(item, `${prefix}[]`, out, ctx, depth + 1);
      continue;
    }
    if (isOpaque(part)) continue;
    const props = ctx.checker.getPropertiesOfType(part);
    const tag = props.map((p) => ctx.checker.getTypeOfSymbol(p)).find((t) => t.isStringLiteral());
    for (const prop of props) {
      const key = prefix === '' ? prop.getName() : `${prefix}.${prop.getName()}`;
      const doc = docOf(prop, ctx.checker);
      if (doc !== undefined) {
        out[key] ??= doc;
        // A variant's own text (`severity.kind#pareto`), for the schema's branch of that variant.
        if (tag !== undefined && type.isUnion()) out[`${key}#${tag.value}`] ??= doc;
      }
      walk(ctx.checker.getTypeOfSymbol(prop), key, out, ctx, depth + 1);
    }
  }
}

/** The exported interfaces and type aliases of the sources, by name. */
function declarations(program, srcDir) {
  const found = new Map();
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(srcDir)) continue;
    for (const st of file.statements) {
      if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && !found.has(st.name.text)) found.set(st.name.text, st);
    }
  }
  return found;
}

/** The field docs of a named type, nested fields included (`{}` when there is no such type). */
function fieldsOf(decls, name, ctx) {
  const decl = decls.get(name);
  if (decl === undefined) return {};
  const symbol = ctx.checker.getSymbolAtLocation(decl.name);
  const out = {};
  if (symbol !== undefined) walk(ctx.checker.getDeclaredTypeOfSymbol(symbol), '', out, ctx, 0);
  return out;
}

/**
 * `{ [calculator]: { input: { path: text }, options: { path: text } } }` for the given names, from
 * the types `<Name>Input` and `<Name>Options` under `src/`. A path is a field (`rates`), a field of
 * a list's items (`rates[].expectedLossRate`) or of an object (`schedule.bands[].from`); a field of
 * one variant of a union also has its own text under `path#tag` (`severity.kind#pareto`), the
 * tag being the variant's string-literal field.
 */
export function fieldDocs(root, names) {
  const srcDir = join(root, 'src').replace(/\\/g, '/');
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const program = ts.createProgram([join(root, 'src/index.ts')], options);
  const ctx = { checker: program.getTypeChecker() };
  const decls = declarations(program, ts.sys.resolvePath(srcDir).replace(/\\/g, '/'));
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  return Object.fromEntries(
    names.map((n) => [n, { input: fieldsOf(decls, `${cap(n)}Input`, ctx), options: fieldsOf(decls, `${cap(n)}Options`, ctx) }]),
  );
}
