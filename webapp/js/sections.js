// The CPT section table, read from the server's cpt-sections CodeSystem: each section's code range is the value
// of CPT's 'code in' filter. Matching a code to its section follows the server's rule for ranges: same length,
// same kind of last character (digit, or the same letter), and between the ends in text order.
import * as api from './api.js';

let cached = null;

function rangeOf(concept) {
  const p = (concept.property || []).find((x) => x.code === 'range');
  return p ? p.valueString : '';
}

function flatten(concepts, parent, out) {
  for (const c of concepts || []) {
    const s = { code: c.code, display: c.display, range: rangeOf(c), parent, children: [] };
    out.push(s);
    if (parent) parent.children.push(s);
    flatten(c.concept, s, out);
  }
  return out;
}

/** { exchange, all, top } where top holds the sections and all the subsections too; cached after one success. */
export function loadSections() {
  if (!cached) {
    cached = api.sectionTable().then((ex) => {
      const cs = ((ex.json && ex.json.entry) || []).map((e) => e.resource).find((r) => r && r.concept);
      const all = flatten(cs ? cs.concept : [], null, []);
      return { exchange: ex, all, top: all.filter((s) => !s.parent) };
    });
    cached.catch(() => { cached = null; });
  }
  return cached;
}

function sameShape(a, b) {
  const x = a[a.length - 1];
  const y = b[b.length - 1];
  return /\d/.test(x) ? /\d/.test(y) : x === y;
}

export function inRange(code, rangeText) {
  return String(rangeText).split(',').some((part) => {
    const [low, high = low] = part.trim().split('-');
    return code.length === low.length && sameShape(code, low) && code >= low && code <= high;
  });
}

/** The section path of a code, outermost first: [Surgery, Digestive system]; empty when no range holds it. */
export function pathOf(table, code) {
  const base = String(code).split(':')[0];
  const path = [];
  let level = table.top;
  for (;;) {
    const hit = level.find((s) => inRange(base, s.range));
    if (!hit) return path;
    path.push(hit);
    level = hit.children;
  }
}

export function byCode(table, code) {
  return table.all.find((s) => s.code === code);
}
