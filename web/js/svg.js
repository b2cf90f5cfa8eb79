// The drawn part of a Cytoscape graph as a standalone SVG document: nodes, edges with arrows, labels and a legend,
// at the positions and colours on screen. Cytoscape draws on a canvas and Maven Central has no WebJar of its SVG
// extension, so this small writer does the one thing the map needs: a vector copy for reports and slides.

const esc = (s) => String(s ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]);
const num = (v) => Math.round(v * 10) / 10;
const px = (v) => parseFloat(v) || 0;

/** Wraps a label the way the map does (about maxWidth pixels a line at the given font size). */
function lines(label, maxWidth, fontSize) {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.55)));
  const out = [];
  let line = '';
  String(label).split(/\s+/).forEach((word) => {
    if (line && (line + ' ' + word).length > perLine) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  });
  if (line) out.push(line);
  return out;
}

/**
 * @param cy a Cytoscape instance
 * @param {{title: string, legend: Array<[string, string]>}} options the document's title and the legend's entries
 * @returns {string} the SVG document
 */
export function toSvg(cy, { title, legend = [] }) {
  const nodes = cy.nodes().filter((n) => n.visible());
  const edges = cy.edges().filter((e) => e.visible());
  const box = nodes.union(edges).boundingBox({ includeLabels: true });
  const pad = 20;
  const legendHeight = legend.length ? 24 : 0;
  const x0 = (Number.isFinite(box.x1) ? box.x1 : 0) - pad;
  const y0 = (Number.isFinite(box.y1) ? box.y1 : 0) - pad - legendHeight;
  const width = (Number.isFinite(box.w) ? box.w : 0) + 2 * pad;
  const height = (Number.isFinite(box.h) ? box.h : 0) + 2 * pad + legendHeight;
  const out = [`<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x0)} ${num(y0)} ${num(Math.max(width, 200))} ${num(height)}" `
      + `width="${num(Math.max(width, 200))}" height="${num(height)}" font-family="system-ui, sans-serif">`,
    `<title>${esc(title)}</title>`,
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(Math.max(width, 200))}" height="${num(height)}" fill="#ffffff"/>`];
  const colours = new Set(edges.map((e) => e.style('line-color')));
  out.push('<defs>');
  // markerUnits="userSpaceOnUse": the arrowhead keeps one small size, whatever the stroke width of its edge
  // (the default, strokeWidth, made the arrows of the thick edges, those with most findings, several times larger)
  [...colours].forEach((c, i) => out.push(`<marker id="arrow${i}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" `
    + `markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${esc(c)}"/></marker>`));
  out.push('</defs>');
  const markers = new Map([...colours].map((c, i) => [c, `arrow${i}`]));

  out.push('<g class="edges">');
  edges.forEach((e) => {
    const s = e.sourceEndpoint();
    const t = e.targetEndpoint();
    const colour = e.style('line-color');
    out.push(`<line data-id="${esc(e.id())}" x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(t.x)}" y2="${num(t.y)}" `
      + `stroke="${esc(colour)}" stroke-width="${num(px(e.style('width')))}" marker-end="url(#${markers.get(colour)})"/>`);
  });
  out.push('</g>', '<g class="nodes">');
  nodes.forEach((n) => {
    const p = n.position();
    const r = px(n.style('width')) / 2;
    const fontSize = px(n.style('font-size')) || 9;
    const bold = n.style('font-weight') === 'bold' ? ' font-weight="bold"' : '';
    out.push(`<g data-id="${esc(n.id())}"><title>${esc(`${n.data('label')} (${n.data('type')})`)}</title>`
      + `<circle cx="${num(p.x)}" cy="${num(p.y)}" r="${num(r)}" fill="${esc(n.style('background-color'))}"`
      + (n.selected() ? ' stroke="#000" stroke-width="3"' : '') + '/>');
    const wrapped = lines(n.data('label'), px(n.style('text-max-width')) || 110, fontSize);
    const top = p.y - r - 4 - (wrapped.length - 1) * fontSize * 1.2;
    out.push(`<text x="${num(p.x)}" y="${num(top)}" font-size="${num(fontSize)}" text-anchor="middle" fill="#1d1d1f"${bold}>`
      + wrapped.map((l, i) => `<tspan x="${num(p.x)}" dy="${i ? num(fontSize * 1.2) : 0}">${esc(l)}</tspan>`).join('')
      + '</text></g>');
  });
  out.push('</g>');
  if (legend.length) {
    out.push('<g class="legend">');
    let x = x0 + pad;
    legend.forEach(([label, colour]) => {
      out.push(`<circle cx="${num(x + 5)}" cy="${num(y0 + 14)}" r="5" fill="${esc(colour)}"/>`
        + `<text x="${num(x + 14)}" y="${num(y0 + 18)}" font-size="11" fill="#1d1d1f">${esc(label)}</text>`);
      x += 24 + label.length * 6.5;
    });
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}
