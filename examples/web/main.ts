// The wcra-calc calculators page: every calculator of CALCULATORS as a form generated from its
// definition and its shipped JSON Schema, computed in the browser with the public API; nothing is
// sent anywhere. The calculator and its inputs live in the URL's fragment, so a case can be shared.
import { CALCULATORS, formatWorksheet, isWcraError } from 'wcra-calc';
import { levelCharts } from './chart.js';
import { controlId, labelOf, type Path, renderField, type Schema } from './form.js';
import { renderResult } from './result.js';

type Definition = (typeof CALCULATORS)[number];

const schemas = import.meta.glob<Schema>('../../dist/schemas/*.json', { eager: true, import: 'default' });

function schemaOf(name: string, kind: 'input' | 'options'): Schema | undefined {
  return schemas[`../../dist/schemas/${name}${kind === 'options' ? '.options' : ''}.json`];
}

const byName = new Map<string, Definition>(CALCULATORS.map((d) => [d.name, d]));

interface Case {
  readonly name: string;
  readonly input: Record<string, unknown>;
  readonly options: Record<string, unknown>;
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value ?? {})) as T;
}

/** The case in the URL fragment (`#calc=…&input=…&options=…`), or the definition's example. */
function caseFromUrl(): Case {
  const params = new URLSearchParams(location.hash.slice(1));
  const def = (byName.get(params.get('calc') ?? '') ?? byName.get('reinsurancePremium') ?? CALCULATORS[0]) as Definition;
  const parse = (key: string, fallback: unknown): Record<string, unknown> => {
    const raw = params.get(key);
    if (raw === null) return clone(fallback) as Record<string, unknown>;
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return clone(fallback) as Record<string, unknown>;
    }
  };
  return { name: def.name, input: parse('input', def.example), options: parse('options', def.exampleOptions) };
}

function shareUrl(c: Case): string {
  const params = new URLSearchParams({ calc: c.name, input: JSON.stringify(c.input) });
  if (Object.keys(c.options).length > 0) params.set('options', JSON.stringify(c.options));
  return `${location.origin}${location.pathname}#${params.toString()}`;
}

function drawNav(current: string): void {
  const nav = document.getElementById('calculators') as HTMLElement;
  nav.replaceChildren();
  const features = [...new Set(CALCULATORS.map((d) => d.feature))];
  for (const feature of features) {
    const group = document.createElement('li');
    group.append(Object.assign(document.createElement('h3'), { textContent: labelOf(feature) }));
    const list = document.createElement('ul');
    for (const d of CALCULATORS.filter((x) => x.feature === feature)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#calc=${d.name}`;
      link.textContent = d.name;
      if (d.name === current) link.setAttribute('aria-current', 'page');
      item.append(link);
      list.append(item);
    }
    group.append(list);
    nav.append(group);
  }
}

function clearErrors(root: HTMLElement): void {
  for (const slot of root.querySelectorAll('.field-error')) slot.textContent = '';
  for (const bad of root.querySelectorAll('[aria-invalid]')) bad.removeAttribute('aria-invalid');
}

/** Shows an issue next to the control of its path (or of the nearest enclosing field). */
function showIssue(root: HTMLElement, path: Path, message: string): boolean {
  for (let n = path.length; n > 0; n--) {
    const id = controlId(path.slice(0, n));
    const slot = root.querySelector<HTMLElement>(`#e-${CSS.escape(id)}`);
    if (slot !== null) {
      slot.textContent = slot.textContent === '' ? message : `${slot.textContent} ${message}`;
      root.querySelector(`#${CSS.escape(id)}`)?.setAttribute('aria-invalid', 'true');
      return true;
    }
  }
  return false;
}

function compute(def: Definition, c: Case, out: HTMLElement, form: HTMLElement): void {
  clearErrors(form);
  out.replaceChildren();
  const summary = document.getElementById('errors') as HTMLElement;
  summary.textContent = '';
  try {
    const options = def.explains ? { ...c.options, explain: true } : c.options;
    const result = def.run(c.input, options) as Record<string, unknown>;
    const { steps, ...rest } = result;
    out.append(renderResult(rest));
    const charts = levelCharts(rest);
    if (charts !== undefined) out.append(charts);
    if (Array.isArray(steps) && steps.length > 0) {
      const sheet = document.createElement('pre');
      sheet.className = 'worksheet';
      sheet.setAttribute('aria-label', 'Worksheet');
      const width = Math.max(40, Math.min(100, Math.floor((out.clientWidth || 640) / 8)));
      sheet.textContent = formatWorksheet(steps as Parameters<typeof formatWorksheet>[0], { width });
      out.append(sheet);
    }
  } catch (error) {
    if (!isWcraError(error)) throw error;
    const unplaced: string[] = [];
    for (const issue of error.issues) {
      const path = issue.path[0] === 'options' ? issue.path : ['input', ...issue.path];
      if (!showIssue(form, path, issue.message)) unplaced.push(`${issue.path.join('.')}: ${issue.message}`);
    }
    summary.textContent = `${error.code}: ${error.issues.length === 0 ? error.message : `${error.issues.length} problem(s) shown next to the fields.`}`;
    if (unplaced.length > 0) summary.textContent += ` ${unplaced.join(' ')}`;
  }
}

function draw(): void {
  const c = caseFromUrl();
  const def = byName.get(c.name) as Definition;
  drawNav(def.name);
  const main = document.getElementById('calculator') as HTMLElement;
  main.replaceChildren();
  const heading = document.createElement('h2');
  heading.textContent = def.name;
  const summary = document.createElement('p');
  summary.textContent = `${def.summary} (${def.rules.join(', ')})`;
  const form = document.createElement('form');
  form.noValidate = true;
  form.setAttribute('aria-label', `${def.name} inputs`);
  const state: Record<string, unknown> = { input: c.input, options: c.options };
  const redraw = () => {
    body.replaceChildren(...fields());
  };
  const fields = (): HTMLElement[] => {
    const parts: HTMLElement[] = [];
    const input = schemaOf(def.name, 'input');
    if (input !== undefined) parts.push(renderField(input, state.input, ['input'], true, { state, onStructure: redraw }));
    const options = schemaOf(def.name, 'options');
    if (options !== undefined) {
      const props = { ...((options.properties ?? {}) as Record<string, Schema>) };
      delete props.explain;
      if (Object.keys(props).length > 0) {
        parts.push(renderField({ ...options, properties: props }, state.options, ['options'], false, { state, onStructure: redraw }));
      }
    }
    return parts;
  };
  const body = document.createElement('div');
  body.className = 'fields';
  redraw();
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Compute';
  const share = document.createElement('a');
  share.className = 'share';
  share.textContent = 'Link to this case';
  const out = document.createElement('section');
  out.id = 'result';
  out.setAttribute('aria-live', 'polite');
  out.setAttribute('aria-label', 'Result');
  form.append(body, button, share);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const now: Case = { name: def.name, input: state.input as Record<string, unknown>, options: state.options as Record<string, unknown> };
    share.href = shareUrl(now);
    history.replaceState(null, '', share.href);
    compute(def, now, out, form);
  });
  share.href = shareUrl(c);
  const layout = document.createElement('div');
  layout.className = 'layout';
  layout.append(form, out);
  main.append(heading, summary, layout);
  compute(def, c, out, form);
}

window.addEventListener('hashchange', draw);
draw();
