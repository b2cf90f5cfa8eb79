import { api } from '../api.js';
import { authorityTabs, el, finding } from '../ui.js';

/** The boards around an authority: who sits on them, and how each board's findings changed between inspections. */
export async function boards(view, { id }) {
  const links = await api.get(`/api/authorities/${id}/boards`);
  view.append(el('h1', {}, `Boards: ${links.authorityName}`), authorityTabs(id, 'boards'));
  if (links.interlocks.length) {
    view.append(el('h2', {}, 'Members on more than one board'), el('ul', {}, links.interlocks.map((i) =>
      el('li', {}, `${i.name} (${i.label}): ${i.boards.map((b) => b.name).join(', ')}`))));
  }
  links.boards.forEach((b) => {
    view.append(el('section', { 'aria-label': b.board.name },
      el('h2', {}, `${b.board.name} `, el('span', { class: 'badge' }, `${b.board.scope} ${b.board.kind.replaceAll('_', ' ')}`)),
      el('p', { class: 'muted' }, b.members.length
        ? `On it: ${[...new Set(b.members.map((m) => m.name))].join(', ')}.` : 'No member recorded.',
        ` Named by ${b.mentions.map((m) => `${m.inspection} (${m.ref})`).join(', ')}.`),
      b.timeline.map((stage) => el('div', {}, el('h3', { style: 'font-size:1rem;margin:.5rem 0 0' },
        `${stage.inspection}: ${stage.strengths} strengths, ${stage.concerns} concerns, ${stage.development} for development`),
      stage.findings.map((f) => finding(f))))));
  });
}
