// TypeDoc plugin: groups the API by feature, read from where each export is declared
// (src/<feature>/…), instead of by kind (Interfaces, Types, Variables). Derived, like the barrels:
// a new export lands in its feature's group without a tag.
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

const GROUPS = {
  benefits: 'Benefits',
  billing: 'Billing',
  claims: 'Claims',
  core: 'Core',
  premium: 'Premium',
  retention: 'Retention',
  rules: 'Rule tables',
  'self-insurers': 'Self-insurers',
  'unit-stat': 'Unit statistical reports',
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  checkFieldDocs(app);
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    // Top-level exports: children of the project, or of its one entry module.
    const parent = reflection.parent;
    if (parent === undefined || !(parent.kind === ReflectionKind.Project || parent.parent?.kind === ReflectionKind.Project)) return;
    if (reflection.kind === ReflectionKind.Module) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
    const match = /\/src\/([^/]+)\//.exec(file);
    const group = (match && GROUPS[match[1]]) ?? 'Core';
    reflection.comment ??= new Comment();
    if (reflection.comment.blockTags.some((t) => t.tag === '@group')) return;
    reflection.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: group }]));
  });
}

/**
 * The not-documented check of issue 13 item 6, for what a user types and reads: every property of
 * an exported input, options, result, table or error type has a description (what hovering it in
 * an editor shows). The calculator definitions and zod schemas are skipped: their inner types are
 * zod's. Reported as errors, so `npm run docs` fails on a missing description.
 * @param {import('typedoc').Application} app
 */
export function checkFieldDocs(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const missing = [];
    for (const refl of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      let top = refl;
      while (top.parent && top.parent.kind !== ReflectionKind.Project && top.parent.parent?.kind !== ReflectionKind.Project)
        top = top.parent;
      if (/(Definition|Schema)$/.test(top.name)) continue;
      if (refl.inheritedFrom !== undefined || refl.getFullName().includes('.constructor.')) continue; // Error's own fields, constructor arguments
      if (refl.name === 'name' && top.name === 'WcraError') continue;
      if (refl.hasComment() || (refl.type?.type === 'reflection' && refl.type.declaration.hasComment())) continue;
      if (refl.parent?.kind === ReflectionKind.TypeLiteral && /^kind$/.test(refl.name) && refl.parent.parent?.name === 'severity') continue;
      missing.push(refl.getFullName());
    }
    for (const name of missing) app.logger.error(`${name} has no description (every input, options and result field is documented)`);
  });
}
