// cptx browser UI: search, a page per code, an expression checker. State lives in the URL
// (?q=, ?code=&system=, ?check=) so that every view is shareable; data comes only from the FHIR API.
import * as fhir from './fhir.js';
import { h, replace } from './dom.js';
import { rawPanel } from './raw.js';

const SYSTEMS = {
  [fhir.CPT]: { alias: 'cpt', label: 'CPT' },
  [fhir.HCPCS]: { alias: 'hcpcs', label: 'HCPCS' },
};
const ALIASES = { cpt: fhir.CPT, hcpcs: fhir.HCPCS };

/** Short names for the CMS fee-schedule indicators, in the words of the CMS files. */
const INDICATOR_LABELS = {
  'pfs-status': 'Status code',
  'global-days': 'Global days',
  'pctc-indicator': 'PC/TC indicator (26, TC)',
  'multiple-procedure': 'Multiple procedures (51)',
  'bilateral-surgery': 'Bilateral surgery (50)',
  'assistant-surgeon': 'Assistant surgeon (80, 82)',
  'co-surgeons': 'Co-surgeons (62)',
  'team-surgery': 'Team surgery (66)',
  'physician-supervision': 'Physician supervision',
  'diagnostic-imaging-family': 'Diagnostic imaging family',
  'opps-status-indicator': 'APC status indicator (OPPS)',
  'asc-payment-indicator': 'ASC payment indicator',
  'type-of-service': 'Type of service (TOS)',
  'betos': 'Berenson-Eggers TOS (BETOS)',
  'mue': 'MUE (maximum units per day)',
};
const OTHER_LABELS = {
  modifier: 'Is a modifier',
  modified: 'Modified code (code with modifiers)',
  kind: 'Kind',
  telemedicine: 'Telemedicine (Appendix P)',
  orthopox: 'Orthopoxvirus-related',
};
const DESIGNATIONS = [
  ['med', 'Medium'],
  ['short', 'Short'],
  ['upper', 'Long, upper case'],
  ['consumer', 'Consumer friendly'],
  ['clinician', 'Clinician'],
];

const view = () => document.getElementById('view');
let generation = 0;

function systemLabel(system) {
  return (SYSTEMS[system] && SYSTEMS[system].label) || system;
}

function systemParam(system) {
  if (!system || system === fhir.CPT) return null;
  return (SYSTEMS[system] && SYSTEMS[system].alias) || system;
}

function codeHref(code, system) {
  const p = new URLSearchParams({ code });
  const s = systemParam(system);
  if (s) p.set('system', s);
  return '?' + p.toString();
}

function navLink(href, attrs, ...children) {
  return h('a', Object.assign({ href, 'data-nav': '' }, attrs), ...children);
}

// ---- states -------------------------------------------------------------------------------------------------

function loading(text) {
  return h('p', { class: 'state loading', role: 'status', dataset: { state: 'loading' } },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

function serverError(err, retry) {
  const outcome = err.outcome;
  return h('div', { class: 'state error', role: 'alert', dataset: { state: 'error' } },
    h('h2', {}, err.status === 0 ? 'The server could not be reached'
      : err.status >= 500 ? `Server error (HTTP ${err.status})` : `The server refused the request (HTTP ${err.status})`),
    h('p', {}, err.message),
    outcome ? issueList(outcome.issue || []) : null,
    retry ? h('button', { type: 'button', onclick: retry }, 'Try again') : null);
}

// ---- views --------------------------------------------------------------------------------------------------

function renderHome() {
  document.title = 'cptx – CPT terminology browser';
  replace(view(),
    h('div', { class: 'intro card' },
      h('h1', { tabindex: '-1' }, 'CPT terminology browser'),
      h('p', {}, 'Search the CPT and HCPCS content that this cptx server holds, by code or by words, open a code to see its ',
        'descriptors, lay description, CMS indicators, applicable modifiers and history, or check a code with modifiers below.'),
      h('p', {}, 'Try ', navLink('?code=47383', {}, '47383'), ' or a search for ',
        navLink('?q=cryoablation', {}, 'cryoablation'), '.')));
}

async function renderSearch(q) {
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
  const count = contains.length === 0
    ? h('p', { class: 'state empty', dataset: { state: 'empty' } }, 'No CPT or HCPCS code matches “', q, '”.')
    : h('p', { class: 'count', role: 'status' },
      total > contains.length ? `Showing ${contains.length} of ${total} codes` : `${total} code${total === 1 ? '' : 's'}`);
  const list = h('ol', { class: 'results' }, contains.map((c) =>
    h('li', {}, navLink(codeHref(c.code, c.system), { class: 'result', dataset: { code: c.code, system: c.system } },
      h('span', { class: 'code' }, c.code),
      h('span', { class: 'display' }, c.display || ''),
      h('span', { class: 'badge' }, systemLabel(c.system))))));
  replace(view(), h('div', { class: 'search-view card' }, heading, count, contains.length ? list : null, rawPanel([ex])));
}

function designationsOf(parameters) {
  return fhir.params(parameters, 'designation').map((d) => {
    const part = (n) => (d.part || []).find((p) => p.name === n);
    const use = fhir.valueOf(part('use'));
    return { use: use && use.code, value: fhir.valueOf(part('value')), language: fhir.valueOf(part('language')) };
  });
}

function formatValue(prop) {
  if (prop.valueType === 'valueBoolean') return prop.value ? 'Yes' : 'No';
  if (prop.valueType === 'valueCoding') return `${prop.value.code} ${prop.value.display || ''}`.trim();
  return String(prop.value);
}

function descriptorsCard(display, designations) {
  const rows = [['long', 'Long', display]];
  for (const [use, label] of DESIGNATIONS) {
    for (const d of designations.filter((x) => x.use === use)) rows.push([use, label, d.value]);
  }
  return h('section', { class: 'card', 'aria-labelledby': 'descr-title' },
    h('h2', { id: 'descr-title' }, 'Descriptors'),
    h('dl', { class: 'pairs' }, rows.map(([use, label, value]) =>
      [h('dt', {}, label), h('dd', { dataset: { descriptor: use } }, value)])));
}

function indicatorsCard(props) {
  const rows = props.filter((p) => p.valueType === 'valueCoding' || p.code in INDICATOR_LABELS);
  if (rows.length === 0) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'ind-title' },
    h('h2', { id: 'ind-title' }, 'CMS indicators'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'indicators' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Indicator'), h('th', { scope: 'col' }, 'Code'),
        h('th', { scope: 'col' }, 'Meaning'))),
      h('tbody', {}, rows.map((p) => {
        const coding = p.valueType === 'valueCoding' ? p.value : null;
        return h('tr', { dataset: { property: p.code } },
          h('th', { scope: 'row' }, INDICATOR_LABELS[p.code] || p.code),
          h('td', { class: 'ind-code' }, coding ? coding.code : String(p.value)),
          h('td', { class: 'ind-meaning' }, coding ? (coding.display || '') : ''));
      })))));
}

function historyCard(props) {
  const events = props.filter((p) => p.code === 'history')
    .map((p) => p.sub)
    .sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
  return h('section', { class: 'card', 'aria-labelledby': 'hist-title' },
    h('h2', { id: 'hist-title' }, 'History'),
    events.length === 0 ? h('p', { class: 'muted' }, 'No history recorded.')
      : h('ol', { class: 'timeline' }, events.map((e) =>
        h('li', { dataset: { action: e.action || '' } },
          h('time', { datetime: e.date || '' }, e.date || 'undated'),
          h('span', { class: 'action' }, e.action ? e.action[0].toUpperCase() + e.action.slice(1) : ''),
          e.note ? h('span', { class: 'note' }, e.note) : null))));
}

function otherPropsCard(props) {
  const rows = props.filter((p) => !(p.code in INDICATOR_LABELS) && p.valueType !== 'valueCoding'
    && p.code !== 'history' && p.code !== 'copyright');
  if (rows.length === 0) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'props-title' },
    h('h2', { id: 'props-title' }, 'Properties'),
    h('dl', { class: 'pairs' }, rows.map((p) =>
      [h('dt', {}, OTHER_LABELS[p.code] || p.code), h('dd', { dataset: { property: p.code } }, formatValue(p))])));
}

/** The targets of the applicable-modifiers ConceptMap for this code, as { system, code, display }. */
function modifierTargets(bundle, system, code) {
  const out = [];
  for (const entry of (bundle && bundle.entry) || []) {
    const map = entry.resource;
    if (!map || map.resourceType !== 'ConceptMap') continue;
    for (const group of map.group || []) {
      if ((group.source || '') !== system) continue;
      for (const el of group.element || []) {
        if (el.code !== code) continue;
        for (const t of el.target || []) {
          if (t.equivalence === 'unmatched' || t.equivalence === 'disjoint') continue;
          out.push({ system: group.target, code: t.code, display: t.display });
        }
      }
    }
  }
  return out;
}

async function modifiersSection(section, system, code, exchanges) {
  let targets;
  try {
    const ex = await fhir.applicableModifierMap();
    exchanges.push(ex);
    targets = modifierTargets(ex.json, system, code);
  } catch (err) {
    exchanges.push(err.exchange);
    replace(section, h('h2', { id: 'mod-title' }, 'Applicable modifiers'), serverError(err));
    return;
  }
  const looked = await Promise.all(targets.map(async (t) => {
    try {
      const ex = await fhir.lookup(t.system, t.code);
      return Object.assign({}, t, {
        exchange: ex,
        display: fhir.valueOf(fhir.param(ex.json, 'display')) || t.display,
        definition: fhir.valueOf(fhir.param(ex.json, 'definition')),
        found: true,
      });
    } catch (err) {
      return Object.assign({}, t, { exchange: err.exchange, found: false });
    }
  }));
  for (const m of looked) exchanges.push(m.exchange);
  replace(section, h('h2', { id: 'mod-title' }, 'Applicable modifiers'),
    looked.length === 0 ? h('p', { class: 'muted', dataset: { state: 'empty' } }, 'No applicable modifiers listed.')
      : h('ul', { class: 'modifiers' }, looked.map((m) =>
        h('li', { dataset: { modifier: m.code, system: m.system || '' } },
          h('div', { class: 'mod-head' },
            m.found ? navLink(codeHref(m.code, m.system), { class: 'code' }, m.code) : h('span', { class: 'code' }, m.code),
            h('span', { class: 'mod-name' }, m.display || ''),
            h('span', { class: 'badge' }, systemLabel(m.system))),
          m.definition && m.definition !== m.display ? h('p', { class: 'mod-def' }, m.definition) : null))));
}

async function renderCode(system, code, focus) {
  const gen = ++generation;
  document.title = `${code} – cptx`;
  replace(view(), h('div', { class: 'card', 'aria-busy': 'true' },
    h('h1', { tabindex: '-1' }, code), loading(`Loading ${systemLabel(system)} ${code}…`)));
  let ex;
  try {
    ex = await fhir.lookup(system, code);
  } catch (err) {
    if (gen !== generation) return;
    if (err.notFound) {
      replace(view(), h('div', { class: 'card state not-found', dataset: { state: 'not-found' } },
        h('h1', { tabindex: '-1' }, `${code} was not found`),
        h('p', {}, `The server has no code ${code} in ${systemLabel(system)}.`),
        err.outcome ? issueList(err.outcome.issue || []) : null,
        h('p', {}, navLink('?q=' + encodeURIComponent(code), {}, `Search for “${code}”`), ' instead.'),
        rawPanel([err.exchange])));
    } else {
      replace(view(), h('div', { class: 'card' }, h('h1', { tabindex: '-1' }, code),
        serverError(err, () => renderCode(system, code, true)), rawPanel([err.exchange])));
    }
    if (focus) focusHeading();
    return;
  }
  if (gen !== generation) return;
  const p = ex.json;
  const display = fhir.valueOf(fhir.param(p, 'display'));
  const definition = fhir.valueOf(fhir.param(p, 'definition'));
  const version = fhir.valueOf(fhir.param(p, 'version'));
  const name = fhir.valueOf(fhir.param(p, 'name'));
  const props = fhir.params(p, 'property').map(fhir.readProperty);
  const copyrightProp = props.find((x) => x.code === 'copyright');
  const exchanges = [ex];
  const rawHolder = h('div', { class: 'raw-holder' });
  const modSection = h('section', { class: 'card', 'aria-labelledby': 'mod-title', 'aria-busy': 'true' },
    h('h2', { id: 'mod-title' }, 'Applicable modifiers'), loading('Loading modifiers…'));

  replace(view(), h('article', { class: 'code-page', dataset: { code, system } },
    h('header', { class: 'code-head card' },
      h('p', { class: 'crumbs' }, navLink('./', {}, 'Home'), ' › ', systemLabel(system), ' › ', code),
      h('h1', { tabindex: '-1' }, h('span', { class: 'code' }, code), ' ', h('span', { class: 'display' }, display)),
      h('p', { class: 'meta' },
        h('span', { class: 'badge' }, name || systemLabel(system)),
        h('span', { class: 'badge', dataset: { field: 'version' } }, `Version ${version}`),
        h('code', { class: 'system' }, system))),
    h('div', { class: 'grid' },
      h('div', { class: 'col' },
        descriptorsCard(display, designationsOf(p)),
        h('section', { class: 'card', 'aria-labelledby': 'lay-title' },
          h('h2', { id: 'lay-title' }, 'Lay description'),
          definition ? h('p', { class: 'lay', dataset: { field: 'lay' } }, definition)
            : h('p', { class: 'muted' }, 'No lay description.')),
        historyCard(props)),
      h('div', { class: 'col' },
        indicatorsCard(props),
        otherPropsCard(props))),
    modSection,
    copyrightProp ? h('p', { class: 'copyright', dataset: { field: 'copyright' } }, copyrightProp.value) : null,
    rawHolder));
  rawHolder.append(rawPanel(exchanges));
  if (focus) focusHeading();

  await modifiersSection(modSection, system, code, exchanges);
  if (gen !== generation) return;
  modSection.removeAttribute('aria-busy');
  replace(rawHolder, rawPanel(exchanges));
  view().querySelector('.code-page').dataset.loaded = 'true';
}

// ---- expression checker -------------------------------------------------------------------------------------

function issueList(issues) {
  if (!issues.length) return null;
  return h('ul', { class: 'issues' }, issues.map((i) => {
    const type = ((i.details && i.details.coding) || []).map((c) => c.code).join(', ');
    return h('li', { class: 'issue', dataset: { severity: i.severity || '' } },
      h('span', { class: 'severity' }, i.severity || 'issue'),
      h('span', { class: 'issue-text' }, fhir.issueText(i)),
      i.code || type ? h('span', { class: 'issue-code' }, [i.code, type].filter(Boolean).join(' · ')) : null);
  }));
}

let checkGeneration = 0;

async function runCheck(expression) {
  const gen = ++checkGeneration;
  const out = document.getElementById('checker-result');
  replace(out, loading(`Checking ${expression}…`));
  out.setAttribute('aria-busy', 'true');
  let ex;
  try {
    ex = await fhir.validateCpt(expression);
  } catch (err) {
    if (gen !== checkGeneration) return;
    out.removeAttribute('aria-busy');
    replace(out, serverError(err, () => runCheck(expression)), rawPanel([err.exchange]));
    return;
  }
  if (gen !== checkGeneration) return;
  out.removeAttribute('aria-busy');
  const p = ex.json;
  const result = fhir.valueOf(fhir.param(p, 'result')) === true;
  const message = fhir.valueOf(fhir.param(p, 'message'));
  const display = fhir.valueOf(fhir.param(p, 'display'));
  const issues = fhir.valueOf(fhir.param(p, 'issues'));
  replace(out,
    h('div', { class: 'verdict ' + (result ? 'valid' : 'invalid'), dataset: { result: String(result) } },
      h('span', { class: 'verdict-mark', 'aria-hidden': 'true' }, result ? '✓' : '✗'),
      h('span', { class: 'verdict-text' }, result ? 'Valid' : 'Not valid'),
      h('code', {}, expression)),
    display ? h('p', { class: 'check-display' }, display) : null,
    message ? h('p', { class: 'check-message' }, message) : null,
    issueList((issues && issues.issue) || []),
    rawPanel([ex]));
}

// ---- routing ------------------------------------------------------------------------------------------------

function focusHeading() {
  const heading = view().querySelector('h1');
  if (heading) heading.focus();
}

function route(focus) {
  const params = new URLSearchParams(window.location.search);
  const code = (params.get('code') || '').trim();
  const q = (params.get('q') || '').trim();
  const check = (params.get('check') || '').trim();
  const sys = params.get('system');
  const system = sys ? (ALIASES[sys.toLowerCase()] || sys) : fhir.CPT;
  document.getElementById('search-input').value = q;
  if (code) renderCode(system, code, focus);
  else if (q) renderSearch(q).then(() => { if (focus) focusHeading(); });
  else {
    generation++;
    renderHome();
    if (focus) focusHeading();
  }
  const checkerInput = document.getElementById('checker-input');
  if (check && check !== checkerInput.dataset.checked) {
    checkerInput.value = check;
    checkerInput.dataset.checked = check;
    runCheck(check);
  }
}

function navigate(search) {
  window.history.pushState(null, '', search || window.location.pathname);
  route(true);
}

function start() {
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    if (q) navigate('?' + new URLSearchParams({ q }).toString());
  });
  document.getElementById('checker-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = document.getElementById('checker-input');
    const expression = input.value.trim();
    if (!expression) {
      input.focus();
      return;
    }
    const params = new URLSearchParams(window.location.search);
    params.set('check', expression);
    window.history.replaceState(null, '', '?' + params.toString());
    input.dataset.checked = expression;
    runCheck(expression);
  });
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a[data-nav]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const url = new URL(a.href);
    if (url.origin !== window.location.origin) return;
    e.preventDefault();
    navigate(url.search || url.pathname);
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target;
    const typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      document.getElementById('search-input').focus();
    }
  });
  window.addEventListener('popstate', () => route(true));
  route(false);
}

start();
