import { api, query as queryString } from '../api.js';
import { el, table } from '../ui.js';

function cell(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v.properties ? { labels: v.labels, type: v.type, ...v.properties } : v);
  return String(v);
}

/** The Cypher console: an editor with Cypher highlighting, the library with parameter forms, rows or a graph. */
export async function console(view, { params }) {
  const library = await api.get('/api/queries', 'library');
  const text = el('textarea', { id: 'cypher', 'aria-label': 'Cypher query', rows: 6 },
    params.query || 'MATCH (a:Authority)<-[:OF_AUTHORITY]-(i:Inspection)\nRETURN a.name, i.id, i.fieldworkStart\nORDER BY a.name');
  const pick = el('select', { id: 'library' }, el('option', { value: '' }, 'Write your own'),
    library.map((q) => el('option', { value: q.name }, q.name)));
  const form = el('div', { class: 'controls', id: 'params' });
  const describe = el('p', { class: 'muted' });
  const result = el('section', { 'aria-label': 'Result', id: 'result' });
  /**
   * The library form's values typed as its @param lines say: a List takes comma-separated items, an Integer a
   * number. An empty optional parameter is sent as null (the query then means "all of them"); an empty required
   * one stops the run with a message, rather than sending null and failing.
   */
  const paramValues = () => {
    const values = {};
    const chosen = library.find((q) => q.name === pick.value);
    const types = Object.fromEntries((chosen?.params || []).map((p) => [p.name, p.type]));
    const missing = [];
    form.querySelectorAll('input').forEach((i) => {
      const type = types[i.name] || '';
      const optional = type.endsWith('?');
      const number = (x) => (/^-?\d+(\.\d+)?$/.test(x) ? Number(x) : x);
      const scalar = (x) => (/^(Integer|Long|Float|Double|Number)/.test(type.replace(/^List<|>\??$/g, '')) ? number(x) : x);
      const raw = i.value.trim();
      if (type.startsWith('List')) {
        const items = raw.split(',').map((x) => x.trim()).filter(Boolean).map(scalar);
        if (items.length) values[i.name] = items;
        else if (optional) values[i.name] = null;
        else missing.push(i.name);
      } else if (raw !== '') {
        values[i.name] = type ? scalar(raw) : number(raw);
      } else if (optional) {
        values[i.name] = null;
      } else if (type) {
        missing.push(i.name);
      }
    });
    if (missing.length) {
      throw new Error(`${missing.map((m) => `$${m}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} required`
        + ' (a list takes one or more values separated by commas)');
    }
    return values;
  };
  const run = (mode) => async () => {
    result.replaceChildren(el('p', { class: 'muted' }, 'Running\u2026'));
    try {
      const params = paramValues();
      const r = await api.post('/api/cypher', { query: editor.getValue(), params, mode }, 'console');
      result.replaceChildren(el('p', { class: 'muted' }, `${r.rowCount} rows in ${r.millis} ms`
        + (r.truncated ? ` \u2014 cut at ${r.maxRows} rows` : '')));
      if (r.columns.length) result.append(table(r.columns, r.rows.map((row) => row.map(cell))));
      if (r.nodes.length) {
        const graph = el('div', { id: 'graph', role: 'img', 'aria-label': `${r.nodes.length} nodes`, style: 'height:420px' });
        result.append(el('h2', {}, 'As a graph'), graph);
        window.cytoscape({ container: graph, layout: { name: 'cose', animate: false },
          elements: [...r.nodes.map((n) => ({ data: { id: n.id, label: n.properties.name || n.properties.title || n.properties.id || n.labels[0] } })),
            ...r.relationships.map((x) => ({ data: { id: x.id, source: x.start, target: x.end, label: x.type } }))],
          style: [{ selector: 'node', style: { label: 'data(label)', 'font-size': 9, 'background-color': '#1f5fa8' } },
            { selector: 'edge', style: { label: 'data(label)', 'font-size': 8, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } }] });
      }
      if (r.plan) result.append(el('h2', {}, 'Plan'), el('pre', {}, JSON.stringify(r.plan, null, 2)));
    } catch (e) {
      result.replaceChildren(el('p', { class: 'error', role: 'alert' }, `${e.status === 403 ? 'Refused' : 'Error'}: ${e.message}`));
    }
  };
  pick.addEventListener('change', () => {
    const chosen = library.find((q) => q.name === pick.value);
    form.replaceChildren();
    describe.textContent = chosen ? chosen.description : '';
    if (chosen) {
      editor.setValue(chosen.query);
      chosen.params.forEach((p) => form.append(el('label', { for: `param-${p.name}` }, `$${p.name} (${p.type})`,
        el('input', { id: `param-${p.name}`, name: p.name, title: p.description, 'data-type': p.type,
          placeholder: `${p.type.startsWith('List') ? 'a, b, c' : ''}${p.type.endsWith('?') ? ' (empty: all)' : ''}`.trim() || undefined }))));
    }
  });
  view.append(el('h1', {}, 'Cypher console'),
    el('p', { class: 'muted' }, 'Read-only: writes, LOAD CSV and admin commands are refused. Results are capped.'),
    el('div', { class: 'controls' }, el('label', { for: 'library' }, 'Library', pick)), describe, text, form,
    el('div', { class: 'controls' },
      el('button', { type: 'button', id: 'run', onclick: run('run') }, 'Run'),
      el('button', { type: 'button', class: 'secondary', onclick: run('explain') }, 'Explain'),
      el('button', { type: 'button', class: 'secondary', onclick: run('profile') }, 'Profile'),
      el('button', { type: 'button', class: 'secondary', id: 'csv', onclick: async () => {
        let params;
        try {
          params = paramValues();
        } catch (e) {
          result.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Error: ${e.message}`));
          return;
        }
        const response = await fetch('/api/cypher?format=csv', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query: editor.getValue(), params }) });
        if (!response.ok) {
          result.replaceChildren(el('p', { class: 'error', role: 'alert' }, (await response.json()).message));
          return;
        }
        const a = el('a', { href: URL.createObjectURL(await response.blob()), download: 'query.csv' });
        a.click();
      } }, 'Download CSV')),
    result);
  // Tab and Shift-Tab leave the editor (false: CodeMirror lets the browser move the focus), so it is no keyboard trap
  const editor = window.CodeMirror.fromTextArea(text, { mode: 'cypher', lineNumbers: true, viewportMargin: Infinity,
    extraKeys: { 'Ctrl-Enter': run('run'), 'Cmd-Enter': run('run'), Tab: false, 'Shift-Tab': false } });
  editor.getInputField().setAttribute('aria-label', 'Cypher query (Ctrl-Enter runs it; Tab leaves the editor)');
  // the session lives in the URL (the query, the library entry and its form), so it can be bookmarked and reopened
  const remember = () => {
    const values = {};
    form.querySelectorAll('input').forEach((i) => { if (i.value !== '') values[`p.${i.name}`] = i.value; });
    history.replaceState(null, '', `#/console${queryString({ library: pick.value, query: editor.getValue(), ...values })}`);
  };
  if (params.library && library.some((q) => q.name === params.library)) {
    pick.value = params.library;
    pick.dispatchEvent(new Event('change'));
    form.querySelectorAll('input').forEach((i) => { i.value = params[`p.${i.name}`] ?? ''; });
    if (params.query) editor.setValue(params.query);
  }
  editor.on('change', remember);
  pick.addEventListener('change', remember);
  form.addEventListener('input', remember);
}
