// Search by code or words across the CPT and HCPCS content loaded ($expand with a text filter).
import * as fhir from './fhir.js';
import { h, replace } from './dom.js';
import { rawPanel } from './raw.js';
import { view, navLink, loading, empty, serverError, systemLabel, codeHref } from './ui.js';

let generation = 0;

export function cancelSearch() {
  generation++;
}

export async function renderSearch(q) {
  const gen = ++generation;
  document.title = `${q} – search – cptx`;
  const heading = h('h1', { tabindex: '-1' }, 'Results for “', q, '”');
  replace(view(), h('div', { class: 'search-view card', 'aria-busy': 'true' }, heading, loading('Searching…')));
  let ex;
  try {
    ex = await fhir.searchCodes(q);
  } catch (err) {
    if (gen !== generation) return;
    replace(view(), h('div', { class: 'search-view card' }, heading,
      serverError(err, () => renderSearch(q)), rawPanel([err.exchange])));
    return;
  }
  if (gen !== generation) return;
  const expansion = (ex.json && ex.json.expansion) || {};
  const contains = expansion.contains || [];
  const total = typeof expansion.total === 'number' ? expansion.total : contains.length;
  const count = contains.length === 0 ? empty('No CPT or HCPCS code matches “', q, '”.')
    : h('p', { class: 'count', role: 'status' },
      total > contains.length ? `Showing ${contains.length} of ${total} codes` : `${total} code${total === 1 ? '' : 's'}`);
  const list = h('ol', { class: 'results' }, contains.map((c) =>
    h('li', {}, navLink(codeHref(c.code, c.system), { class: 'result', dataset: { code: c.code, system: c.system } },
      h('span', { class: 'code' }, c.code),
      h('span', { class: 'display' }, c.display || ''),
      h('span', { class: 'badge' }, systemLabel(c.system))))));
  replace(view(), h('div', { class: 'search-view card' }, heading, count, contains.length ? list : null, rawPanel([ex])));
}
