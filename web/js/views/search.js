import { api, query } from '../api.js';
import { el } from '../ui.js';

function highlight(text, q) {
  const words = (q || '').replace(/["()]/g, ' ').split(/\s+/).filter((w) => w.length > 2 && !/^(AND|OR|NOT)$/.test(w));
  if (!words.length) return [text];
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  return text.split(pattern).map((part, i) => (i % 2 ? el('mark', {}, part) : part));
}

/** Full-text search over findings and recommendations, with filters and highlighted matches. */
export async function search(view, { params, navigate }) {
  const q = el('input', { id: 'q', type: 'search', value: params.q || '', size: 40 });
  const polarity = el('select', { id: 'polarity' }, ['', 'strength', 'improvement', 'concern', 'area_for_development', 'context']
    .map((p) => el('option', { value: p, selected: params.polarity === p }, p || 'any')));
  // the valid authorities and themes, to choose from rather than to guess ids
  const [authorities, themes] = await Promise.all([api.get('/api/authorities', 'search-authorities'),
    api.get('/api/themes', 'search-themes')]);
  const authority = el('select', { id: 'authority' }, el('option', { value: '' }, 'any'),
    authorities.filter((a) => a.inspections.length || a.authority.id === params.authority).map((a) =>
      el('option', { value: a.authority.id, selected: a.authority.id === params.authority }, a.authority.name)));
  const theme = el('select', { id: 'theme' }, el('option', { value: '' }, 'any'),
    themes.filter((t) => t.statements > 0 || t.id === params.theme).map((t) =>
      el('option', { value: t.id, selected: t.id === params.theme }, t.name || t.id)));
  const form = el('form', { class: 'controls', role: 'search' },
    el('label', { for: 'q' }, 'Words', q), el('label', { for: 'polarity' }, 'Polarity', polarity),
    el('label', { for: 'authority' }, 'Authority', authority), el('label', { for: 'theme' }, 'Theme', theme),
    el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    navigate('/search', { q: q.value, polarity: polarity.value, authority: authority.value, theme: theme.value });
  });
  view.append(el('h1', {}, 'Search findings and recommendations'), form);
  if (!params.q && !params.polarity && !params.authority && !params.theme) return;
  const page = Number(params.page || 1);
  const r = await api.get(`/api/search${query({ ...params, page, size: 20 })}`);
  view.append(el('p', { class: 'muted' }, `${r.total} found`),
    el('ol', { start: (page - 1) * 20 + 1 }, r.hits.map((h) => el('li', { class: `finding ${h.polarity || ''}` },
      el('div', { class: 'ref' }, `${h.authorityName} \u00b7 ${h.inspection} \u00b7 ${h.ref} \u00b7 ${h.kind}${h.polarity ? ` \u00b7 ${h.polarity}` : ''}`),
      el('div', {}, highlight(h.text, params.q))))));
  const nav = el('nav', { 'aria-label': 'Pages', class: 'controls' });
  if (page > 1) nav.append(el('a', { href: `#/search${query({ ...params, page: page - 1 })}` }, 'Previous'));
  if (page * 20 < r.total) nav.append(el('a', { href: `#/search${query({ ...params, page: page + 1 })}` }, 'Next'));
  view.append(nav);
}
