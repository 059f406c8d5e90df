// Horizontal bar charts as inline SVG (no chart library): one bar per slice, label on the left, amount on the
// right. Colours come from the theme through CSS classes (media/panel.css), so the charts follow the theme.
import { svg } from './dom';
import { formatMonthly } from '../shared/format';
import type { Slice } from './viewModel';

const BAR_HEIGHT = 18;
const GAP = 6;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 70;
const WIDTH = 480;
const MAX_LABEL_CHARS = 26;

function shorten(label: string): string {
  if (label.length <= MAX_LABEL_CHARS) return label;
  // Keep the end of paths (the file name) and the start of model ids.
  return label.includes('/') ? `…${label.slice(-(MAX_LABEL_CHARS - 1))}` : `${label.slice(0, MAX_LABEL_CHARS - 1)}…`;
}

export function barChart(title: string, slices: readonly Slice[]): SVGElement {
  const height = Math.max(1, slices.length) * (BAR_HEIGHT + GAP);
  const max = Math.max(0, ...slices.map(s => s.value));
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const summary = slices.length
    ? `${title}: ${slices.map(s => `${s.label} ${formatMonthly(s.value)}`).join(', ')}`
    : `${title}: no priced calls`;
  const chart = svg('svg', {
    class: 'chart', role: 'img', 'aria-label': summary,
    viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, preserveAspectRatio: 'xMinYMin meet',
  }, svg('title', {}, summary));
  slices.forEach((s, i) => {
    const y = i * (BAR_HEIGHT + GAP);
    const w = max > 0 ? Math.max(1, (s.value / max) * barSpace) : 0;
    chart.appendChild(svg('g', { class: 'bar-row' },
      svg('title', {}, `${s.label}: ${formatMonthly(s.value)}/month`),
      svg('text', { class: 'bar-label', x: LABEL_WIDTH - 6, y: y + BAR_HEIGHT / 2, 'text-anchor': 'end', 'dominant-baseline': 'central' }, shorten(s.label)),
      svg('rect', { class: `bar bar-${i % 6}`, x: LABEL_WIDTH, y, width: w.toFixed(1), height: BAR_HEIGHT, rx: 2 }),
      svg('text', { class: 'bar-value', x: LABEL_WIDTH + w + 6, y: y + BAR_HEIGHT / 2, 'dominant-baseline': 'central' }, formatMonthly(s.value)),
    ));
  });
  return chart;
}
