// A result as tables: scalars as label/value rows, lists of objects as one table with a column per
// field (nested fields flattened as `retained.var.0.99`), nested objects as nested tables.
import { labelOf } from './form.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function flatten(value: Json, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out);
  } else if (Array.isArray(value)) {
    out.set(prefix, value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', '));
  } else {
    out.set(prefix, value === null ? '—' : String(value));
  }
}

function cell(tag: 'td' | 'th', text: string, cls?: string): HTMLTableCellElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (cls !== undefined) c.className = cls;
  if (tag === 'th') c.scope = cls === 'row' ? 'row' : 'col';
  return c;
}

const numeric = /^-?\d+(\.\d+)?$/;

function rowsTable(rows: Json[], caption: string): HTMLElement {
  const flat = rows.map((r) => {
    const m = new Map<string, string>();
    flatten(r, '', m);
    return m;
  });
  const columns = [...new Set(flat.flatMap((m) => [...m.keys()]))];
  const table = document.createElement('table');
  table.append(Object.assign(document.createElement('caption'), { textContent: caption }));
  const head = document.createElement('tr');
  for (const c of columns) head.append(cell('th', c === '' ? 'value' : c));
  table.append(Object.assign(document.createElement('thead'), {}));
  table.tHead?.append(head);
  const body = document.createElement('tbody');
  for (const m of flat) {
    const tr = document.createElement('tr');
    for (const c of columns) {
      const v = m.get(c) ?? '';
      tr.append(cell('td', v, numeric.test(v) ? 'num' : undefined));
    }
    body.append(tr);
  }
  table.append(body);
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  wrap.append(table);
  return wrap;
}

/** Draws a result object. */
export function renderResult(result: Record<string, unknown>, caption = 'Result'): HTMLElement {
  const box = document.createElement('div');
  const table = document.createElement('table');
  table.className = 'result';
  table.append(Object.assign(document.createElement('caption'), { textContent: caption }));
  const nested: HTMLElement[] = [];
  for (const [key, raw] of Object.entries(result)) {
    const value = raw as Json;
    if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
      nested.push(rowsTable(value, labelOf(key)));
      continue;
    }
    const flat = new Map<string, string>();
    flatten(value, key, flat);
    for (const [k, v] of flat) {
      const tr = document.createElement('tr');
      tr.dataset.field = k;
      tr.append(cell('th', k, 'row'), cell('td', v, numeric.test(v) ? 'num' : undefined));
      table.append(tr);
    }
  }
  box.append(table, ...nested);
  return box;
}
