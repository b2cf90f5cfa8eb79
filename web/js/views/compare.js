import { api, query } from '../api.js';
import { authorityTabs, el, table } from '../ui.js';

/** A long text cut at a word, with an ellipsis, and the whole of it one click (or Enter) away. */
export function clipped(text, limit = 240) {
  const t = String(text || '');
  if (t.length <= limit) return el('span', { class: 'full' }, t);
  const cut = t.slice(0, limit + 1);
  const at = cut.lastIndexOf(' ');
  const head = (at > limit / 2 ? cut.slice(0, at) : t.slice(0, limit)).replace(/[\s,;:.\u2013\u2014-]+$/, '');
  return el('details', { class: 'clipped' }, el('summary', {}, `${head}\u2026`), el('p', { class: 'full', style: 'margin:.25rem 0' }, t));
}

/** A concern of the earlier inspection and what the later one found about it, both in the reports' words. */
const outcome = (o) => el('div', { class: 'outcome' },
  el('div', { class: 'earlier' }, el('div', { class: 'ref' }, `Earlier \u00b7 ${o.concern.ref}`), clipped(o.concern.text)),
  o.later ? el('div', { class: 'later', style: 'margin-top:.3rem' },
    el('div', { class: 'ref' }, `Later \u00b7 ${o.later.ref}${o.later.score != null ? ` (match ${o.later.score})` : ''}`),
    clipped(o.later.text)) : el('div', { class: 'later muted' }, 'Nothing found about it later.'));

/** One authority over its inspections: themes side by side, recommendations followed, and the diff of two. */
export async function compare(view, { id, params, navigate }) {
  const overview = await api.get(`/api/authorities/${id}`, 'overview');
  const themes = await api.get(`/api/authorities/${id}/themes`);
  const ids = overview.inspections.map((i) => i.id);
  view.append(el('h1', {}, `Over inspections: ${overview.authority.name}`), authorityTabs(id, 'compare'));
  view.append(el('h2', {}, 'Themes by inspection (strengths / concerns / for development)'),
    table(['Theme', ...overview.inspections.map((i) => `${i.inspectorate} ${i.fieldworkStart || i.published}`)],
      themes.themes.map((t) => [t.name, ...ids.map((i) => {
        const c = t.byInspection[i];
        return c ? `${c.strengths} / ${c.concerns} / ${c.development}` : '';
      })])));
  if (ids.length < 2) return;
  const from = params.from || ids[ids.length - 2];
  const to = params.to || ids[ids.length - 1];
  const pick = (name, value) => el('select', { id: name }, ids.map((i) => el('option', { value: i, selected: i === value }, i)));
  const fromSel = pick('from', from); const toSel = pick('to', to);
  const form = el('form', { class: 'controls' }, el('label', { for: 'from' }, 'Earlier', fromSel), el('label', { for: 'to' }, 'Later', toSel),
    el('button', { type: 'submit' }, 'Compare'));
  form.addEventListener('submit', (e) => { e.preventDefault(); navigate(`/authorities/${id}/compare`, { from: fromSel.value, to: toSel.value }); });
  view.append(el('h2', {}, 'What the earlier inspection asked for, and what the later one found'), form);
  try {
    const f = await api.get(`/api/authorities/${id}/follow-up${query({ from, to })}`, 'follow-up');
    view.append(el('p', {}, Object.entries(f.byStatus).map(([s, n]) => `${n} ${s.replaceAll('_', ' ')}`).join(', ')),
      table(['Asked', 'Status', 'Found later'], f.items.map((i) => [
        el('div', {}, el('div', { class: 'ref' }, i.ask.ref), i.ask.text),
        el('span', { class: `badge ${i.status === 'improved' ? 'improvement' : i.status === 'not_improved' ? 'concern' : ''}` },
          i.status.replaceAll('_', ' ')),
        i.answer ? el('div', {}, el('div', { class: 'ref' }, `${i.answer.ref} (match ${i.answer.score})`), i.answer.text) : '']),
      'Matched by subject (words, themes, entities): a reading aid, both quotes shown.'));
    const d = await api.get(`/api/authorities/${id}/diff${query({ from, to })}`, 'diff');
    const list = (title, items, fmt) => el('div', {}, el('h3', { style: 'font-size:1rem' }, `${title} (${items.length})`),
      el('ul', {}, items.map((x) => el('li', {}, fmt(x)))));
    view.append(el('h2', {}, `What changed from ${from} to ${to}`),
      list('Appeared', d.appeared, (p) => `${p.label}: ${p.name}`), list('Gone', d.gone, (p) => `${p.label}: ${p.name}`),
      list('Post holders appeared', d.postHoldersAppeared, (p) => p.name), list('Post holders gone', d.postHoldersGone, (p) => p.name),
      list('Concerns resolved', d.resolved, outcome), list('Concerns recurring', d.recurring, outcome));
  } catch (e) {
    view.append(el('p', { class: 'error', role: 'alert' }, e.message));
  }
}
