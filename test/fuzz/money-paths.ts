// The money fields of every exported function's result, read from the result types: a field
// declared `Money` (src/core/money.ts) is two-decimal money, wherever it sits. Derived with the
// TypeScript checker, so a new calculator's money fields are fuzzed without a list to keep.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * A field's place in a result: the function's name, then `.key` for a field, `[]` for an element
 * of a list and `.*` for a value of a map (`reimbursementRun.occurrences[].due`).
 */
export type FieldPattern = string;

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `Readonly<X>` and `readonly X[]` are X. */
function unwrap(node: ts.TypeNode | undefined): ts.TypeNode | undefined {
  if (node === undefined) return undefined;
  if (ts.isParenthesizedTypeNode(node)) return unwrap(node.type);
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return unwrap(node.type);
  if (ts.isTypeReferenceNode(node) && node.typeName.getText() === 'Readonly') return unwrap(node.typeArguments?.[0]);
  return node;
}

function isMoneyNode(node: ts.TypeNode | undefined): boolean {
  const n = unwrap(node);
  if (n === undefined) return false;
  if (ts.isUnionTypeNode(n)) return n.types.some(isMoneyNode);
  return ts.isTypeReferenceNode(n) && n.typeName.getText() === 'Money';
}

/** The element's declared type of a list type (`Money[]`, `ReadonlyArray<Row>`). */
function elementNode(node: ts.TypeNode | undefined): ts.TypeNode | undefined {
  const n = unwrap(node);
  if (n === undefined) return undefined;
  if (ts.isArrayTypeNode(n)) return n.elementType;
  if (ts.isTypeReferenceNode(n) && ['Array', 'ReadonlyArray'].includes(n.typeName.getText())) return n.typeArguments?.[0];
  return undefined;
}

/** The value's declared type of a map type (`Record<Category, Money>`). */
function valueNode(node: ts.TypeNode | undefined): ts.TypeNode | undefined {
  const n = unwrap(node);
  return n !== undefined && ts.isTypeReferenceNode(n) && n.typeName.getText() === 'Record' ? n.typeArguments?.[1] : undefined;
}

function declaredType(symbol: ts.Symbol): ts.TypeNode | undefined {
  const d = symbol.valueDeclaration ?? symbol.declarations?.[0];
  return d !== undefined && (ts.isPropertySignature(d) || ts.isPropertyDeclaration(d)) ? d.type : undefined;
}

function walk(checker: ts.TypeChecker, type: ts.Type, pattern: FieldPattern, node: ts.TypeNode | undefined, out: Set<FieldPattern>): void {
  if (isMoneyNode(node)) {
    out.add(pattern);
    return;
  }
  if (type.isUnion()) {
    for (const t of type.types) walk(checker, t, pattern, node, out);
    return;
  }
  if (checker.isArrayType(type)) {
    for (const t of checker.getTypeArguments(type as ts.TypeReference)) walk(checker, t, `${pattern}[]`, elementNode(node), out);
    return;
  }
  if (!(type.flags & ts.TypeFlags.Object) || pattern.split('.').length > 8) return;
  for (const p of checker.getPropertiesOfType(type)) {
    if (p.name === 'steps') continue; // the explain trace: its values carry their own kind
    walk(checker, checker.getTypeOfSymbol(p), `${pattern}.${p.name}`, declaredType(p) ?? valueNode(node), out);
  }
  for (const info of checker.getIndexInfosOfType(type)) walk(checker, info.type, `${pattern}.*`, valueNode(node), out);
}

/** The money fields of one function's result, and every field that holds one (to walk maps). */
export interface MoneyFields {
  readonly money: ReadonlySet<FieldPattern>;
  readonly holders: ReadonlySet<FieldPattern>;
}

function withHolders(money: ReadonlySet<FieldPattern>): MoneyFields {
  const holders = new Set<FieldPattern>();
  for (const pattern of money)
    for (let i = 0; i <= pattern.length; i++)
      if (i === pattern.length || '.['.includes(pattern[i] as string)) holders.add(pattern.slice(0, i));
  return { money, holders };
}

/** The money fields of each exported function's result, by function name. */
export function moneyFieldsByFunction(): ReadonlyMap<string, MoneyFields> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (parsed === undefined) throw new Error('tsconfig.json cannot be read');
  const program = ts.createProgram([`${root}src/index.ts`], parsed.options);
  const checker = program.getTypeChecker();
  const entry = program.getSourceFile(`${root}src/index.ts`);
  const module = entry === undefined ? undefined : checker.getSymbolAtLocation(entry);
  if (module === undefined) throw new Error('src/index.ts cannot be read');
  const byFunction = new Map<string, MoneyFields>();
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Function)) continue;
    const out = new Set<FieldPattern>();
    for (const signature of checker.getSignaturesOfType(checker.getTypeOfSymbol(symbol), ts.SignatureKind.Call))
      walk(checker, checker.getReturnTypeOfSignature(signature), exported.name, undefined, out);
    byFunction.set(exported.name, withHolders(out));
  }
  return byFunction;
}
