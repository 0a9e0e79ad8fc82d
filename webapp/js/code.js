// A page per code: $lookup, the applicable modifiers (ConceptMap), the CPT section as a breadcrumb
// (cpt-sections), and for a modifier the same modifier in the other system ($translate over hcpcs-cpt-modifiers).
import * as fhir from './fhir.js';
import * as api from './api.js';
import { h, replace } from './dom.js';
import { rawPanel } from './raw.js';
import { loadSections, pathOf } from './sections.js';
import * as cards from './code-cards.js';
import { view, navLink, loading, serverError, issueList, systemLabel, codeHref, focusHeading } from './ui.js';

let generation = 0;

/** The targets of the applicable-modifiers ConceptMap for this code, as { system, code, display }. */
function modifierTargets(bundle, system, code) {
  const out = [];
  for (const entry of (bundle && bundle.entry) || []) {
    const map = entry.resource;
    if (!map || map.resourceType !== 'ConceptMap') continue;
    for (const group of map.group || []) {
      if ((group.source || '') !== system) continue;
      for (const el of (group.element || []).filter((e) => e.code === code)) {
        for (const t of el.target || []) {
          if (t.equivalence === 'unmatched' || t.equivalence === 'disjoint') continue;
          out.push({ system: group.target, code: t.code, display: t.display });
        }
      }
    }
  }
  return out;
}

async function lookupTarget(t) {
  try {
    const ex = await fhir.lookup(t.system, t.code);
    return Object.assign({}, t, { exchange: ex, found: true,
      display: fhir.valueOf(fhir.param(ex.json, 'display')) || t.display,
      definition: fhir.valueOf(fhir.param(ex.json, 'definition')) });
  } catch (err) {
    return Object.assign({}, t, { exchange: err.exchange, found: false });
  }
}

function modifierItem(m) {
  return h('li', { dataset: { modifier: m.code, system: m.system || '' } },
    h('div', { class: 'mod-head' },
      m.found ? navLink(codeHref(m.code, m.system), { class: 'code' }, m.code) : h('span', { class: 'code' }, m.code),
      h('span', { class: 'mod-name' }, m.display || ''),
      h('span', { class: 'badge' }, systemLabel(m.system))),
    m.definition && m.definition !== m.display ? h('p', { class: 'mod-def' }, m.definition) : null);
}

async function modifiersSection(section, system, code, exchanges) {
  const title = h('h2', { id: 'mod-title' }, 'Applicable modifiers');
  let targets;
  try {
    const ex = await fhir.applicableModifierMap();
    exchanges.push(ex);
    targets = modifierTargets(ex.json, system, code);
  } catch (err) {
    exchanges.push(err.exchange);
    return replace(section, title, serverError(err));
  }
  const looked = await Promise.all(targets.map(lookupTarget));
  for (const m of looked) exchanges.push(m.exchange);
  replace(section, title, looked.length === 0
    ? h('p', { class: 'muted', dataset: { state: 'empty' } }, 'No applicable modifiers listed.')
    : h('ul', { class: 'modifiers' }, looked.map(modifierItem)));
}

/** "Same modifier in CPT: LT" for an HCPCS modifier, and back, when the map holds one. */
async function equivalents(holder, system, code, exchanges) {
  let ex;
  try {
    ex = await api.sameModifier(system, code);
  } catch (err) {
    exchanges.push(err.exchange);
    return;
  }
  exchanges.push(ex);
  const matches = fhir.params(ex.json, 'match').map((m) => {
    const concept = (m.part || []).find((p) => p.name === 'concept');
    return concept && concept.valueCoding;
  }).filter(Boolean);
  if (!matches.length) return;
  replace(holder, h('section', { class: 'card equivalents', 'aria-labelledby': 'eq-title' },
    h('h2', { id: 'eq-title' }, `Same modifier in ${system === fhir.CPT ? 'HCPCS Level II' : 'CPT'}`),
    h('ul', {}, matches.map((c) => h('li', { dataset: { equivalent: c.code, system: c.system } },
      navLink(codeHref(c.code, c.system), { class: 'code' }, `${systemLabel(c.system)} ${c.code}`),
      ' (', h('code', {}, 'ConceptMap/$translate'), ')')))));
}

async function crumbs(holder, system, code) {
  if (system !== fhir.CPT) return;
  try {
    const path = pathOf(await loadSections(), code);
    replace(holder, navLink('./', {}, 'Home'), ' › ', navLink('?sections', {}, 'CPT'),
      path.map((s) => [' › ', navLink('?section=' + encodeURIComponent(s.code), { dataset: { section: s.code } }, s.display)]),
      ' › ', code);
    holder.dataset.loaded = 'true';
  } catch (err) {
    holder.dataset.loaded = 'true'; // the plain trail stays
  }
}

function notFound(err, system, code) {
  return h('div', { class: 'card state not-found', dataset: { state: 'not-found' } },
    h('h1', { tabindex: '-1' }, `${code} was not found`),
    h('p', {}, `The server has no code ${code} in ${systemLabel(system)}.`),
    err.outcome ? issueList(err.outcome.issue || []) : null,
    h('p', {}, navLink('?q=' + encodeURIComponent(code), {}, `Search for “${code}”`), ' instead.'),
    rawPanel([err.exchange]));
}

function isModifier(props) {
  const p = props.find((x) => x.code === 'modifier');
  return p ? p.value === true : false;
}

function page(system, code, p, parts) {
  const display = fhir.valueOf(fhir.param(p, 'display'));
  const version = fhir.valueOf(fhir.param(p, 'version'));
  const props = fhir.params(p, 'property').map(fhir.readProperty);
  const copyright = props.find((x) => x.code === 'copyright');
  return h('article', { class: 'code-page', dataset: { code, system } },
    h('header', { class: 'code-head card' }, parts.crumbs,
      h('h1', { tabindex: '-1' }, h('span', { class: 'code' }, code), ' ', h('span', { class: 'display' }, display)),
      h('p', { class: 'meta' },
        h('span', { class: 'badge', dataset: { field: 'system-label' } }, systemLabel(system)),
        h('span', { class: 'badge', dataset: { field: 'version' } }, `Version ${version}`),
        h('code', { class: 'system' }, system))),
    h('div', { class: 'grid' },
      h('div', { class: 'col' }, cards.descriptorsCard(display, cards.designationsOf(p)),
        cards.descriptionCard(system, fhir.valueOf(fhir.param(p, 'definition'))), cards.historyCard(props)),
      h('div', { class: 'col' }, cards.indicatorsCard(props), cards.otherPropsCard(props), parts.equivalents)),
    parts.modifiers,
    copyright ? h('p', { class: 'copyright', dataset: { field: 'copyright' } }, copyright.value) : null,
    parts.raw);
}

export async function renderCode(system, code, focus, version) {
  const gen = ++generation;
  document.title = `${code} – cptx`;
  replace(view(), h('div', { class: 'card', 'aria-busy': 'true' },
    h('h1', { tabindex: '-1' }, code), loading(`Loading ${systemLabel(system)} ${code}…`)));
  let ex;
  try {
    ex = await fhir.lookup(system, code, version);
  } catch (err) {
    if (gen !== generation) return;
    replace(view(), err.notFound ? notFound(err, system, code) : h('div', { class: 'card' },
      h('h1', { tabindex: '-1' }, code), serverError(err, () => renderCode(system, code, true, version)), rawPanel([err.exchange])));
    if (focus) focusHeading();
    return;
  }
  if (gen !== generation) return;
  const exchanges = [ex];
  const parts = {
    crumbs: h('p', { class: 'crumbs' }, navLink('./', {}, 'Home'), ' › ', systemLabel(system), ' › ', code),
    equivalents: h('div', { class: 'eq-holder' }),
    raw: h('div', { class: 'raw-holder' }),
    modifiers: h('section', { class: 'card', 'aria-labelledby': 'mod-title', 'aria-busy': 'true' },
      h('h2', { id: 'mod-title' }, 'Applicable modifiers'), loading('Loading modifiers…')),
  };
  const props = fhir.params(ex.json, 'property').map(fhir.readProperty);
  replace(view(), page(system, code, ex.json, parts));
  parts.raw.append(rawPanel(exchanges));
  if (focus) focusHeading();
  const modifier = system !== fhir.CPT || isModifier(props);
  await Promise.all([modifiersSection(parts.modifiers, system, code, exchanges), crumbs(parts.crumbs, system, code),
    modifier ? equivalents(parts.equivalents, system, code, exchanges) : null]);
  if (gen !== generation) return;
  parts.modifiers.removeAttribute('aria-busy');
  replace(parts.raw, rawPanel(exchanges));
  view().querySelector('.code-page').dataset.loaded = 'true';
}
