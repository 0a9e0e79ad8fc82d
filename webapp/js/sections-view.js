// CPT by section: the section table with each section's count, and a paged list of one section's codes, both
// through ValueSet/$expand with the 'code in' range filter.
import * as api from './api.js';
import { CPT } from './fhir.js';
import { h, replace } from './dom.js';
import { rawPanel } from './raw.js';
import { loadSections, byCode } from './sections.js';
import { claimView, navLink, loading, empty, serverError, codeHref, plural, pooled } from './ui.js';

const PAGE = 50;
const CAP = 1000; // the server lists at most 1,000 CPT codes of one expansion, paged or not

const sectionHref = (code, page) => '?' + new URLSearchParams(page ? { section: code, page: String(page + 1) }
  : { section: code }).toString();

function shell(title, ...children) {
  return h('div', { class: 'card sections-view' }, h('h1', { tabindex: '-1' }, title), ...children);
}

function failed(view, title, err, retry) {
  replace(view(), shell(title, serverError(err, retry), rawPanel([err.exchange])));
}

async function counts(sections, exchanges) {
  return pooled(sections.map((s) => async () => {
    const ex = await api.expandCpt({ filters: [api.rangeFilter(s.range)], count: 0 });
    exchanges.push(ex);
    return ex.json.expansion.total;
  }));
}

function sectionRow(s, n) {
  return h('tr', { dataset: { section: s.code, count: String(n) }, class: s.parent ? 'sub' : '' },
    h('th', { scope: 'row' }, navLink(sectionHref(s.code), {}, s.display)),
    h('td', { class: 'range' }, h('code', {}, s.range.replace(/,/g, ', '))),
    h('td', { class: 'num' }, n.toLocaleString('en-US')));
}

function sectionTable(rows) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'sections' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Section'), h('th', { scope: 'col' }, 'Codes'),
      h('th', { scope: 'col', class: 'num' }, 'Count'))),
    h('tbody', {}, rows)));
}

/** Every section and subsection with its count of codes in the default CPT version. */
export async function renderSections() {
  const title = 'CPT by section';
  document.title = `${title} – cptx`;
  const view = claimView();
  replace(view(), shell(title, loading('Loading the CPT sections…')));
  const exchanges = [];
  let table;
  let n;
  try {
    table = await loadSections();
    exchanges.push(table.exchange);
    n = await counts(table.all, exchanges);
  } catch (err) {
    return failed(view, title, err, renderSections);
  }
  if (table.all.length === 0) {
    return replace(view(), shell(title, empty('This server holds no CPT section table.'), rawPanel(exchanges)));
  }
  const rows = table.all.map((s, i) => sectionRow(s, n[i]));
  replace(view(), shell(title,
    h('p', { class: 'hint' }, 'The sections of CPT by code range, from the server\'s ',
      h('code', {}, 'cpt-sections'), ' code system; each count is an ', h('code', {}, '$expand'),
      ' of the range in the default CPT version.'),
    sectionTable(rows), rawPanel(exchanges)));
  view().querySelector('.sections-view').dataset.loaded = 'true';
}

function pager(section, page, total) {
  const pages = Math.max(1, Math.ceil(Math.min(total, CAP) / PAGE));
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    page > 0 ? navLink(sectionHref(section.code, page - 1), { rel: 'prev' }, '‹ Previous') : null,
    h('span', {}, `Page ${page + 1} of ${pages}`),
    page + 1 < pages ? navLink(sectionHref(section.code, page + 1), { rel: 'next' }, 'Next ›') : null);
}

function codeList(contains) {
  return h('ol', { class: 'results' }, contains.map((c) => h('li', {},
    navLink(codeHref(c.code, CPT), { class: 'result', dataset: { code: c.code } },
      h('span', { class: 'code' }, c.code), h('span', { class: 'display' }, c.display || '')))));
}

/** One section's codes, PAGE at a time (page is 0-based). */
export async function renderSection(code, page) {
  document.title = `CPT section – cptx`;
  const view = claimView();
  replace(view(), shell('CPT section', loading('Loading the section…')));
  let table;
  let ex;
  try {
    table = await loadSections();
    const s = byCode(table, code);
    if (!s) {
      return replace(view(), shell(`No section “${code}”`, empty('The CPT section table has no section ', code, '. ',
        navLink('?sections', {}, 'All sections'), '.'), rawPanel([table.exchange])));
    }
    ex = await api.expandCpt({ filters: [api.rangeFilter(s.range)], count: PAGE, offset: page * PAGE });
  } catch (err) {
    return failed(view, 'CPT section', err, () => renderSection(code, page));
  }
  const s = byCode(table, code);
  document.title = `${s.display} – CPT – cptx`;
  const expansion = ex.json.expansion || {};
  const contains = expansion.contains || [];
  const total = expansion.total || 0;
  const crumbs = h('p', { class: 'crumbs' }, navLink('./', {}, 'Home'), ' › ', navLink('?sections', {}, 'CPT'),
    s.parent ? [' › ', navLink(sectionHref(s.parent.code), {}, s.parent.display)] : null, ' › ', s.display);
  const subs = s.children.length ? h('p', { class: 'subsections' }, 'Subsections: ',
    s.children.map((c, i) => [i ? ', ' : '', navLink(sectionHref(c.code), {}, c.display)])) : null;
  replace(view(), h('div', { class: 'card section-view', dataset: { section: s.code } }, crumbs,
    h('h1', { tabindex: '-1' }, s.display),
    h('p', { class: 'meta' }, 'Codes ', h('code', {}, s.range.replace(/,/g, ', ')), ' · ',
      h('span', { class: 'count' }, plural(total, 'code'))),
    subs,
    total >= CAP ? h('p', { class: 'hint' }, 'The server lists the first 1,000 codes of a CPT expansion; ',
      'open a subsection or search to reach the others.') : null,
    contains.length ? [codeList(contains), pager(s, page, total)]
      : empty(page > 0 ? 'No codes on this page.' : 'This server holds no CPT code in this section.'),
    rawPanel([table.exchange, ex])));
  view().querySelector('.section-view').dataset.loaded = 'true';
}
