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
