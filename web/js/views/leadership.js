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
  const detail = el('section', { id: 'spell-detail', 'aria-live': 'polite', 'aria-label': 'The selected spell' });
  if (dated.length) {
    // the chart's range is the period asked for (From/To), else the span of the dates known
    const periodStart = (d) => month(d);
    const periodEnd = (d) => month(d) + (String(d).length === 4 ? 11 : 0);
    const lo = t.from || params.from ? periodStart(t.from || params.from) : Math.min(...dated.map(month)) - 2;
    const hi = Math.max(lo + 12, t.to || params.to ? periodEnd(t.to || params.to) + 1 : Math.max(...dated.map(month)) + 3);
    const width = 900; const rowH = 28; const left = 230; const right = width - 10;
    const xm = (m) => left + ((m - lo) / (hi - lo)) * (right - left);
    const x = (d) => xm(month(d));
    const clamp = (v) => Math.min(right, Math.max(left, v));
    const roles = t.roles.filter((r) => r.spells.length);
    const chart = svg('svg', { width, height: roles.length * rowH + 40, role: 'group',
      'aria-label': `Timeline of ${spells.length} post-holding spells; each spell can be chosen with Tab and Enter` });
    for (let y = Math.ceil(lo / 12); y * 12 < hi; y++) {
      const px = xm(y * 12);
      chart.append(svg('line', { x1: px, x2: px, y1: 0, y2: roles.length * rowH + 20, stroke: '#eee' }),
        svg('text', { x: px + 2, y: roles.length * rowH + 34, class: 'year' }, String(y)));
    }
    t.inspectionDates.filter((d) => month(d) >= lo && month(d) <= hi)
      .forEach((d) => chart.append(svg('line', { x1: x(d), x2: x(d), y1: 0, y2: roles.length * rowH + 20,
        stroke: '#6e7781', 'stroke-dasharray': '2,3' }, svg('title', {}, `inspection ${d}`))));
    const MIN = 10; // a spell is never drawn narrower than this, so a short or half-known one still shows
    const choose = (s, r) => {
      detail.replaceChildren(el('h2', {}, `${r.title}: ${s.holder || 'holder not named'} (${s.tenure})`),
        el('p', {}, `From ${s.start ? s.start + (s.startText ? ` (${s.startText})` : '') : 'unknown'} to `
          + `${s.end ? s.end + (s.endText ? ` (${s.endText})` : '') : s.endInferred ? `${s.endInferred} (next holder arrives)` : 'open'}`
          + `${s.lastSeen && !s.start && !s.end ? `; mentioned at the inspection of ${s.lastSeen}` : ''}.`),
        ...s.sources.map((src) => el('div', { class: 'finding' }, el('div', { class: 'ref' }, `${src.inspection} \u00b7 ${src.ref}`),
          el('blockquote', { style: 'margin:.25rem 0' }, src.quote))));
    };
    roles.forEach((r, row) => {
      const y = row * rowH + 6;
      chart.append(svg('text', { x: 4, y: y + 14 }, r.title.length > 32 ? `${r.title.slice(0, 31)}\u2026` : r.title));
      r.spells.forEach((s) => {
        const interim = s.tenure === 'interim' || s.tenure === 'acting';
        const fill = interim ? '#fff8c5' : s.tenure === 'permanent' ? '#1f5fa8' : '#c4c4cc';
        const stroke = interim ? '#9a6700' : '#1f5fa8';
        const endDate = s.end || s.endInferred;
        const label = `${r.title}, ${s.tenure}: ${s.holder || 'holder not named'}, ${s.start || 'start unknown'} to `
          + `${endDate || (s.open ? 'open' : s.lastSeen ? `last seen ${s.lastSeen}` : 'unknown')}; `
          + s.sources.map((src) => `${src.inspection} ${src.ref}`).join('; ');
        const mark = svg('g', { class: 'spell-mark', tabindex: '0', role: 'button', 'aria-label': label }, svg('title', {}, label));
        const open = () => choose(s, r);
        mark.addEventListener('click', open);
        mark.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
        if (!s.start && !endDate) {
          // no dates at all: a dot at the inspection that mentions the spell
          if (!s.lastSeen || month(s.lastSeen) < lo || month(s.lastSeen) > hi) return;
          mark.append(svg('circle', { cx: x(s.lastSeen), cy: y + 9, r: 6, fill, stroke, class: `spell-dot ${s.tenure}` }));
          chart.append(mark);
          return;
        }
        // an unknown start is drawn as a short bar ending at the known end, with an open left end
        const startM = s.start ? month(s.start) : null;
        const endM = endDate ? month(endDate) : s.open || !s.lastSeen ? hi : month(s.lastSeen);
        if ((startM ?? endM) > hi || endM < lo) return;
        let x1 = startM == null ? xm(endM) - 3 * MIN : xm(startM);
        let x2 = xm(endM);
        x1 = clamp(x1); x2 = clamp(Math.max(x2, x1 + MIN));
        if (x2 > right) { x1 = right - MIN; x2 = right; }
        mark.append(svg('rect', { x: x1, y, width: x2 - x1, height: 18, rx: 3, fill, stroke,
          'stroke-dasharray': interim ? '4,2' : 'none', class: `spell ${s.tenure}` }));
        if (startM == null || startM < lo) {
          mark.append(svg('path', { d: `M${x1 + 6},${y} L${x1},${y + 9} L${x1 + 6},${y + 18}`, fill: 'none', stroke: '#1d1d1f',
            'stroke-width': 2, class: 'open-start' }));
        }
        if (!endDate && (s.open || endM >= hi)) {
          mark.append(svg('path', { d: `M${x2 - 6},${y} L${x2},${y + 9} L${x2 - 6},${y + 18}`, fill: 'none', stroke: '#1d1d1f',
            'stroke-width': 2, class: 'open-end' }));
        }
        chart.append(mark);
      });
    });
    view.append(el('div', { class: 'timeline' }, chart),
      el('p', { class: 'muted' }, 'Solid: permanent; dashed yellow: interim or acting; grey: not stated. Dotted lines: inspections. '
        + 'A chevron marks an end not known or beyond the period; a dot, a spell the reports mention without dates, at that inspection. '
        + 'Choose a spell (Tab, then Enter) for the report\u2019s words.'), detail);
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
