// Charts drawn as inline SVG: each is a <figure> with a caption, an image role with a text alternative, and
// the figures as a table for those who would rather read.
import { h, s, uid } from './dom.js';
import { t, num } from './i18n.js';
import { table, percent } from './ui.js';

const COLORS = { brand: '#1f6f8b', accent: '#e07a2e', ok: '#2e7d4f', bad: '#b3261e', track: '#dbe6ec', muted: '#c9d1dc' };

/** A bar of a share 0..1 with a text: role progressbar. */
export function progressBar(share, label) {
  const value = Math.round((share || 0) * 100);
  return h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(value), 'aria-label': label },
    h('span', { class: 'progress-track' }, h('span', { class: 'progress-fill', style: { width: `${value}%` } })),
    h('span', { class: 'progress-label' }, label));
}

function figure(title, description, svg, dataTable, legend) {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  svg.setAttribute('role', 'img');
  // drawn at its own size in pixels (text stays 12px), shrunk to fit a narrow column
  svg.setAttribute('width', svg.viewBox.baseVal.width);
  svg.setAttribute('aria-labelledby', `${titleId} ${descId}`);
  svg.prepend(s('title', { id: titleId }, title), s('desc', { id: descId }, description));
  return h('figure', { class: 'card chart-figure' },
    h('figcaption', {}, h('h3', {}, title)),
    legend ? h('ul', { class: 'legend' }, legend.map(([color, text]) => h('li', {}, h('span', { class: 'swatch', style: { background: color } }), text))) : null,
    svg,
    h('details', {}, h('summary', {}, t('charts.asTable')), dataTable));
}

/** Mentors' load against their capacity: a track of the capacity and a bar of the mentees held. */
export function mentorLoadChart(mentorLoad) {
  const rows = [...mentorLoad].sort((a, b) => (b.mentees - a.mentees) || a.mentor.name.localeCompare(b.mentor.name));
  const max = Math.max(1, ...rows.map((r) => Math.max(r.mentees, r.capacity || 0)));
  const labelWidth = 210;
  const barWidth = 380;
  const rowHeight = 30;
  const top = 24;
  const height = top + rows.length * rowHeight + 12;
  const x = (v) => labelWidth + (v / max) * barWidth;
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${labelWidth + barWidth + 90} ${height}`, 'data-chart': 'mentor-load' });
  for (let v = 0; v <= max; v += 1) {
    svg.append(s('line', { class: 'grid-line', x1: x(v), x2: x(v), y1: top - 6, y2: height - 8 }),
      s('text', { x: x(v), y: top - 10, 'text-anchor': 'middle', class: 'muted-text' }, String(v)));
  }
  rows.forEach((r, i) => {
    const y = top + i * rowHeight;
    const over = r.capacity !== null && r.capacity !== undefined && r.mentees > r.capacity;
    svg.append(
      s('text', { x: labelWidth - 8, y: y + 17, 'text-anchor': 'end' }, shorten(r.mentor.name, 28)),
      r.capacity ? s('rect', { class: 'bar-capacity', x: labelWidth, y: y + 4, width: x(r.capacity) - labelWidth, height: 18, rx: 3 }) : null,
      s('rect', { class: over ? 'bar-over' : 'bar-load', x: labelWidth, y: y + 8, width: Math.max(0, x(r.mentees) - labelWidth), height: 10, rx: 2 }),
      s('text', { x: x(Math.max(r.mentees, r.capacity || 0)) + 8, y: y + 17, class: 'muted-text' },
        r.capacity ? `${r.mentees} / ${r.capacity}` : `${r.mentees} / ?`));
  });
  const full = rows.filter((r) => r.capacity && r.mentees >= r.capacity).length;
  return figure(t('charts.load.title'), t('charts.load.desc', { mentors: rows.length, full }), svg,
    table(t('charts.load.title'), [
      { label: t('mentorship.mentor'), cell: (r) => r.mentor.name },
      { label: t('charts.load.mentees'), className: 'num', cell: (r) => String(r.mentees) },
      { label: t('charts.load.capacity'), className: 'num', cell: (r) => (r.capacity ?? '—').toString() },
    ], rows, { empty: t('charts.load.empty') }),
    [[COLORS.brand, t('charts.load.legendLoad')], [COLORS.track, t('charts.load.legendCapacity')], [COLORS.bad, t('charts.load.legendOver')]]);
}

/** Coverage of the mentee base: matched, only proposed, not yet matched, as a donut. */
export function coverageChart(coverage) {
  const rest = Math.max(0, coverage.mentees - coverage.matched - coverage.proposed);
  const parts = [
    [coverage.matched, COLORS.ok, t('charts.coverage.matched')],
    [coverage.proposed, COLORS.accent, t('charts.coverage.proposed')],
    [rest, COLORS.muted, t('charts.coverage.rest')],
  ];
  const total = Math.max(1, coverage.mentees);
  const r = 78;
  const c = 2 * Math.PI * r;
  const svg = s('svg', { class: 'chart donut', viewBox: '0 0 200 200', 'data-chart': 'coverage' });
  svg.append(s('circle', { cx: 100, cy: 100, r, fill: 'none', stroke: '#eef1f5', 'stroke-width': 24 }));
  let offset = 0;
  for (const [value, color] of parts) {
    if (!value) continue;
    const length = (value / total) * c;
    svg.append(s('circle', { cx: 100, cy: 100, r, fill: 'none', stroke: color, 'stroke-width': 24,
      'stroke-dasharray': `${length} ${c - length}`, 'stroke-dashoffset': String(-offset), transform: 'rotate(-90 100 100)' }));
    offset += length;
  }
  svg.append(s('text', { x: 100, y: 104, 'text-anchor': 'middle', class: 'donut-value' }, percent(coverage.share)),
    s('text', { x: 100, y: 124, 'text-anchor': 'middle', class: 'muted-text' }, t('charts.coverage.ofMentees', { count: coverage.mentees })));
  return figure(t('charts.coverage.title'), t('charts.coverage.desc', { share: percent(coverage.share), matched: coverage.matched, mentees: coverage.mentees, proposed: coverage.proposed }), svg,
    table(t('charts.coverage.title'), [
      { label: t('charts.coverage.group'), cell: (p) => p[2] },
      { label: t('charts.coverage.count'), className: 'num', cell: (p) => String(p[0]) },
    ], parts),
    parts.map(([, color, text]) => [color, text]));
}

/** Progress of each mentorship's personalized program: tasks done, goals assessed. */
export function progressChart(progress) {
  const rows = [...progress].sort((a, b) => b.progress - a.progress);
  const labelWidth = 280;
  const barWidth = 340;
  const rowHeight = 34;
  const height = 12 + rows.length * rowHeight;
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${labelWidth + barWidth + 110} ${Math.max(height, 40)}`, 'data-chart': 'progress' });
  rows.forEach((r, i) => {
    const y = 6 + i * rowHeight;
    const label = `${r.mentor.name} → ${r.mentees.map((m) => m.name).join(', ')}`;
    svg.append(
      s('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end' }, shorten(label, 34)),
      s('rect', { x: labelWidth, y: y + 5, width: barWidth, height: 14, rx: 7, fill: '#eef1f5' }),
      s('rect', { x: labelWidth, y: y + 5, width: Math.max(0, barWidth * r.progress), height: 14, rx: 7, fill: r.status === 'COMPLETED' ? COLORS.ok : COLORS.brand }),
      s('text', { x: labelWidth + barWidth + 8, y: y + 16, class: 'muted-text' },
        `${percent(r.progress)} · ${r.tasksDone}/${r.tasks}`));
  });
  const mean = rows.length ? rows.reduce((sum, r) => sum + r.progress, 0) / rows.length : 0;
  return figure(t('charts.progress.title'), t('charts.progress.desc', { count: rows.length, mean: percent(mean) }), svg,
    table(t('charts.progress.title'), [
      { label: t('charts.progress.pair'), cell: (r) => `${r.mentor.name} → ${r.mentees.map((m) => m.name).join(', ')}` },
      { label: t('mentorship.status'), cell: (r) => t(`status.${r.status}`) },
      { label: t('charts.progress.tasks'), className: 'num', cell: (r) => `${r.tasksDone} / ${r.tasks}` },
      { label: t('charts.progress.goals'), className: 'num', cell: (r) => `${r.goalsAssessed} / ${r.goals}` },
      { label: t('charts.progress.share'), className: 'num', cell: (r) => percent(r.progress) },
    ], rows, { empty: t('charts.progress.empty') }));
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export { num };
