// A form generated from a JSON Schema (the shipped `wcra-calc/schemas/<name>.json`): one labelled
// control per field, lists as editable rows, enums as selects, dates as date inputs. The form edits
// a plain value (`state`) in place; `onStructure` is called when rows are added or removed so the
// caller can draw the form again.

/** A JSON Schema node, read loosely. */
export type Schema = Record<string, unknown>;
/** A path into the input, as the library's issues name it. */
export type Path = ReadonlyArray<string | number>;

type Kind = 'enum' | 'date' | 'decimal' | 'integer' | 'boolean' | 'text' | 'object' | 'array' | 'variant' | 'json';

/** The id of the control of a path (also used by the error slot: `e-` + id). */
export function controlId(path: Path): string {
  return `f-${path.map((p) => String(p).replace(/[^A-Za-z0-9_]/g, '_')).join('-')}`;
}

/** Unwraps `anyOf: [X, { type: 'null' }]`. */
function unwrap(schema: Schema): Schema {
  const any = schema.anyOf as Schema[] | undefined;
  if (any !== undefined) {
    const rest = any.filter((s) => s.type !== 'null');
    if (rest.length === 1 && rest[0] !== undefined) return { ...rest[0], description: schema.description ?? rest[0].description };
  }
  return schema;
}

function kindOf(raw: Schema): Kind {
  const schema = unwrap(raw);
  if (Array.isArray(schema.enum)) return 'enum';
  if (schema.format === 'date') return 'date';
  const any = schema.anyOf as Schema[] | undefined;
  if (any?.some((s) => s.type === 'number') && any.some((s) => s.type === 'string')) return 'decimal';
  if (Array.isArray(schema.oneOf) && variantKinds(schema) !== undefined) return 'variant';
  switch (schema.type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'decimal';
    case 'boolean':
      return 'boolean';
    case 'string':
      return 'text';
    case 'array':
      return 'array';
    case 'object':
      return schema.properties === undefined ? 'json' : 'object';
    default:
      return 'json';
  }
}

/** The `kind` values of a `oneOf` whose branches are objects told apart by a `kind` field. */
function variantKinds(schema: Schema): string[] | undefined {
  const kinds: string[] = [];
  for (const branch of schema.oneOf as Schema[]) {
    const kind = (branch.properties as Record<string, Schema> | undefined)?.kind;
    const value = kind?.const ?? (Array.isArray(kind?.enum) && kind.enum.length === 1 ? kind.enum[0] : undefined);
    if (typeof value !== 'string') return undefined;
    kinds.push(value);
  }
  return kinds;
}

/** Turns a field name into a label: `weeklyWage` → "Weekly wage". */
export function labelOf(name: string | number): string {
  if (typeof name === 'number') return `Row ${name + 1}`;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A starting value for a new row or a chosen variant. */
function blank(raw: Schema): unknown {
  const schema = unwrap(raw);
  switch (kindOf(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const props = schema.properties as Record<string, Schema>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (props[key] !== undefined) out[key] = blank(props[key]);
      return out;
    }
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'enum':
      return (schema.enum as unknown[])[0];
    case 'variant':
      return blank((schema.oneOf as Schema[])[0] ?? {});
    default:
      return '';
  }
}

/** Writes `value` at `path` in `root` (deleting the key when `value` is undefined). */
export function setAt(root: Record<string, unknown>, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}

interface Ctx {
  readonly state: Record<string, unknown>;
  readonly onStructure: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function errorSlot(path: Path): HTMLElement {
  return el('p', { class: 'field-error', id: `e-${controlId(path)}`, role: 'status' });
}

/** Draws the form of `schema` for `value` (the state at `path`). */
export function renderField(schema: Schema, value: unknown, path: Path, required: boolean, ctx: Ctx): HTMLElement {
  const kind = kindOf(schema);
  if (kind === 'object') return renderObject(unwrap(schema), value as Record<string, unknown>, path, ctx);
  if (kind === 'array') return renderArray(unwrap(schema), (value ?? []) as unknown[], path, ctx);
  if (kind === 'variant') return renderVariant(unwrap(schema), value as Record<string, unknown>, path, ctx);
  const id = controlId(path);
  const wrap = el('div', { class: 'field', 'data-path': JSON.stringify(path) });
  const name = path[path.length - 1] ?? 'input';
  const label = el('label', { for: id }, `${labelOf(name)}${required ? '' : ' (optional)'}`);
  const hint = unwrap(schema).description;
  const control = controlOf(kind, unwrap(schema), value, path, required, ctx);
  control.id = id;
  control.setAttribute('aria-describedby', `e-${id}`);
  if (typeof hint === 'string') control.title = hint;
  wrap.append(label, control, errorSlot(path));
  return wrap;
}

function controlOf(kind: Kind, schema: Schema, value: unknown, path: Path, required: boolean, ctx: Ctx): HTMLElement {
  const set = (v: unknown) => setAt(ctx.state, path, v);
  if (kind === 'enum') {
    const select = el('select');
    if (!required) select.append(el('option', { value: '' }, '(none)'));
    for (const option of schema.enum as unknown[]) select.append(el('option', { value: String(option) }, String(option)));
    select.value = value === undefined ? '' : String(value);
    select.addEventListener('change', () => set(select.value === '' ? undefined : select.value));
    return select;
  }
  if (kind === 'boolean') {
    const box = el('input', { type: 'checkbox' });
    box.checked = value === true;
    box.addEventListener('change', () => set(box.checked));
    return box;
  }
  if (kind === 'json') {
    const area = el('textarea', { rows: '3', spellcheck: 'false' });
    area.value = value === undefined ? '' : JSON.stringify(value);
    area.addEventListener('input', () => {
      try {
        set(area.value.trim() === '' ? undefined : JSON.parse(area.value));
      } catch {
        set(area.value);
      }
    });
    return area;
  }
  const input = el('input', { type: kind === 'date' ? 'date' : 'text', autocomplete: 'off' });
  if (kind === 'decimal' || kind === 'integer') input.inputMode = kind === 'integer' ? 'numeric' : 'decimal';
  input.value = value === undefined || value === null ? '' : String(value);
  input.addEventListener('input', () => {
    const text = input.value;
    if (text === '' && !required) set(undefined);
    else if (kind === 'integer' && /^-?\d+$/.test(text)) set(Number(text));
    else set(text);
  });
  return input;
}

function appendProps(box: HTMLElement, schema: Schema, value: Record<string, unknown> | undefined, path: Path, ctx: Ctx): void {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  for (const [key, sub] of Object.entries(props)) {
    if (key === 'kind' && path.length > 0 && box.dataset.variant === 'true') continue;
    box.append(renderField(sub, value?.[key], [...path, key], required.has(key), ctx));
  }
}

function renderObject(schema: Schema, value: Record<string, unknown>, path: Path, ctx: Ctx): HTMLElement {
  if (path.length === 0) {
    const box = el('div', { class: 'object' });
    appendProps(box, schema, value, path, ctx);
    return box;
  }
  const box = el('fieldset', { class: 'object', 'data-path': JSON.stringify(path) });
  box.append(el('legend', {}, labelOf(path[path.length - 1] ?? '')));
  appendProps(box, schema, value, path, ctx);
  box.append(errorSlot(path));
  return box;
}

function renderArray(schema: Schema, rows: unknown[], path: Path, ctx: Ctx): HTMLElement {
  const items = (schema.items ?? {}) as Schema;
  const box = el('fieldset', { class: 'rows', 'data-path': JSON.stringify(path) });
  const name = labelOf(path[path.length - 1] ?? 'rows');
  box.append(el('legend', {}, name));
  rows.forEach((row, i) => {
    const line = el('div', { class: 'row' });
    line.append(renderField(items, row, [...path, i], true, ctx));
    const remove = el('button', { type: 'button', class: 'remove', 'aria-label': `Remove row ${i + 1} of ${name}` }, 'Remove');
    remove.addEventListener('click', () => {
      rows.splice(i, 1);
      ctx.onStructure();
    });
    line.append(remove);
    box.append(line);
  });
  const add = el('button', { type: 'button', class: 'add', id: `add-${controlId(path)}` }, `Add a row to ${name.toLowerCase()}`);
  add.addEventListener('click', () => {
    rows.push(blank(items));
    setAt(ctx.state, path, rows);
    ctx.onStructure();
  });
  box.append(add, errorSlot(path));
  return box;
}

function renderVariant(schema: Schema, value: Record<string, unknown> | undefined, path: Path, ctx: Ctx): HTMLElement {
  const branches = schema.oneOf as Schema[];
  const kinds = variantKinds(schema) ?? [];
  const current = Math.max(0, kinds.indexOf(String(value?.kind ?? kinds[0])));
  const box = el('fieldset', { class: 'object', 'data-path': JSON.stringify(path) });
  box.append(el('legend', {}, labelOf(path[path.length - 1] ?? '')));
  const id = controlId([...path, 'kind']);
  const select = el('select', { id, 'aria-describedby': `e-${id}` });
  for (const k of kinds) select.append(el('option', { value: k }, k));
  select.value = kinds[current] ?? '';
  select.addEventListener('change', () => {
    const next = branches[kinds.indexOf(select.value)] ?? {};
    setAt(ctx.state, path, { ...(blank(next) as object), kind: select.value });
    ctx.onStructure();
  });
  const field = el('div', { class: 'field' });
  field.append(el('label', { for: id }, 'Kind'), select, errorSlot([...path, 'kind']));
  box.append(field);
  box.dataset.variant = 'true';
  appendProps(box, branches[current] ?? {}, value, path, ctx);
  box.append(errorSlot(path));
  return box;
}
