import { api, query } from '../api.js';
import { authorityTabs, el, finding } from '../ui.js';

const colour = (score) => `hsl(${Math.round(120 * (1 - score))}, 70%, 85%)`;
/** "Not evidenced" is not a verdict: hatched grey, never the red of a sector with only concerns. */
const NO_EVIDENCE = 'repeating-linear-gradient(45deg, #f3f3f5 0 6px, #dcdce1 6px 12px)';
const background = (c) => (c.status === 'not_evidenced' ? NO_EVIDENCE : colour(c.score));
const STATUS = {
  engaged: 'engaged', mixed: 'mixed', gap: 'gap', mentioned_without_verdict: 'mentioned without a verdict',
  not_evidenced: 'no evidence',
};
const statusText = (s) => STATUS[s] || String(s).replaceAll('_', ' ');

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
  const legend = el('ul', { class: 'legend gap-legend', 'aria-label': 'Legend' },
    [['engaged', colour(0), 'engaged (0 = only positive evidence)'], ['mixed', colour(0.5), 'mixed, or mentioned without a verdict (0.5)'],
      ['gap', colour(1), 'gap (1 = only concerns)'], ['not_evidenced', NO_EVIDENCE, 'no evidence: the inspection does not mention the sector']]
      .map(([s, bg, label]) => el('li', { 'data-status': s }, el('span', { style: `background:${bg};border-radius:0;border:1px solid #999` }), label)));
  const tbl = el('table', {}, el('caption', { class: 'muted' },
    'Gap score: 0 only positive evidence, 1 only concerns. A hatched grey cell has no evidence either way, which is not a score.'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Inspection'), m.sectors.map((s) => el('th', { scope: 'col' }, s)))),
    el('tbody', {}, m.rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, `${r.authorityName} \u00b7 ${r.date || ''}`),
      r.cells.map((c) => el('td', { class: `gap-cell ${c.status}`, 'data-status': c.status, style: `background:${background(c)}` },
        el('button', { type: 'button', class: 'secondary', 'aria-label': c.status === 'not_evidenced'
          ? `${r.inspection} ${c.sector}: no evidence` : `${r.inspection} ${c.sector}: score ${c.score}, ${statusText(c.status)}`,
          onclick: () => {
            evidence.replaceChildren(el('h2', {}, `${r.inspection} \u00b7 ${c.sector}: ${statusText(c.status)}`
              + (c.status === 'not_evidenced' ? '' : ` (${c.score})`)),
              ...(c.evidence.length ? c.evidence.map((e) => el('div', {}, finding({ ...e, inspection: r.inspection }),
                e.issues.length ? el('p', { class: 'ref' }, `Kinds of concern: ${e.issues.join(', ')}`) : ''))
                : [el('p', { class: 'muted' }, 'No finding about this sector in this inspection.')]));
            evidence.scrollIntoView({ block: 'nearest' });
          } }, c.status === 'not_evidenced' ? 'no evidence' : String(c.score))))))));
  view.append(form, legend, tbl, evidence);
}
