// Home: what this server holds. Every code system with its versions, concept count, content status and default
// version (CPT first), the server's software version, and whether it asks for an access token.
import * as api from './api.js';
import { CPT } from './fhir.js';
import { h, replace } from './dom.js';
import { rawPanel } from './raw.js';
import { claimView, navLink, loading, empty, serverError } from './ui.js';

function intro(...children) {
  return h('div', { class: 'intro card home' },
    h('h1', { tabindex: '-1' }, 'What this server holds'), ...children);
}

/** rest[0].security of the CapabilityStatement: open (no security service, perhaps CORS only), or the token service. */
function access(capability) {
  const security = capability && capability.rest && capability.rest[0] && capability.rest[0].security;
  const services = ((security && security.service) || []).flatMap((s) => (s.coding || []).map((c) => c.code || c.display));
  if (!services.length) return { open: true, text: 'Open: no token needed' };
  return { open: false, text: `Token required (${services.join(', ')})` };
}

function serverLine(capability) {
  const sw = capability.software || {};
  const a = access(capability);
  return h('p', { class: 'server-line' },
    h('span', { class: 'badge', dataset: { field: 'software' } }, `${sw.name || 'cptx'} ${sw.version || ''}`.trim()),
    h('span', { class: 'badge' }, `FHIR ${capability.fhirVersion || 'R4'}`),
    h('span', { class: 'badge access ' + (a.open ? 'open' : 'token'), dataset: { field: 'access' } }, a.text));
}

/** One row per version: the TerminologyCapabilities entry joined with the CodeSystem resource of that version. */
function versionRows(tc, resources) {
  return (tc.version || []).map((v) => {
    const r = resources.find((x) => x.url === tc.uri && x.version === v.code) || {};
    const count = typeof r.count === 'number' ? r.count : (r.concept ? countConcepts(r.concept) : null);
    return { version: v.code, isDefault: !!v.isDefault, count, content: r.content || '', title: r.title || r.name || '' };
  });
}

function countConcepts(concepts) {
  return concepts.reduce((n, c) => n + 1 + countConcepts(c.concept || []), 0);
}

function systemCard(tc, resources) {
  const rows = versionRows(tc, resources);
  const isCpt = tc.uri === CPT;
  const title = isCpt ? 'CPT' : ((rows.find((r) => r.isDefault) || rows[0] || {}).title || tc.uri);
  return h('section', { class: 'card system' + (isCpt ? ' cpt' : ''), dataset: { system: tc.uri } },
    h('h2', {}, title), h('p', {}, h('code', { class: 'system' }, tc.uri)),
    isCpt ? h('p', { class: 'actions' }, navLink('?sections', {}, 'Browse CPT by section'),
      navLink('?changes', {}, 'Release changes'), navLink('?claim', {}, 'Claim check')) : null,
    h('div', { class: 'table-wrap' }, h('table', { class: 'versions' },
      h('thead', {}, h('tr', {}, ['Version', 'Concepts', 'Content', 'Default'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map((r) => h('tr', { dataset: { version: r.version } },
        h('th', { scope: 'row' }, r.version),
        h('td', { class: 'num', dataset: { field: 'count' } }, r.count === null ? '–' : r.count.toLocaleString('en-US')),
        h('td', { dataset: { field: 'content' } }, r.content),
        h('td', {}, r.isDefault ? 'Default' : '')))))));
}

export async function renderHome() {
  document.title = 'cptx – CPT terminology server';
  const view = claimView();
  replace(view(), intro(loading('Loading what the server holds…')));
  let cap;
  let tcs;
  let list;
  try {
    [cap, tcs, list] = await Promise.all([api.capabilities(), api.terminologyCapabilities(), api.codeSystems()]);
  } catch (err) {
    return replace(view(), intro(serverError(err, renderHome), rawPanel([err.exchange])));
  }
  const resources = ((list.json && list.json.entry) || []).map((e) => e.resource).filter(Boolean);
  const systems = (tcs.json.codeSystem || []).slice()
    .sort((a, b) => (b.uri === CPT) - (a.uri === CPT));
  replace(view(),
    intro(h('p', {}, 'A FHIR R4 terminology server for CPT. Search by code or words above, browse CPT by section, ',
      'compare two CPT releases, or check the lines of a claim.'), serverLine(cap.json)),
    systems.length ? systems.map((tc) => systemCard(tc, resources))
      : h('div', { class: 'card' }, empty('This server holds no code system.')),
    rawPanel([cap, tcs, list]));
  view().querySelector('.home').dataset.loaded = 'true';
}
