import { api, query } from '../api.js';
import { el, table } from '../ui.js';

/** Several authorities side by side on chosen themes, each at its latest inspection. */
export async function sideBySide(view, { params, navigate }) {
  const [authorities, themeList] = await Promise.all([api.get('/api/authorities', 'authorities'), api.get('/api/themes', 'themes')]);
  const chosen = (params.authorities || '').split(',').filter(Boolean);
  const themesWanted = (params.themes || '').split(',').filter(Boolean);
  const boxes = authorities.filter((a) => a.inspections.length).map((a) => el('label', { style: 'flex-direction:row;gap:.3rem' },
    el('input', { type: 'checkbox', name: 'authority', value: a.authority.id, checked: chosen.includes(a.authority.id) }), a.authority.name));
  const themes = el('select', { id: 'themes', multiple: true, size: 6 },
    themeList.filter((t) => t.statements > 0 || themesWanted.includes(t.id)).map((t) =>
      el('option', { value: t.id, selected: themesWanted.includes(t.id) }, t.name || t.id)));
  const form = el('form', { class: 'controls' }, el('fieldset', { style: 'border:0;display:flex;gap:.8rem;flex-wrap:wrap;padding:0' },
    el('legend', { class: 'muted' }, 'Authorities'), boxes), el('label', { for: 'themes' }, 'Themes (none chosen: all; Ctrl or Shift for several)', themes),
    el('button', { type: 'submit' }, 'Compare'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate('/compare', { authorities: boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value).join(','),
      themes: [...themes.selectedOptions].map((o) => o.value).join(',') });
  });
  view.append(el('h1', {}, 'Authorities side by side'), form);
  if (!chosen.length) {
    view.append(el('p', { class: 'muted' }, 'Choose two or more authorities.'));
    return;
  }
  const s = await api.get(`/api/compare${query({ authorities: chosen, themes: themesWanted })}`);
  const names = Object.fromEntries(authorities.map((a) => [a.authority.id, a.authority.name]));
  // an authority without an inspection has no counts at all: say so, rather than 0 / 0 / 0
  const inspected = new Set(authorities.filter((a) => a.inspections.length).map((a) => a.authority.id));
  view.append(el('p', { class: 'muted' }, `At their latest inspections: ${s.inspections.join(', ')}. `
    + 'Each cell: strengths / concerns / for development.'),
  table(['Theme', ...chosen.map((id) => names[id] || id)], s.themes.map((t) => [t,
    ...chosen.map((id) => {
      if (!inspected.has(id)) return el('span', { class: 'muted not-inspected' }, 'not inspected');
      const c = s.byAuthority[id][t];
      return `${c.strengths} / ${c.concerns} / ${c.development}`;
    })])),
  el('h2', {}, 'Judgements'), table(['Authority', 'Judgements'], chosen.map((id) => [names[id] || id,
    inspected.has(id) ? (s.judgements[id] || []).map((j) => `${j.area}: ${j.grade}`).join('; ') || 'none given' : 'not inspected'])));
}
