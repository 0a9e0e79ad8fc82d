// Release changes: pick two CPT versions, see the codes added, deleted (with replacements) and changed (descriptor
// before and after), filter by section, open each code, download the list as CSV.
import * as api from './api.js';
import { CPT } from './fhir.js';
import { h, replace } from './dom.js';
import { rawPanel } from './raw.js';
import { navigate } from './nav.js';
import { loadSections, pathOf } from './sections.js';
import * as changes from './changes.js';
import { claimView, navLink, loading, empty, serverError, codeHref, plural } from './ui.js';

const OTHER = 'other';
const TITLE = 'Release changes';
let generation = 0;

function shell(...children) {
  return h('div', { class: 'card changes-view' }, h('h1', { tabindex: '-1' }, TITLE), ...children);
}

function versionSelect(id, text, versions, chosen) {
  return h('div', { class: 'field' }, h('label', { for: id }, text),
    h('select', { id, name: id.replace('changes-', '') }, versions.map((v) =>
      h('option', { value: v, selected: v === chosen }, v))));
}

function picker(versions, from, to) {
  return h('form', { class: 'inline-form changes-form', onsubmit: (e) => {
    e.preventDefault();
    const f = e.currentTarget;
    navigate('?' + new URLSearchParams({ changes: '', from: f.from.value, to: f.to.value }).toString());
  } }, versionSelect('changes-from', 'From', versions, from), versionSelect('changes-to', 'To', versions, to),
  h('button', { type: 'submit' }, 'Compare'));
}

const codeLink = (code, version) => navLink(codeHref(code, CPT) + (version ? '&version=' + encodeURIComponent(version) : ''),
  { class: 'code' }, code);

function rowsTable(kind, rows, from, to) {
  const head = { added: ['Code', 'Descriptor', 'History'], deleted: ['Code', 'Descriptor', 'Replaced by', 'History'],
    changed: ['Code', 'Before', 'After', 'History'] }[kind];
  const cells = (r) => ({
    added: [codeLink(r.code, to), r.after, r.note],
    deleted: [codeLink(r.code, from), r.before,
      (r.replacements || []).length ? r.replacements.map((t, i) => [i ? ', ' : '', codeLink(t.code, to)]) : '–', r.note],
    changed: [codeLink(r.code, to), r.before, r.after, r.note],
  })[kind];
  return h('div', { class: 'table-wrap' }, h('table', { class: 'changes ' + kind },
    h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', { dataset: { code: r.code, change: kind, section: r.sectionCode } },
      cells(r).map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c || ''))))))));
}

function group(kind, title, rows, from, to) {
  return h('section', { class: 'change-group', dataset: { change: kind, count: String(rows.length) } },
    h('h2', {}, `${title} (${rows.length})`),
    rows.length ? rowsTable(kind, rows, from, to) : h('p', { class: 'muted' }, `No ${title.toLowerCase()} codes.`));
}

function csvLink(rows, from, to) {
  const url = URL.createObjectURL(new Blob([changes.toCsv(rows)], { type: 'text/csv' }));
  return h('a', { class: 'button', id: 'changes-csv', href: url, download: `cpt-changes-${from}-to-${to}.csv` },
    'Download CSV');
}

function sectionFilter(all, sections, chosen, onchange) {
  const count = (code) => all.filter((r) => r.sectionCode === code).length;
  return h('div', { class: 'field' }, h('label', { for: 'changes-section' }, 'Section'),
    h('select', { id: 'changes-section', onchange },
      h('option', { value: '' }, `All sections (${all.length})`),
      sections.map((s) => h('option', { value: s.code, selected: s.code === chosen }, `${s.display} (${count(s.code)})`)),
      h('option', { value: OTHER, selected: chosen === OTHER }, `Outside the section ranges (${count(OTHER)})`)));
}

/** Fills the holder with the summary, the filter, the CSV link and the three lists for one section (or all). */
function showResults(holder, state, section) {
  const { from, to, all, table } = state;
  const rows = section ? all.filter((r) => r.sectionCode === section) : all;
  const of = (k) => rows.filter((r) => r.change === k);
  const onchange = (e) => {
    const p = new URLSearchParams(window.location.search);
    if (e.target.value) p.set('section', e.target.value); else p.delete('section');
    window.history.replaceState(null, '', '?' + p.toString());
    showResults(holder, state, e.target.value);
    document.getElementById('changes-section').focus();
  };
  replace(holder, h('div', { class: 'toolbar' }, sectionFilter(all, table.top, section, onchange), csvLink(rows, from, to)),
    h('p', { class: 'summary', role: 'status' }, `${from} → ${to}: `, plural(of('added').length, 'code'), ' added, ',
      plural(of('deleted').length, 'code'), ' deleted, ', plural(of('changed').length, 'code'), ' changed',
      section ? ' in this section' : '', '.'),
    group('added', 'Added', of('added'), from, to), group('deleted', 'Deleted', of('deleted'), from, to),
    group('changed', 'Changed', of('changed'), from, to));
  holder.dataset.section = section || '';
}

async function compare(from, to, exchanges) {
  const [table, maps] = await Promise.all([loadSections(), api.deletedMaps()]);
  exchanges.push(table.exchange, maps);
  const [a, b] = await Promise.all([changes.versionCodes(from, table, exchanges), changes.versionCodes(to, table, exchanges)]);
  const d = changes.diff(a, b);
  const repl = changes.replacements(maps.json, to);
  const all = d.added.concat(d.deleted, d.changed);
  for (const r of all) {
    const path = pathOf(table, r.code);
    r.sectionCode = path.length ? path[0].code : OTHER;
    r.section = path.length ? path.map((s) => s.display).join(' / ') : '';
    if (r.change === 'deleted') r.replacements = repl.get(r.code) || [];
  }
  await changes.addHistory(all, to, exchanges);
  return { from, to, all, table };
}

function defaults(versions, cpt) {
  const def = ((cpt && cpt.version) || []).find((v) => v.isDefault);
  const to = def ? def.code : versions[versions.length - 1];
  const i = versions.indexOf(to);
  return { to, from: versions[i > 0 ? i - 1 : 1] };
}

export async function renderChanges(fromWanted, toWanted, section) {
  const gen = ++generation;
  document.title = `${TITLE} – cptx`;
  const view = claimView();
  replace(view(), shell(loading('Loading the CPT versions…')));
  const exchanges = [];
  let versions;
  let d;
  try {
    const tc = await api.terminologyCapabilities();
    exchanges.push(tc);
    const cpt = (tc.json.codeSystem || []).find((c) => c.uri === CPT);
    versions = ((cpt && cpt.version) || []).map((v) => v.code);
    d = defaults(versions, cpt);
  } catch (err) {
    return replace(view(), shell(serverError(err, () => renderChanges(fromWanted, toWanted, section)), rawPanel(exchanges.concat(err.exchange))));
  }
  if (versions.length < 2) {
    return replace(view(), shell(empty('This server holds ', plural(versions.length, 'CPT version'), versions.length ? ` (${versions.join(', ')})` : '',
      ': load a second CPT release to compare two.'), rawPanel(exchanges)));
  }
  const from = versions.includes(fromWanted) ? fromWanted : d.from;
  const to = versions.includes(toWanted) ? toWanted : d.to;
  const form = picker(versions, from, to);
  if (from === to) return replace(view(), shell(form, empty('Pick two different versions to compare.'), rawPanel(exchanges)));
  replace(view(), shell(form, loading(`Comparing CPT ${from} with ${to}…`)));
  let state;
  try {
    state = await compare(from, to, exchanges);
  } catch (err) {
    if (gen !== generation) return;
    return replace(view(), shell(form, serverError(err, () => renderChanges(from, to, section)), rawPanel(exchanges.concat(err.exchange))));
  }
  if (gen !== generation) return;
  const holder = h('div', { class: 'changes-body', dataset: { loaded: 'true' } });
  showResults(holder, state, section || '');
  replace(view(), shell(form, h('p', { class: 'hint' }, 'From the active codes of each version (',
    h('code', {}, 'ValueSet/$expand'), '), the deleted-code map (', h('code', {}, 'ConceptMap'), ') and each code\'s ',
    'history in the newer version (', h('code', {}, 'CodeSystem/$lookup'), `, first ${changes.HISTORY_LIMIT} codes).`),
  holder, rawPanel(exchanges)));
}
