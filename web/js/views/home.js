import { api } from '../api.js';
import { el, table } from '../ui.js';

/** Home: the authorities and their inspections at a glance, searchable. */
export async function home(view) {
  const authorities = await api.get('/api/authorities');
  const filter = el('input', { type: 'search', id: 'filter', placeholder: 'Authority, inspectorate or year' });
  const list = el('div');
  const totals = authorities.reduce((t, a) => a.inspections.reduce((u, i) => ({
    inspections: u.inspections + 1, findings: u.findings + i.findings, recommendations: u.recommendations + i.recommendations,
  }), t), { inspections: 0, findings: 0, recommendations: 0 });
  view.append(
    el('h1', {}, 'Authorities and their inspections'),
    el('p', { class: 'muted' }, `${authorities.length} authorities, ${totals.inspections} inspections, `
      + `${totals.findings} findings, ${totals.recommendations} recommendations.`),
    el('div', { class: 'controls' }, el('label', { for: 'filter' }, 'Filter', filter)),
    list);
  const rows = authorities.map((a) => ({
    text: [a.authority.name, a.authority.nation, ...a.inspections.map((i) => `${i.inspectorate} ${i.fieldworkStart}`)]
      .join(' ').toLowerCase(),
    cells: [
      el('a', { href: `#/authorities/${a.authority.id}/map` }, a.authority.name),
      a.authority.nation,
      a.inspections.length ? el('ul', { style: 'margin:0;padding-left:1rem' }, a.inspections.map((i) => el('li', {},
        `${i.inspectorate} \u00b7 ${i.fieldworkStart || i.published || '?'} \u00b7 ${i.kind}`,
        i.judgements.length ? el('span', { class: 'badge concern', style: 'margin-left:.4rem' },
          i.judgements[0].area + ': ' + i.judgements[0].grade) : ''))) :
        el('span', { class: 'muted' }, a.authority.predecessors.length ? `successor of ${a.authority.predecessors.join(', ')}` : 'no inspection yet'),
      String(a.inspections.reduce((n, i) => n + i.findings, 0)),
      String(a.inspections.reduce((n, i) => n + i.recommendations, 0)),
    ],
  }));
  const draw = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = rows.filter((r) => words.every((w) => r.text.includes(w)));
    list.replaceChildren(table(['Authority', 'Nation', 'Inspections', 'Findings', 'Recommendations'], shown.map((r) => r.cells)));
  };
  filter.addEventListener('input', draw);
  draw();
}
