// Small helpers to build the page safely: every text goes in as text, never as HTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
  return node;
}

export function table(columns, rows, caption) {
  return el('table', {},
    caption ? el('caption', { class: 'muted' }, caption) : '',
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((cell) => el('td', {}, cell))))));
}

export function errorBox(error) {
  return el('p', { class: 'error', role: 'alert' }, error.message || String(error));
}

const POLARITY = {
  strength: 'strength', improvement: 'improvement', concern: 'concern',
  area_for_development: 'area for development', context: 'context',
};

/** One finding with its polarity, the report's reference and the report's words. */
export function finding(f) {
  return el('div', { class: `finding ${f.polarity || ''}` },
    el('div', { class: 'ref' },
      f.polarity ? el('span', { class: `badge ${f.polarity}` }, POLARITY[f.polarity] || f.polarity) : '',
      ' ', `${f.inspection || ''} \u00b7 ${f.ref || ''}`),
    el('blockquote', { style: 'margin:.25rem 0' }, f.text || f.quote || ''));
}

/** The authority tabs shown above every view of one authority. */
export function authorityTabs(id, current) {
  const tabs = [['map', 'Governance map'], ['leadership', 'Leadership'], ['boards', 'Boards'],
    ['gaps', 'Multi-agency gaps'], ['compare', 'Over inspections']];
  return el('nav', { 'aria-label': 'Views of this authority' }, el('ul', { class: 'tabs', style: 'list-style:none;padding:0' },
    tabs.map(([view, label]) => el('li', {}, el('a', {
      href: `#/authorities/${id}/${view}`, 'aria-current': view === current ? 'page' : false,
    }, label)))));
}
