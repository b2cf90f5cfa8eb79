// The router: each view has a URL (#/...), so it can be bookmarked and shared and the back button works.
import { errorBox } from './ui.js';
import { home } from './views/home.js';
import { governanceMap } from './views/map.js';
import { leadership, turnover } from './views/leadership.js';
import { boards } from './views/boards.js';
import { gaps } from './views/gaps.js';
import { compare } from './views/compare.js';
import { search } from './views/search.js';
import { sideBySide } from './views/sidebyside.js';
import { console as cypherConsole } from './views/console.js';
import { extract } from './views/extract.js';

const routes = [
  [/^\/$/, () => home],
  [/^\/authorities\/([\w-]+)\/map$/, () => governanceMap],
  [/^\/authorities\/([\w-]+)\/leadership$/, () => leadership],
  [/^\/authorities\/([\w-]+)\/boards$/, () => boards],
  [/^\/authorities\/([\w-]+)\/gaps$/, () => gaps],
  [/^\/authorities\/([\w-]+)\/compare$/, () => compare],
  [/^\/gaps$/, () => gaps],
  [/^\/turnover$/, () => turnover],
  [/^\/search$/, () => search],
  [/^\/compare$/, () => sideBySide],
  [/^\/console$/, () => cypherConsole],
  [/^\/extract$/, () => extract],
];

export function navigate(path, params = {}) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const hash = `#${path}${q.toString() ? `?${q}` : ''}`;
  if (location.hash !== hash) location.hash = hash;
}

async function render() {
  const [path, queryString] = (location.hash.slice(1) || '/').split('?');
  const params = Object.fromEntries(new URLSearchParams(queryString || ''));
  const view = document.getElementById('view');
  for (const [pattern, load] of routes) {
    const match = path.match(pattern);
    if (match) {
      view.replaceChildren();
      try {
        await load()(view, { id: match[1], params, navigate });
      } catch (e) {
        if (e.name !== 'AbortError') view.append(errorBox(e));
      }
      document.title = `${view.querySelector('h1')?.textContent || 'govgraph'} \u2013 govgraph`;
      view.focus({ preventScroll: true });
      return;
    }
  }
  view.replaceChildren(errorBox(new Error(`No such page: ${path}`)));
}

window.addEventListener('hashchange', render);
render();
