import { api, query } from '../api.js';
import { authorityTabs, el, finding, table } from '../ui.js';

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach((c) => node.append(c));
  return node;
}
const month = (d) => { const [y, m] = d.split('-'); return Number(y) * 12 + (m ? Number(m) - 1 : 0); };

/** Leadership timeline: spells per post, interim and acting ones drawn differently, inspections marked. */
export async function leadership(view, { id, params, navigate }) {
  const t = await api.get(`/api/authorities/${id}/leadership${query({ from: params.from, to: params.to })}`);
  const from = el('input', { id: 'from', value: params.from || '', size: 7, placeholder: '2016' });
  const to = el('input', { id: 'to', value: params.to || '', size: 7, placeholder: '2018' });
  const apply = el('button', { type: 'submit' }, 'Apply');
  const form = el('form', { class: 'controls' }, el('label', { for: 'from' }, 'From', from), el('label', { for: 'to' }, 'To', to), apply);
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate(`/authorities/${id}/leadership`, { from: from.value, to: to.value }); });
  const spells = t.roles.flatMap((r) => r.spells.map((s) => ({ ...s, title: r.title })));
  const dated = spells.flatMap((s) => [s.start, s.end, s.endInferred, s.lastSeen]).filter(Boolean)
    .concat(t.inspectionDates);
  view.append(el('h1', {}, `Leadership: ${t.authorityName}`), authorityTabs(id, 'leadership'), form,
    el('p', {}, `${t.changes} changes of post holder`, t.from || t.to ? ` between ${t.from || '\u2026'} and ${t.to || '\u2026'}` : '',
      `; ${t.interimMonths} months of interim or acting leadership (summed over posts)`,
      t.longestGap ? `; longest gap ${t.longestGap.months} months (${t.longestGap.role}, ${t.longestGap.from} to ${t.longestGap.to})` : '', '.'));
  if (dated.length) {
    const lo = Math.min(...dated.map(month)) - 2;
    const hi = Math.max(...dated.map(month)) + 3;
    const width = 900; const rowH = 28; const left = 230;
    const x = (d) => left + ((month(d) - lo) / (hi - lo)) * (width - left - 10);
    const roles = t.roles.filter((r) => r.spells.length);
    const chart = svg('svg', { width, height: roles.length * rowH + 40, role: 'img',
      'aria-label': `Timeline of ${spells.length} post-holding spells` });
    for (let y = Math.floor(lo / 12); y <= Math.floor(hi / 12); y++) {
      const px = x(`${y}-01`);
      if (px >= left) chart.append(svg('line', { x1: px, x2: px, y1: 0, y2: roles.length * rowH + 20, stroke: '#eee' }),
        svg('text', { x: px + 2, y: roles.length * rowH + 34 }, String(y)));
    }
    t.inspectionDates.forEach((d) => chart.append(svg('line', { x1: x(d), x2: x(d), y1: 0, y2: roles.length * rowH + 20,
      stroke: '#6e7781', 'stroke-dasharray': '2,3' }, svg('title', {}, `inspection ${d}`))));
    roles.forEach((r, row) => {
      const y = row * rowH + 6;
      chart.append(svg('text', { x: 4, y: y + 14 }, r.title.length > 32 ? `${r.title.slice(0, 31)}\u2026` : r.title));
      r.spells.forEach((s) => {
        const start = s.start || s.end; const end = s.end || s.endInferred || s.lastSeen || s.start;
        if (!start) return;
        const interim = s.tenure === 'interim' || s.tenure === 'acting';
        const x1 = x(start); const x2 = Math.max(x(end), x1 + 6);
        chart.append(svg('rect', { x: x1, y, width: x2 - x1, height: 18, rx: 3,
          fill: interim ? '#fff8c5' : s.tenure === 'permanent' ? '#1f5fa8' : '#c4c4cc',
          stroke: interim ? '#9a6700' : '#1f5fa8', 'stroke-dasharray': interim ? '4,2' : 'none',
          class: `spell ${s.tenure}` },
        svg('title', {}, `${s.tenure}: ${s.holder || r.title}, ${s.start || '?'} to ${s.end || s.endInferred || 'open'} \u2014 `
          + s.sources.map((x2s) => `${x2s.inspection} ${x2s.ref}`).join('; '))));
      });
    });
    view.append(el('div', { class: 'timeline' }, chart),
      el('p', { class: 'muted' }, 'Solid: permanent; dashed yellow: interim or acting; grey: not stated. Dotted lines: inspections.'));
  }
  view.append(el('h2', {}, 'Spells and where the reports state them'), table(['Post', 'Tenure', 'From', 'To', 'Holder', 'Source'],
    spells.map((s) => [s.title, s.tenure + (s.planned ? ' (planned)' : ''), s.startText ? `${s.start || '?'} (${s.startText})` : s.start || '?',
      s.end ? `${s.end}${s.endText ? ` (${s.endText})` : ''}` : s.endInferred ? `${s.endInferred} (next holder arrives)` : 'open',
      s.holder || '', el('div', {}, s.sources.map((src) => el('div', { class: 'ref' }, `${src.inspection} \u00b7 ${src.ref}: `, el('q', {}, src.quote))))])));
  view.append(el('h2', {}, 'Findings about leadership and workforce stability'), ...t.findings.map((f) => finding(f)));
}

/** The cross-authority turnover ranking over a period. */
export async function turnover(view, { params, navigate }) {
  const r = await api.get(`/api/turnover${query({ from: params.from, to: params.to })}`);
  const from = el('input', { id: 'from', value: params.from || '', size: 7, placeholder: '2016' });
  const to = el('input', { id: 'to', value: params.to || '', size: 7, placeholder: '2018' });
  const form = el('form', { class: 'controls' }, el('label', { for: 'from' }, 'From', from), el('label', { for: 'to' }, 'To', to),
    el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate('/turnover', { from: from.value, to: to.value }); });
  view.append(el('h1', {}, 'Leadership turnover by authority'), form,
    table(['Rank', 'Authority', 'Changes', 'Interim months', 'Longest gap (months)', 'Posts'], r.authorities.map((a) => [
      String(a.rank), el('a', { href: `#/authorities/${a.authority}/leadership${query({ from: params.from, to: params.to })}` }, a.authorityName),
      String(a.changes), String(a.interimMonths), String(a.longestGapMonths), String(a.posts)])));
}
