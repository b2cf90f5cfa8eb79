import { el, errorBox, table } from '../ui.js';

const POLARITY = { strength: 'strength', improvement: 'improvement', concern: 'concern',
  area_for_development: 'area for development', context: 'context' };

/**
 * Draft from a report: upload a report's text or PDF, read the draft the extractor made of it (every item with its
 * place in the report and a confidence), then load it or put it aside. Nothing is written until "Load this draft".
 */
export async function extract(view) {
  const file = el('input', { type: 'file', id: 'report', accept: '.txt,.md,.pdf,text/plain,application/pdf' });
  const draftButton = el('button', { type: 'button', id: 'draft' }, 'Draft');
  const result = el('div', { id: 'draft-result', 'aria-live': 'polite' });
  view.append(
    el('h1', {}, 'Draft a dataset from a report'),
    el('p', { class: 'muted' }, 'Upload an inspection report (plain text or the published PDF). govgraph drafts its '
      + 'authority, inspection, judgements, findings, recommendations, leadership changes, boards, teams and partners, '
      + 'each with the place in the report it comes from. Nothing is loaded until you have read the draft.'),
    el('div', { class: 'controls' }, el('label', { for: 'report' }, 'Report file', file), draftButton),
    result);

  draftButton.addEventListener('click', async () => {
    if (!file.files.length) {
      result.replaceChildren(errorBox(new Error('Choose a report file first.')));
      return;
    }
    result.replaceChildren(el('p', { class: 'muted' }, `Reading ${file.files[0].name}\u2026`));
    const form = new FormData();
    form.append('file', file.files[0]);
    try {
      const response = await fetch('/api/extract', { method: 'POST', body: form, headers: { Accept: 'application/json' } });
      const body = await response.json();
      if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
      showDraft(result, body);
    } catch (e) {
      result.replaceChildren(errorBox(e));
    }
  });
}

function showDraft(result, draft) {
  const x = draft.extraction || {};
  const i = draft.inspection;
  const load = el('button', { type: 'button', id: 'load', disabled: Boolean(x.replaces_report) }, 'Load this draft');
  const download = el('a', {
    href: URL.createObjectURL(new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' })),
    download: `${i.id}.json`,
  }, 'Download the draft (JSON)');
  const outcome = el('div', { id: 'load-result', 'aria-live': 'polite' });
  const confidence = el('p', { class: x.low_confidence ? 'error' : 'muted', id: 'confidence' },
    `Confidence ${Math.round((x.confidence || 0) * 100)}%`
    + (x.low_confidence ? ': LOW. This may not be an inspection report, or its layout was not understood. Read it before loading.' : '.'));
  const judgements = i.judgements || [];
  result.replaceChildren(
    el('h2', {}, `${(draft.authorities || [])[0]?.name || i.authority}: ${i.inspectorate} ${i.kind}`),
    confidence,
    table(['', ''], [
      ['Inspection id', i.id], ['Source', `${x.source} (${x.format})`],
      ['Fieldwork', `${i.fieldwork?.start || ''}${i.fieldwork?.end ? ` to ${i.fieldwork.end}` : ''} (\u201c${i.fieldwork?.text || ''}\u201d)`],
      ['Published', i.published || 'not found'],
      ['Lead inspector', (i.team || []).map((t) => t.name).join(', ') || 'not found'],
      ['Found', `${(draft.findings || []).length} findings, ${(draft.recommendations || []).length} recommendations, `
        + `${(draft.spells || []).length} leadership changes, ${(draft.boards || []).length} boards, `
        + `${(draft.teams || []).length} teams, ${(draft.partners || []).length} partners`],
    ], 'What the report says about itself'),
    x.replaces_report ? el('p', { class: 'error', id: 'replaces' }, `Inspection ${i.id} is already in the graph from report `
      + `${x.replaces_report}. Loading this draft would replace what that report says; it is not offered.`) : '',
    i.follows_up ? el('p', { id: 'follows-up' }, `Follows up inspection ${i.follows_up.inspection}: `, el('q', {}, i.follows_up.quote),
      ` (${i.follows_up.ref})`) : '',
    (x.earlier_inspections || []).length ? section('Earlier inspections it refers to', table(['Date', 'Words', 'Ref'],
      x.earlier_inspections.map((e) => [e.date, e.quote, e.ref]))) : '',
    (x.warnings || []).length ? el('div', {}, el('h3', {}, 'Warnings'), el('ul', {}, x.warnings.map((w) => el('li', {}, w)))) : '',
    el('div', { class: 'controls' }, load, download),
    outcome,
    judgements.length ? section('Judgements', table(['Area', 'Grade'], judgements.map((j) => [j.area, j.grade]))) : '',
    section('Recommendations and actions', table(['Ref', 'Timescale', 'Text', 'Confidence'],
      (draft.recommendations || []).map((r) => [r.ref, r.timescale || r.priority || '', r.text, pct(r.extracted)]))),
    section('Leadership changes', table(['Post', 'Tenure', 'Start', 'End', 'Quote', 'Ref'],
      (draft.spells || []).map((s) => [s.holder || s.role, s.tenure, s.start?.date || '', s.end?.date || '', s.quote, s.ref]))),
    section('Boards, teams and partners', table(['Kind', 'Name', 'Also called'], [
      ...(draft.boards || []).map((b) => ['board', b.name, (b.aliases || []).join(', ')]),
      ...(draft.teams || []).map((t) => ['team', t.name, (t.aliases || []).join(', ')]),
      ...(draft.partners || []).map((p) => [`partner (${p.sector})`, p.name, (p.aliases || []).join(', ')]),
    ])),
    section('Findings', table(['Ref', 'Polarity', 'Themes', 'About', 'Text', 'Lines', 'Confidence'],
      (draft.findings || []).map((f) => [f.ref, el('span', { class: `badge ${f.polarity}` }, POLARITY[f.polarity] || f.polarity),
        (f.themes || []).join(', '), (f.about || []).join(', '), f.text,
        f.extracted ? `${f.extracted.lines[0]}\u2013${f.extracted.lines[1]}` : '', pct(f.extracted)]))));

  load.addEventListener('click', async () => {
    load.disabled = true;
    try {
      const response = await fetch(`/api/datasets?name=${encodeURIComponent(`${i.id}.json`)}`, {
        method: 'POST', body: JSON.stringify(draft), headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      });
      const body = await response.json();
      if (!response.ok) {
        outcome.replaceChildren(errorBox(new Error(body.message || `HTTP ${response.status}`)),
          el('ul', {}, (body.problems || []).map((p) => el('li', {}, [p.file, p.line && `line ${p.line}`, p.field, p.message].filter(Boolean).join(', ')))));
        load.disabled = false;
        return;
      }
      outcome.replaceChildren(el('p', { role: 'status' }, `Loaded: inspection ${i.id}. `,
        el('a', { href: `#/authorities/${i.authority}/map?inspection=${i.id}` }, 'Open its governance map')));
    } catch (e) {
      outcome.replaceChildren(errorBox(e));
      load.disabled = false;
    }
  });
}

const pct = (extracted) => (extracted ? `${Math.round(extracted.confidence * 100)}%` : '');
const section = (title, content) => el('section', {}, el('h2', {}, title), content);
