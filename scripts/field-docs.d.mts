/** The TSDoc of each calculator's input and options fields, read from `src/` (build time). */
export function fieldDocs(
  root: string,
  names: ReadonlyArray<string>,
): Record<string, { input: Record<string, string>; options: Record<string, string> }>;
