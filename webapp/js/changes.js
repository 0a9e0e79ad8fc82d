// Release changes computed from the server's data: the active codes of two CPT versions ($expand, paged by
// section range where a version holds more than the server lists at once), the deleted-code map, and each
// changed code's history ($lookup). No judgement of its own: a code is added, deleted or changed as the two
// versions say.
import * as api from './api.js';
import * as fhir from './fhir.js';
import { pooled } from './ui.js';

const CAP = 1000;
const NOT_MODIFIED = { property: 'modified', op: '=', value: 'false' };
const MODIFIERS = { property: 'modifier', op: '=', value: 'true' };
export const HISTORY_LIMIT = 100;

async function expandAll(version, filters, exchanges) {
  const ex = await api.expandCpt({ version, filters, count: CAP, activeOnly: true });
  exchanges.push(ex);
  return (ex.json.expansion && ex.json.expansion.contains) || [];
}

async function total(version, filters, exchanges) {
  const ex = await api.expandCpt({ version, filters, count: 0, activeOnly: true });
  exchanges.push(ex);
  return ex.json.expansion.total || 0;
}

/** Splits a range of fixed-width codes in two by its leading digits, or null when it cannot be split. */
export function splitRange(range) {
  const [low, high = low] = range.split('-');
  const digits = /^\d+/.exec(low);
  if (!digits || low === high) return null;
  const width = digits[0].length;
  const tail = low.slice(width);
  const a = Number(low.slice(0, width));
  const b = Number(high.slice(0, width));
  if (a >= b) return null;
  const mid = Math.floor((a + b) / 2);
  const pad = (n) => String(n).padStart(width, '0');
  const lastOf = /\d/.test(tail) ? tail.replace(/\d/g, '9') : tail;
  const firstOf = /\d/.test(tail) ? tail.replace(/\d/g, '0') : tail;
  return [`${low}-${pad(mid)}${lastOf}`, `${pad(mid + 1)}${firstOf}-${high}`];
}

async function chunk(version, range, exchanges) {
  const filters = [api.rangeFilter(range)];
  const n = await total(version, filters, exchanges);
  if (n === 0) return [];
  const halves = n > CAP ? splitRange(range) : null;
  if (!halves) return expandAll(version, filters, exchanges);
  const parts = await Promise.all(halves.map((r) => chunk(version, r, exchanges)));
  return parts.flat();
}

/** Every active code and modifier of a version: code -> display. */
export async function versionCodes(version, table, exchanges) {
  const all = await total(version, [NOT_MODIFIED], exchanges);
  let contains;
  if (all <= CAP) {
    contains = await expandAll(version, [NOT_MODIFIED], exchanges);
  } else {
    const ranges = table.top.flatMap((s) => s.range.split(',').map((r) => r.trim()));
    const parts = await pooled(ranges.map((r) => () => chunk(version, r, exchanges)), 3);
    contains = parts.flat().concat(await expandAll(version, [MODIFIERS], exchanges));
  }
  return new Map(contains.map((c) => [c.code, c.display || '']));
}

export function diff(before, after) {
  const added = [];
  const deleted = [];
  const changed = [];
  for (const [code, display] of after) {
    if (!before.has(code)) added.push({ change: 'added', code, after: display });
    else if (before.get(code) !== display) changed.push({ change: 'changed', code, before: before.get(code), after: display });
  }
  for (const [code, display] of before) {
    if (!after.has(code)) deleted.push({ change: 'deleted', code, before: display });
  }
  const byCode = (a, b) => a.code.localeCompare(b.code);
  return { added: added.sort(byCode), deleted: deleted.sort(byCode), changed: changed.sort(byCode) };
}

/** deleted code -> [{ code, display, comment }] from the deleted-code maps of the newer version. */
export function replacements(bundle, version) {
  const out = new Map();
  const maps = ((bundle && bundle.entry) || []).map((e) => e.resource)
    .filter((m) => m && m.resourceType === 'ConceptMap' && m.version === version);
  for (const group of maps.flatMap((m) => m.group || [])) {
    for (const el of group.element || []) {
      const targets = (el.target || []).filter((t) => t.code && t.equivalence !== 'unmatched');
      out.set(el.code, (out.get(el.code) || []).concat(targets.map((t) => ({ code: t.code, display: t.display,
        comment: t.comment }))));
    }
  }
  return out;
}

/** The newest history note of a code in a version, or '' (a deleted code may be gone from the newer version). */
async function historyNote(version, code, exchanges) {
  try {
    const ex = await api.history(version, code);
    exchanges.push(ex);
    const events = fhir.params(ex.json, 'property').map(fhir.readProperty).filter((p) => p.code === 'history')
      .map((p) => p.sub).sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
    return events.length ? [events[0].date, events[0].note].filter(Boolean).join(': ') : '';
  } catch (err) {
    exchanges.push(err.exchange);
    return '';
  }
}

/** Adds each row's history note from the newer version, for the first HISTORY_LIMIT rows. */
export async function addHistory(rows, version, exchanges) {
  const some = rows.slice(0, HISTORY_LIMIT);
  const notes = await pooled(some.map((r) => () => historyNote(version, r.code, exchanges)), 4);
  some.forEach((r, i) => { r.note = notes[i]; });
}

function csvCell(v) {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows) {
  const head = ['change', 'code', 'section', 'before', 'after', 'replaced by', 'history'];
  const lines = rows.map((r) => [r.change, r.code, r.section, r.before, r.after,
    (r.replacements || []).map((t) => t.code).join(' '), r.note].map(csvCell).join(','));
  return [head.join(',')].concat(lines).join('\r\n') + '\r\n';
}
