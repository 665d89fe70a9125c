// Reads the TSDoc of every calculator's input and options fields from the source (the text an
// editor shows on hover), for the JSON Schemas' descriptions (issue 13 item 5): one text, written
// once, beside the field. Build-time only (TypeScript's parser; no type checking).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The TSDoc text of a node, or undefined. */
function docOf(node) {
  const tags = ts.getJSDocCommentsAndTags(node);
  const parts = tags.map((t) => (typeof t.comment === 'string' ? t.comment : ts.getTextOfJSDocComment(t.comment))).filter(Boolean);
  return parts.length > 0 ? parts.join(' ').replace(/\s+/g, ' ').trim() : undefined;
}

/** Property docs of a type node: members of a literal, or of every member of a union/intersection. */
function membersOf(typeNode, out) {
  if (typeNode === undefined) return;
  if (ts.isTypeLiteralNode(typeNode)) {
    for (const m of typeNode.members) if (ts.isPropertySignature(m) && m.name && docOf(m)) out[m.name.getText()] ??= docOf(m);
  } else if (ts.isUnionTypeNode(typeNode) || ts.isIntersectionTypeNode(typeNode)) {
    for (const t of typeNode.types) membersOf(t, out);
  } else if (ts.isParenthesizedTypeNode(typeNode)) membersOf(typeNode.type, out);
}

/** Every interface and type alias of the sources, with the property docs it declares. */
function declarations(root) {
  const found = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        for (const st of file.statements) {
          const fields = {};
          if (ts.isInterfaceDeclaration(st)) {
            for (const m of st.members) if (ts.isPropertySignature(m) && docOf(m)) fields[m.name.getText()] = docOf(m);
            const bases = (st.heritageClauses ?? []).flatMap((h) => h.types.map((t) => t.expression.getText()));
            found.set(st.name.text, { fields, bases });
          } else if (ts.isTypeAliasDeclaration(st)) {
            membersOf(st.type, fields);
            const refs = [];
            const collect = (n) => {
              if (ts.isTypeReferenceNode(n)) refs.push(n.typeName.getText());
              ts.forEachChild(n, collect);
            };
            collect(st.type);
            found.set(st.name.text, { fields, bases: refs });
          }
        }
      }
    }
  };
  walk(root);
  return found;
}

/** The field docs of a named type, its bases included (own fields win). */
function fieldsOf(decls, name, seen = new Set()) {
  const d = decls.get(name);
  if (d === undefined || seen.has(name)) return {};
  seen.add(name);
  const out = {};
  for (const base of d.bases) Object.assign(out, fieldsOf(decls, base, seen));
  return Object.assign(out, d.fields);
}

/**
 * `{ [calculator]: { input: { field: text }, options: { field: text } } }` for the given names,
 * from the interfaces `<Name>Input` and `<Name>Options` (or type aliases) under `src/`.
 */
export function fieldDocs(root, names) {
  const decls = declarations(join(root, 'src'));
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  return Object.fromEntries(
    names.map((n) => [n, { input: fieldsOf(decls, `${cap(n)}Input`), options: fieldsOf(decls, `${cap(n)}Options`) }]),
  );
}
