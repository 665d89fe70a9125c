// Hand-made SVG charts for the retention decision: per level, grouped bars of the premium, the
// expected retained loss and the 95% / 99% figures; for a risk profile also the exceedance curve of
// the annual total cost, drawn through the simulated quantiles. No chart library: a few dozen lines.
const NS = 'http://www.w3.org/2000/svg';
const COLORS = ['#1f5f99', '#d9822b', '#3c8d40', '#a23b72', '#6b6b6b'];

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function get(obj: unknown, path: ReadonlyArray<string>): number | undefined {
  let node = obj;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  if (typeof node !== 'string' && typeof node !== 'number') return undefined;
  const n = Number(node);
  return Number.isFinite(n) ? n : undefined;
}

function money(n: number): string {
  return n >= 1e6 ? `$${(n / 1e6).toFixed(1)}M` : n >= 1e3 ? `$${(n / 1e3).toFixed(0)}k` : `$${n.toFixed(0)}`;
}

interface Series {
  readonly label: string;
  readonly path: ReadonlyArray<string>;
}

const CANDIDATES: ReadonlyArray<Series> = [
  { label: 'Premium', path: ['premium'] },
  { label: 'Expected retained', path: ['expectedRetained'] },
  { label: 'Retained losses', path: ['retainedLosses'] },
  { label: 'Net cost', path: ['netCost'] },
  { label: 'Retained VaR 95%', path: ['retained', 'var', '0.95'] },
  { label: 'Retained VaR 99%', path: ['retained', 'var', '0.99'] },
  { label: 'Total cost VaR 95%', path: ['totalCost', 'var', '0.95'] },
  { label: 'Total cost VaR 99%', path: ['totalCost', 'var', '0.99'] },
];

function bars(levels: ReadonlyArray<Record<string, unknown>>): SVGElement | undefined {
  const series = CANDIDATES.filter((s) => levels.some((l) => get(l, s.path) !== undefined));
  if (series.length === 0) return undefined;
  const width = 640;
  const height = 300;
  const top = 20;
  const bottom = 60;
  const left = 70;
  const max = Math.max(1, ...levels.flatMap((l) => series.map((s) => get(l, s.path) ?? 0)));
  const group = (width - left - 10) / levels.length;
  const bar = (group * 0.8) / series.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart', 'aria-labelledby': 'bars-title' });
  chart.append(svg('title', { id: 'bars-title' }, 'Premium, expected retained loss and tail figures per retention level'));
  const plot = height - top - bottom;
  for (let t = 0; t <= 4; t++) {
    const y = top + plot - (plot * t) / 4;
    chart.append(svg('line', { x1: left, x2: width - 10, y1: y, y2: y, stroke: '#ddd' }));
    chart.append(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', 'font-size': 11 }, money((max * t) / 4)));
  }
  levels.forEach((level, i) => {
    const x0 = left + i * group + group * 0.1;
    series.forEach((s, j) => {
      const v = get(level, s.path) ?? 0;
      const h = (plot * v) / max;
      const rect = svg('rect', {
        x: x0 + j * bar,
        y: top + plot - h,
        width: bar - 1,
        height: h,
        fill: COLORS[j % COLORS.length] ?? '#000',
      });
      rect.append(svg('title', {}, `${String(level.level)}: ${s.label} ${String(v)}`));
      chart.append(rect);
    });
    chart.append(
      svg('text', { x: x0 + group * 0.4, y: height - bottom + 16, 'text-anchor': 'middle', 'font-size': 12 }, String(level.level)),
    );
  });
  series.forEach((s, j) => {
    const x = left + j * 120;
    chart.append(svg('rect', { x, y: height - 24, width: 10, height: 10, fill: COLORS[j % COLORS.length] ?? '#000' }));
    chart.append(svg('text', { x: x + 14, y: height - 15, 'font-size': 11 }, s.label));
  });
  return chart;
}

/** The exceedance curve P(total cost > x) of each level, through its simulated VaR points. */
function exceedance(levels: ReadonlyArray<Record<string, unknown>>): SVGElement | undefined {
  const curves = levels.map((l) => {
    const vars = ((l.totalCost as Record<string, unknown> | undefined)?.var ?? {}) as Record<string, string>;
    return Object.entries(vars)
      .map(([q, v]) => ({ p: 1 - Number(q), x: Number(v) }))
      .filter((pt) => Number.isFinite(pt.p) && Number.isFinite(pt.x))
      .sort((a, b) => a.x - b.x);
  });
  if (curves.every((c) => c.length < 2)) return undefined;
  const width = 640;
  const height = 260;
  const left = 70;
  const top = 20;
  const plotW = width - left - 20;
  const plotH = height - top - 50;
  const xs = curves.flat().map((pt) => pt.x);
  const minX = Math.min(...xs);
  const maxX = Math.max(minX + 1, ...xs);
  const maxP = Math.max(...curves.flat().map((pt) => pt.p));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart', 'aria-labelledby': 'curve-title' });
  chart.append(svg('title', { id: 'curve-title' }, 'Exceedance curve of the annual total cost per level'));
  chart.append(svg('text', { x: left, y: 14, 'font-size': 11 }, 'P(annual total cost > x)'));
  const px = (x: number) => left + (plotW * (x - minX)) / (maxX - minX);
  const py = (p: number) => top + plotH - (plotH * p) / maxP;
  for (let t = 0; t <= 4; t++) {
    const x = minX + ((maxX - minX) * t) / 4;
    chart.append(svg('text', { x: px(x), y: top + plotH + 16, 'text-anchor': 'middle', 'font-size': 11 }, money(x)));
  }
  chart.append(svg('text', { x: left - 6, y: py(maxP) + 4, 'text-anchor': 'end', 'font-size': 11 }, maxP.toFixed(3)));
  curves.forEach((pts, i) => {
    const d = pts.map((pt, k) => `${k === 0 ? 'M' : 'L'}${px(pt.x).toFixed(1)},${py(pt.p).toFixed(1)}`).join(' ');
    chart.append(svg('path', { d, fill: 'none', stroke: COLORS[i % COLORS.length] ?? '#000', 'stroke-width': 2 }));
    const level = String(levels[i]?.level ?? i);
    chart.append(svg('text', { x: left + i * 90, y: height - 8, 'font-size': 11, fill: COLORS[i % COLORS.length] ?? '#000' }, level));
  });
  return chart;
}

/** Charts for a result with a list of levels (`options` of compareRetentionLevels, `levels` of retentionRiskProfile); else undefined. */
export function levelCharts(result: Record<string, unknown>): HTMLElement | undefined {
  const levels = Array.isArray(result.levels) ? result.levels : result.options;
  if (!Array.isArray(levels) || levels.length === 0) return undefined;
  const drawn = [bars(levels), exceedance(levels)].filter((c): c is SVGElement => c !== undefined);
  if (drawn.length === 0) return undefined;
  const box = document.createElement('figure');
  box.className = 'charts';
  box.append(...drawn);
  return box;
}
