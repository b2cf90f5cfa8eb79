import { api, query } from '../api.js';
import { authorityTabs, el, finding } from '../ui.js';

const COLOURS = {
  Authority: '#1f5fa8', Inspection: '#6e7781', Board: '#8250df', Team: '#0a7ea4', Role: '#bf3989',
  PostHolding: '#e16f24', Partner: '#1a7f37',
};

/** The governance map of one authority, as at one inspection or all of them, with the evidence behind each edge. */
export async function governanceMap(view, { id, params, navigate }) {
  const map = await api.get(`/api/authorities/${id}/map${query({ inspection: params.inspection, asOf: params.asOf })}`);
  const overview = await api.get(`/api/authorities/${id}`, 'overview');
  const picker = el('select', { id: 'inspection' },
    el('option', { value: '' }, 'All inspections together'),
    overview.inspections.map((i) => el('option', { value: i.id, selected: params.inspection === i.id },
      `${i.inspectorate} ${i.fieldworkStart || i.published}`)));
  picker.addEventListener('change', () => navigate(`/authorities/${id}/map`, { inspection: picker.value }));
  const layout = el('select', { id: 'layout' }, ['cose', 'concentric', 'breadthfirst', 'circle', 'grid']
    .map((l) => el('option', { value: l, selected: (params.layout || 'cose') === l }, l)));
  const types = ['Board', 'Team', 'Role', 'PostHolding', 'Partner', 'Inspection'];
  const hidden = new Set((params.hide || '').split(',').filter(Boolean));
  const checks = types.map((t) => el('label', { style: 'flex-direction:row;gap:.3rem;align-items:center' },
    el('input', { type: 'checkbox', value: t, checked: !hidden.has(t) }), t));
  const themeIds = [...new Set(Object.values(map.findings).flatMap((f) => f.themes || []))].sort();
  const theme = el('select', { id: 'theme' }, el('option', { value: '' }, 'All themes'),
    themeIds.map((t) => el('option', { value: t, selected: params.theme === t }, t.replaceAll('-', ' '))));
  const polarity = el('select', { id: 'polarity' },
    [['', 'All edges'], ['concerns', 'Edges with concerns'], ['strengths', 'Edges with strengths']]
      .map(([v, l]) => el('option', { value: v, selected: (params.edges || '') === v }, l)));
  const evidence = el('aside', { class: 'evidence', 'aria-label': 'Evidence' },
    el('h2', {}, 'Evidence'), el('p', { class: 'muted' }, 'Select a node or an edge to read what the reports say.'));
  const graph = el('div', { id: 'graph', role: 'img', 'aria-label': `Governance map of ${map.authority.name}` });
  const fit = el('button', { type: 'button', class: 'secondary' }, 'Fit');
  const png = el('button', { type: 'button', class: 'secondary' }, 'Export PNG');
  const finder = el('select', { id: 'node' }, el('option', { value: '' }, 'Choose a node\u2026'),
    [...map.nodes].sort((a, b) => (a.label || a.id).localeCompare(b.label || b.id))
      .map((n) => el('option', { value: n.id }, `${n.label || n.id} (${n.type})`)));
  const hide = el('button', { type: 'button', class: 'secondary', id: 'hide' }, 'Hide selected');
  const expand = el('button', { type: 'button', class: 'secondary', id: 'expand' }, 'Show its neighbours');
  const pin = el('button', { type: 'button', class: 'secondary', id: 'pin' }, 'Pin / unpin');
  const undo = el('button', { type: 'button', class: 'secondary', id: 'undo' }, 'Undo');
  view.append(
    el('h1', {}, `Governance map: ${map.authority.name}`),
    authorityTabs(id, 'map'),
    el('div', { class: 'controls' },
      el('label', { for: 'inspection' }, 'As at', picker),
      el('label', { for: 'layout' }, 'Layout', layout),
      el('label', { for: 'polarity' }, 'Edges', polarity),
      el('label', { for: 'theme' }, 'Theme', theme),
      el('fieldset', { style: 'border:0;display:flex;gap:.6rem;padding:0' }, el('legend', { class: 'muted' }, 'Show'), checks),
      fit, png),
    el('div', { class: 'controls' }, el('label', { for: 'node' }, 'Node (keyboard)', finder), hide, expand, pin, undo),
    el('ul', { class: 'legend', 'aria-label': 'Legend' }, Object.entries(COLOURS).map(([t, c]) =>
      el('li', {}, el('span', { style: `background:${c}` }), t)),
      el('li', {}, el('span', { style: 'background:#b42318;border-radius:0' }), 'edge with concerns'),
      el('li', {}, el('span', { style: 'background:#1a7f37;border-radius:0' }), 'edge with strengths only')),
    el('div', { class: 'split' }, graph, evidence));

  const elements = [
    ...map.nodes.map((n) => ({ data: { id: n.id, label: n.label || n.id, type: n.type, kind: n.kind } })),
    ...map.edges.map((e) => ({ data: { ...e, id: e.id, weight: e.strengths + e.concerns + e.development } })),
  ];
  const cy = window.cytoscape({
    container: graph, elements, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'background-color': (n) => COLOURS[n.data('type')] || '#888', label: 'data(label)',
        'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 110, width: 22, height: 22 } },
      { selector: 'node[type = "Authority"]', style: { width: 40, height: 40, 'font-size': 12, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: (e) => 1 + Math.min(6, e.data('weight')), 'curve-style': 'bezier',
        'line-color': (e) => (e.data('concerns') > 0 ? '#b42318' : e.data('strengths') > 0 ? '#1a7f37' : '#c4c4cc'),
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#c4c4cc', 'arrow-scale': 0.6 } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000' } },
    ],
    layout: { name: layout.value, animate: false },
  });
  const apply = () => {
    const off = new Set(checks.filter((c) => !c.querySelector('input').checked).map((c) => c.querySelector('input').value));
    cy.nodes().forEach((n) => n.style('display', off.has(n.data('type')) ? 'none' : 'element'));
    cy.edges().forEach((e) => {
      // with a theme chosen, an edge counts only the findings on that theme
      const ids = (e.data('findings') || []).filter((f) => !theme.value || (map.findings[f].themes || []).includes(theme.value));
      const concerns = ids.filter((f) => map.findings[f].polarity === 'concern').length;
      const strengths = ids.filter((f) => ['strength', 'improvement'].includes(map.findings[f].polarity)).length;
      const structural = ['OF_AUTHORITY', 'IN_ROLE'].includes(e.data('type'));
      const onTheme = !theme.value || ids.length > 0 || structural;
      const keep = onTheme && (polarity.value === '' || (polarity.value === 'concerns' ? concerns > 0 : strengths > 0));
      e.style('display', keep ? 'element' : 'none');
      e.data('shown', ids);
    });
  };
  checks.forEach((c) => c.addEventListener('change', () => {
    apply();
    const off = checks.filter((x) => !x.querySelector('input').checked).map((x) => x.querySelector('input').value);
    history.replaceState(null, '', `#/authorities/${id}/map${query({ inspection: params.inspection, hide: off, edges: polarity.value, layout: layout.value })}`);
  }));
  polarity.addEventListener('change', apply);
  theme.addEventListener('change', () => {
    apply();
    history.replaceState(null, '', `#/authorities/${id}/map${query({ inspection: params.inspection, edges: polarity.value, theme: theme.value, layout: layout.value })}`);
  });
  layout.addEventListener('change', () => cy.layout({ name: layout.value, animate: false }).run());
  fit.addEventListener('click', () => cy.fit());
  png.addEventListener('click', () => {
    const a = el('a', { href: cy.png({ full: true, bg: '#ffffff' }), download: `${id}-map.png` });
    a.click();
  });
  apply();

  // hide, expand (at most 25 neighbours at a time) and undo, on the nodes that are drawn
  const NEIGHBOUR_LIMIT = 25;
  const undoStack = [];
  const selected = () => cy.$('node:selected').first();
  const remember = () => undoStack.push(cy.nodes().map((n) => [n.id(), n.style('display')]));
  hide.addEventListener('click', () => {
    const n = selected();
    if (!n.length) return;
    remember();
    n.style('display', 'none');
  });
  expand.addEventListener('click', () => {
    const n = selected();
    if (!n.length) return;
    remember();
    n.neighborhood('node').slice(0, NEIGHBOUR_LIMIT).forEach((m) => m.style('display', 'element'));
  });
  pin.addEventListener('click', () => {
    const n = selected();
    if (n.length) (n.locked() ? n.unlock() : n.lock());
  });
  undo.addEventListener('click', () => {
    const last = undoStack.pop();
    if (last) last.forEach(([nid, display]) => cy.getElementById(nid).style('display', display));
  });
  finder.addEventListener('change', () => {
    const n = cy.getElementById(finder.value);
    if (!n.length) return;
    cy.$(':selected').unselect();
    n.select();
    cy.center(n);
    n.emit('tap');
  });

  const show = (title, findingIds, sources) => {
    evidence.replaceChildren(el('h2', {}, title));
    (sources || []).forEach((s) => evidence.append(el('p', { class: 'ref' }, `${s.inspection} \u00b7 ${s.ref}: `, el('q', {}, s.quote))));
    if (!findingIds.length) evidence.append(el('p', { class: 'muted' }, 'No finding about it in this view.'));
    findingIds.forEach((f) => evidence.append(finding(map.findings[f])));
  };
  cy.on('tap', 'edge', (evt) => {
    const d = evt.target.data();
    show(`${cy.getElementById(d.source).data('label')} \u2192 ${cy.getElementById(d.target).data('label')} (${d.type})`,
      d.shown || d.findings || [], d.sources);
  });
  cy.on('tap', 'node', (evt) => {
    const node = evt.target;
    const ids = node.connectedEdges().filter((e) => e.data('target') === node.id()).flatMap((e) => e.data('shown') || e.data('findings') || []);
    const sources = node.connectedEdges().filter((e) => e.data('target') === node.id()).flatMap((e) => e.data('sources') || []);
    show(`${node.data('label')} (${node.data('type')})`, [...new Set(ids)], sources);
  });
  view.cy = cy;
}
