import { api, query } from '../api.js';
import { el, table } from '../ui.js';

/** The judgement to show: the overall effectiveness one when there is one, else the first. */
export const headline = (judgements) => judgements.find((j) => /overall/i.test(j.area || '')) || judgements[0];
/** Coloured by its rank on the inspectorate's scale: 1-2 green, 3 amber, 4 red; no rank, neutral. */
export const rankClass = (rank) => (rank == null ? '' : rank <= 2 ? 'strength' : rank === 3 ? 'area_for_development' : 'concern');

/** Home: the authorities and their inspections at a glance, searchable; the filter is kept in the URL. */
export async function home(view, { params = {} } = {}) {
  const authorities = await api.get('/api/authorities');
  const filter = el('input', { type: 'search', id: 'filter', placeholder: 'Authority, inspectorate or year', value: params.filter || '' });
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
        i.judgements.length ? ((j) => el('span', { class: `badge judgement ${rankClass(j.rank)}`, 'data-rank': j.rank ?? undefined,
          style: 'margin-left:.4rem', title: i.judgements.length > 1 ? `${i.judgements.length} judgements; see the inspection` : undefined },
        `${j.area}: ${j.grade}`))(headline(i.judgements)) : ''))) :
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
  filter.addEventListener('input', () => {
    draw();
    history.replaceState(null, '', `#/${query({ filter: filter.value.trim() })}`);
  });
  draw();
}
