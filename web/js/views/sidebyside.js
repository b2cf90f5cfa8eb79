import { api, query } from '../api.js';
import { el, table } from '../ui.js';

/** Several authorities side by side on chosen themes, each at its latest inspection. */
export async function sideBySide(view, { params, navigate }) {
  const authorities = await api.get('/api/authorities', 'authorities');
  const chosen = (params.authorities || '').split(',').filter(Boolean);
  const themesWanted = (params.themes || '').split(',').filter(Boolean);
  const boxes = authorities.filter((a) => a.inspections.length).map((a) => el('label', { style: 'flex-direction:row;gap:.3rem' },
    el('input', { type: 'checkbox', name: 'authority', value: a.authority.id, checked: chosen.includes(a.authority.id) }), a.authority.name));
  const themes = el('input', { id: 'themes', value: params.themes || '', size: 40, placeholder: 'e.g. safeguarding,workforce (empty: all)' });
  const form = el('form', { class: 'controls' }, el('fieldset', { style: 'border:0;display:flex;gap:.8rem;flex-wrap:wrap;padding:0' },
    el('legend', { class: 'muted' }, 'Authorities'), boxes), el('label', { for: 'themes' }, 'Themes', themes),
    el('button', { type: 'submit' }, 'Compare'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate('/compare', { authorities: boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value).join(','),
      themes: themes.value });
  });
  view.append(el('h1', {}, 'Authorities side by side'), form);
  if (!chosen.length) {
    view.append(el('p', { class: 'muted' }, 'Choose two or more authorities.'));
    return;
  }
  const s = await api.get(`/api/compare${query({ authorities: chosen, themes: themesWanted })}`);
  const names = Object.fromEntries(authorities.map((a) => [a.authority.id, a.authority.name]));
  view.append(el('p', { class: 'muted' }, `At their latest inspections: ${s.inspections.join(', ')}. `
    + 'Each cell: strengths / concerns / for development.'),
  table(['Theme', ...chosen.map((id) => names[id] || id)], s.themes.map((t) => [t,
    ...chosen.map((id) => { const c = s.byAuthority[id][t]; return `${c.strengths} / ${c.concerns} / ${c.development}`; })])),
  el('h2', {}, 'Judgements'), table(['Authority', 'Judgements'], chosen.map((id) => [names[id] || id,
    (s.judgements[id] || []).map((j) => `${j.area}: ${j.grade}`).join('; ') || 'none given'])));
}
