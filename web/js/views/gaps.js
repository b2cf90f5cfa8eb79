import { api, query } from '../api.js';
import { authorityTabs, el, finding } from '../ui.js';

const colour = (score) => `hsl(${Math.round(120 * (1 - score))}, 70%, 85%)`;

/** Multi-agency gaps: inspections by partner sector, coloured by gap score; a cell opens its evidence. */
export async function gaps(view, { id, params, navigate }) {
  const m = await api.get(`/api/gaps${query({ authorities: id, sectors: params.sectors })}`);
  const evidence = el('section', { 'aria-label': 'Evidence', id: 'gap-evidence' });
  view.append(el('h1', {}, id ? `Multi-agency gaps: ${m.rows[0]?.authorityName || id}` : 'Multi-agency gaps'));
  if (id) view.append(authorityTabs(id, 'gaps'));
  const sectors = el('input', { id: 'sectors', value: (params.sectors || m.sectors.join(',')), size: 40 });
  const form = el('form', { class: 'controls' }, el('label', { for: 'sectors' }, 'Sectors (comma-separated)', sectors),
    el('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate(id ? `/authorities/${id}/gaps` : '/gaps', { sectors: sectors.value }); });
  const tbl = el('table', {}, el('caption', { class: 'muted' }, 'Gap score: 0 only positive evidence, 1 only concerns or no evidence.'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Inspection'), m.sectors.map((s) => el('th', { scope: 'col' }, s)))),
    el('tbody', {}, m.rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, `${r.authorityName} \u00b7 ${r.date || ''}`),
      r.cells.map((c) => el('td', { class: 'gap-cell', style: `background:${colour(c.score)}` },
        el('button', { type: 'button', class: 'secondary', 'aria-label': `${r.inspection} ${c.sector}: score ${c.score}, ${c.status}`,
          onclick: () => {
            evidence.replaceChildren(el('h2', {}, `${r.inspection} \u00b7 ${c.sector}: ${c.status.replaceAll('_', ' ')} (${c.score})`),
              ...(c.evidence.length ? c.evidence.map((e) => el('div', {}, finding({ ...e, inspection: r.inspection }),
                e.issues.length ? el('p', { class: 'ref' }, `Kinds of concern: ${e.issues.join(', ')}`) : ''))
                : [el('p', { class: 'muted' }, 'No finding about this sector in this inspection.')]));
            evidence.scrollIntoView({ block: 'nearest' });
          } }, String(c.score))))))));
  view.append(form, tbl, evidence);
}
