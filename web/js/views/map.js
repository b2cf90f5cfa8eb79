import { api, query } from '../api.js';
import { authorityTabs, el, finding } from '../ui.js';
import { toSvg } from '../svg.js';

const COLOURS = {
  Authority: '#1f5fa8', Inspection: '#6e7781', Board: '#8250df', Team: '#0a7ea4', Role: '#bf3989',
  PostHolding: '#e16f24', Partner: '#1a7f37',
};

/** Layout settings: cose spreads the nodes far enough apart for their labels to be read. */
const layoutOptions = (name) => (name === 'cose'
  ? { name, animate: false, nodeRepulsion: () => 16000, idealEdgeLength: () => 70, nodeOverlap: 40, padding: 20 }
  : { name, animate: false, padding: 20 });

/** How many nodes the map draws at first; the rest wait behind "Show all" (the URL's limit=N changes it). */
const NODE_BUDGET = 150;

/**
 * The governance map of one authority, as at one inspection (the latest, unless the URL names another or a date)
 * or all of them together, with the evidence behind each edge.
 */
export async function governanceMap(view, { id, params, navigate }) {
  const overview = await api.get(`/api/authorities/${id}`, 'overview');
  const when = (i) => i.fieldworkStart || i.published || '';
  const latest = [...overview.inspections].sort((a, b) => when(a).localeCompare(when(b))).pop();
  const chosen = params.inspection || (params.asOf ? '' : latest?.id || 'all');
  const map = await api.get(`/api/authorities/${id}/map${query({
    inspection: chosen === 'all' ? undefined : chosen || undefined, asOf: params.asOf })}`);
  const picker = el('select', { id: 'inspection' },
    params.asOf && !params.inspection ? el('option', { value: '', selected: true }, `As at ${params.asOf}`) : '',
    el('option', { value: 'all', selected: chosen === 'all' }, 'All inspections together'),
    overview.inspections.map((i) => el('option', { value: i.id, selected: chosen === i.id },
      `${i.inspectorate} ${i.fieldworkStart || i.published}`)));
  // choosing in the picker (arrow keys step through it) loads nothing; "Show" does, keeping the rest of the view
  const showInspection = el('button', { type: 'button', class: 'secondary', id: 'show-inspection' }, 'Show');
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
  const keysHelp = el('p', { id: 'graph-keys', class: 'muted keys' }, 'In the map: arrow keys walk the nodes, E walks the '
    + 'selected node’s edges, H hides, X shows neighbours, P pins, U undoes, A shows all, F fits, + and − zoom.');
  const graph = el('div', { id: 'graph', tabindex: '0', role: 'application', 'aria-roledescription': 'graph',
    'aria-label': `Governance map of ${map.authority.name}`, 'aria-describedby': 'graph-keys' });
  const status = el('p', { class: 'sr-status', role: 'status', 'aria-live': 'polite' });
  const note = el('p', { class: 'muted', id: 'set-aside' });
  const showAll = el('button', { type: 'button', class: 'secondary', id: 'show-all' }, 'Show all');
  const fit = el('button', { type: 'button', class: 'secondary' }, 'Fit');
  const png = el('button', { type: 'button', class: 'secondary', id: 'png' }, 'Export PNG');
  const svg = el('button', { type: 'button', class: 'secondary', id: 'svg' }, 'Export SVG');
  const finder = el('select', { id: 'node' }, el('option', { value: '' }, 'Choose a node\u2026'),
    [...map.nodes].sort((a, b) => (a.label || a.id).localeCompare(b.label || b.id))
      .map((n) => el('option', { value: n.id }, `${n.label || n.id} (${n.type})`)));
  const hide = el('button', { type: 'button', class: 'secondary', id: 'hide', title: 'Hide the selected node (H)' }, 'Hide');
  const expand = el('button', { type: 'button', class: 'secondary', id: 'expand' }, 'Show its neighbours');
  const pin = el('button', { type: 'button', class: 'secondary', id: 'pin' }, 'Pin / unpin');
  const undo = el('button', { type: 'button', class: 'secondary', id: 'undo' }, 'Undo');
  view.append(
    el('h1', {}, `Governance map: ${map.authority.name}`),
    authorityTabs(id, 'map'),
    // one compact toolbar row; the secondary controls, the legend and the keys wait behind "More", so that at
    // 1366x768 the graph starts high and fits the window (its height follows the window, see #graph in app.css)
    el('div', { class: 'controls toolbar' },
      el('div', { class: 'picker' }, el('label', { for: 'inspection' }, 'As at', picker), showInspection),
      el('label', { for: 'polarity' }, 'Edges', polarity),
      el('label', { for: 'theme' }, 'Theme', theme),
      el('label', { for: 'node' }, 'Node', finder), hide, undo,
      el('details', { class: 'more', id: 'more', open: hidden.size > 0 || (params.layout && params.layout !== 'cose') },
        el('summary', {}, 'More'),
        el('div', { class: 'more-body' },
          el('div', { class: 'controls toolbar' }, el('label', { for: 'layout' }, 'Layout', layout),
            el('fieldset', { style: 'border:0;display:flex;gap:.6rem;padding:0;margin:0' }, el('legend', { class: 'muted' }, 'Show'), checks)),
          el('div', { class: 'controls toolbar' }, expand, pin, fit, png, svg),
          el('ul', { class: 'legend', 'aria-label': 'Legend' }, Object.entries(COLOURS).map(([t, c]) =>
            el('li', {}, el('span', { style: `background:${c}` }), t)),
            el('li', {}, el('span', { style: 'background:#b42318;border-radius:0' }), 'edge with concerns'),
            el('li', {}, el('span', { style: 'background:#1a7f37;border-radius:0' }), 'edge with strengths only')),
          keysHelp))),
    note, status,
    el('div', { class: 'split' }, graph, evidence));

  const elements = [
    ...map.nodes.map((n) => ({ data: { id: n.id, label: n.label || n.id, type: n.type, kind: n.kind } })),
    ...map.edges.map((e) => ({ data: { ...e, id: e.id, weight: e.strengths + e.concerns + e.development } })),
  ];
  const cy = window.cytoscape({
    container: graph, elements, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'background-color': (n) => COLOURS[n.data('type')] || '#888', label: 'data(label)',
        'font-size': 9, 'text-wrap': 'wrap', 'text-max-width': 110, width: 22, height: 22,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1 } },
      { selector: 'node[type = "Authority"]', style: { width: 40, height: 40, 'font-size': 12, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: (e) => 1 + Math.min(6, e.data('weight')), 'curve-style': 'bezier',
        'line-color': (e) => (e.data('concerns') > 0 ? '#b42318' : e.data('strengths') > 0 ? '#1a7f37' : '#c4c4cc'),
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#c4c4cc', 'arrow-scale': 0.6 } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000' } },
    ],
    layout: layoutOptions(layout.value),
  });
  // what is drawn: a node shows when its type is on and nobody (the budget, or the user) has put it aside
  const putAside = new Set();
  const budget = Math.max(1, Number(params.limit) || NODE_BUDGET);
  if (cy.nodes().length > budget) {
    // at first, the authority and the most connected entities; the rest wait behind "Show all" and "Show its neighbours"
    const ranked = cy.nodes().sort((a, b) => (b.data('type') === 'Authority') - (a.data('type') === 'Authority')
      || b.degree() - a.degree() || a.data('label').localeCompare(b.data('label')));
    ranked.slice(budget).forEach((n) => putAside.add(n.id()));
  }
  const apply = () => {
    const off = new Set(checks.filter((c) => !c.querySelector('input').checked).map((c) => c.querySelector('input').value));
    cy.nodes().forEach((n) => n.style('display', off.has(n.data('type')) || putAside.has(n.id()) ? 'none' : 'element'));
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
    // with a theme or an edge filter on, a node left with no drawn edge says nothing about it: hide it too
    // (never the authority); it comes back when the filter is lifted, as it is not put aside
    let filteredOut = 0;
    if (theme.value || polarity.value) {
      const drawn = (n) => n.style('display') === 'element';
      cy.nodes().filter((n) => drawn(n) && n.data('type') !== 'Authority').forEach((n) => {
        if (!n.connectedEdges().some((e) => drawn(e) && drawn(e.source()) && drawn(e.target()))) {
          n.style('display', 'none');
          filteredOut += 1;
        }
      });
    }
    note.replaceChildren(...(putAside.size
      ? [`${putAside.size} of ${cy.nodes().length} nodes are set aside to keep the map readable. `, showAll] : []),
    ...(filteredOut ? [`${putAside.size ? ' ' : ''}${filteredOut} nodes with no edge matching the filter are hidden.`] : []));
  };
  // the view's state lives in the URL, so a map can be bookmarked and shared as it is
  const remember = () => {
    const off = checks.filter((x) => !x.querySelector('input').checked).map((x) => x.querySelector('input').value);
    history.replaceState(null, '', `#/authorities/${id}/map${query({
      inspection: params.inspection, asOf: params.asOf, hide: off, edges: polarity.value, theme: theme.value,
      layout: layout.value === 'cose' ? undefined : layout.value, limit: params.limit })}`);
  };
  const changed = () => { apply(); remember(); };
  showInspection.addEventListener('click', () => {
    const off = checks.filter((x) => !x.querySelector('input').checked).map((x) => x.querySelector('input').value);
    navigate(`/authorities/${id}/map`, {
      inspection: picker.value, asOf: picker.value === '' ? params.asOf : undefined, hide: off.join(','),
      edges: polarity.value, theme: theme.value, layout: layout.value === 'cose' ? undefined : layout.value, limit: params.limit });
  });
  checks.forEach((c) => c.addEventListener('change', changed));
  polarity.addEventListener('change', changed);
  theme.addEventListener('change', changed);
  layout.addEventListener('change', () => { cy.layout(layoutOptions(layout.value)).run(); remember(); });
  fit.addEventListener('click', () => cy.fit());
  const download = (href, name) => el('a', { href, download: name }).click();
  png.addEventListener('click', () => download(cy.png({ full: true, bg: '#ffffff' }), `${id}-map.png`));
  svg.addEventListener('click', () => {
    const legend = Object.entries(COLOURS).filter(([t]) => cy.nodes(`[type = "${t}"]`).some((n) => n.visible()));
    const text = toSvg(cy, { title: `Governance map: ${map.authority.name} (${picker.selectedOptions[0]?.text || ''})`, legend });
    download(URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' })), `${id}-map.svg`);
  });

  // hide, show neighbours (at most 25 at a time), show all, and undo any of them
  const NEIGHBOUR_LIMIT = 25;
  const undoStack = [];
  const selected = () => cy.$('node:selected').first();
  const change = (action) => { undoStack.push(new Set(putAside)); action(); apply(); };
  showAll.addEventListener('click', () => change(() => putAside.clear()));
  hide.addEventListener('click', () => {
    const n = selected();
    if (n.length) change(() => { putAside.add(n.id()); n.unselect(); });
  });
  expand.addEventListener('click', () => {
    const n = selected();
    if (n.length) change(() => n.neighborhood('node').filter((m) => putAside.has(m.id())).slice(0, NEIGHBOUR_LIMIT)
      .forEach((m) => putAside.delete(m.id())));
  });
  pin.addEventListener('click', () => {
    const n = selected();
    if (n.length) (n.locked() ? n.unlock() : n.lock());
  });
  undo.addEventListener('click', () => {
    const last = undoStack.pop();
    if (!last) return;
    putAside.clear();
    last.forEach((nid) => putAside.add(nid));
    apply();
  });
  const choose = (element) => {
    cy.$(':selected').unselect();
    element.select();
    cy.center(element);
    element.emit('tap');
    const what = element.isNode() ? `${element.data('label')} (${element.data('type')}), `
      + `${element.connectedEdges().filter((e) => e.visible()).length} connections` : evidence.querySelector('h2').textContent;
    status.textContent = `Selected ${what}${element.isNode() && element.locked() ? ', pinned' : ''}.`;
  };
  finder.addEventListener('change', () => {
    const n = cy.getElementById(finder.value);
    if (n.length) choose(n);
  });
  apply();

  // the graph itself works from the keyboard: arrows walk the nodes, E walks the selected node's edges
  const order = () => cy.nodes().filter((n) => n.visible()).sort((a, b) => a.data('label').localeCompare(b.data('label')));
  let edgeIndex = -1;
  graph.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const nodes = order();
    const current = cy.$('node:selected').first();
    const step = (by) => {
      if (!nodes.length) return;
      const at = current.length ? nodes.toArray().findIndex((n) => n.id() === current.id()) : -1;
      edgeIndex = -1;
      choose(nodes[(at + by + nodes.length) % nodes.length] || nodes[0]);
    };
    const keys = {
      ArrowRight: () => step(1), ArrowDown: () => step(1), ArrowLeft: () => step(-1), ArrowUp: () => step(-1),
      Home: () => { edgeIndex = -1; if (nodes.length) choose(nodes[0]); },
      e: () => {
        const anchor = current.length ? current : cy.$('edge:selected').first().source();
        const edges = anchor.connectedEdges().filter((x) => x.visible());
        if (!edges.length) return;
        edgeIndex = (edgeIndex + 1) % edges.length;
        choose(edges[edgeIndex]);
        anchor.select();
      },
      h: () => hide.click(), x: () => expand.click(), p: () => pin.click(), u: () => undo.click(),
      a: () => showAll.click(), f: () => cy.fit(),
      '+': () => cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
      '-': () => cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
    };
    keys['='] = keys['+'];
    const action = keys[event.key.length === 1 ? event.key.toLowerCase() : event.key] || keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
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
  // a node shows the findings of all its drawn edges, in and out, grouped by the node at the other end;
  // a busy node (the authority) shows the first NODE_FINDINGS of them, with a count of the rest
  const NODE_FINDINGS = 30;
  cy.on('tap', 'node', (evt) => {
    const node = evt.target;
    const edges = node.connectedEdges().filter((e) => e.visible());
    const groups = edges.map((e) => {
      const other = e.source().id() === node.id() ? e.target() : e.source();
      const outgoing = e.source().id() === node.id();
      return { e, other, outgoing, ids: e.data('shown') || e.data('findings') || [], sources: e.data('sources') || [] };
    }).filter((g) => g.ids.length || g.sources.length)
      .sort((a, b) => b.ids.length - a.ids.length || a.other.data('label').localeCompare(b.other.data('label')));
    evidence.replaceChildren(el('h2', {}, `${node.data('label')} (${node.data('type')})`));
    const total = new Set(groups.flatMap((g) => g.ids)).size;
    if (!total && !groups.length) {
      evidence.append(el('p', { class: 'muted' }, edges.length
        ? 'No finding about its connections in this view.' : 'No connection drawn in this view.'));
      return;
    }
    if (total) {
      evidence.append(el('p', { class: 'muted', id: 'node-findings-count' }, total > NODE_FINDINGS
        ? `${total} findings about its ${groups.length} connections; the first ${NODE_FINDINGS} are shown. Select an edge for all of its findings.`
        : `${total} finding${total === 1 ? '' : 's'} about its ${groups.length} connection${groups.length === 1 ? '' : 's'}.`));
    }
    const seen = new Set();
    let shown = 0;
    groups.forEach((g) => {
      const fresh = g.ids.filter((f) => !seen.has(f));
      fresh.forEach((f) => seen.add(f));
      const room = Math.max(0, NODE_FINDINGS - shown);
      const label = `${g.outgoing ? '\u2192' : '\u2190'} ${g.other.data('label')} (${g.e.data('type')})`;
      if (!room && fresh.length) return;
      evidence.append(el('h3', { class: 'edge-group' }, label));
      g.sources.slice(0, 3).forEach((src) => evidence.append(el('p', { class: 'ref' }, `${src.inspection} \u00b7 ${src.ref}: `, el('q', {}, src.quote))));
      fresh.slice(0, room).forEach((f) => evidence.append(finding(map.findings[f])));
      shown += Math.min(room, fresh.length);
    });
  });
  view.cy = cy;
}
