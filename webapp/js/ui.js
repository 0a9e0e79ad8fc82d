// Pieces every view uses: system labels, links, and the loading, empty and error states.
import * as fhir from './fhir.js';
import { h } from './dom.js';

const SYSTEMS = {
  [fhir.CPT]: { alias: 'cpt', label: 'CPT' },
  [fhir.HCPCS]: { alias: 'hcpcs', label: 'HCPCS' },
};
export const ALIASES = { cpt: fhir.CPT, hcpcs: fhir.HCPCS };

export const view = () => document.getElementById('view');

let shown = 0;

/** The router calls this as a view begins: from then on, renders of the views before it land nowhere. */
export function beginView() {
  shown++;
}

/**
 * The view element for a render that begins now. Once another view has begun it gives a detached element instead,
 * so an answer that comes late (the user has moved on) changes nothing on the page.
 */
export function claimView() {
  const mine = shown;
  return () => (mine === shown ? view() : document.createElement('div'));
}

export function systemLabel(system) {
  return (SYSTEMS[system] && SYSTEMS[system].label) || system;
}

function systemParam(system) {
  if (!system || system === fhir.CPT) return null;
  return (SYSTEMS[system] && SYSTEMS[system].alias) || system;
}

export function codeHref(code, system) {
  const p = new URLSearchParams({ code });
  const s = systemParam(system);
  if (s) p.set('system', s);
  return '?' + p.toString();
}

export function navLink(href, attrs, ...children) {
  return h('a', Object.assign({ href, 'data-nav': '' }, attrs), ...children);
}

export function loading(text) {
  return h('p', { class: 'state loading', role: 'status', dataset: { state: 'loading' } },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

export function empty(...text) {
  return h('p', { class: 'state empty', dataset: { state: 'empty' } }, ...text);
}

export function issueList(issues) {
  if (!issues.length) return null;
  return h('ul', { class: 'issues' }, issues.map((i) => {
    const type = ((i.details && i.details.coding) || []).map((c) => c.code).join(', ');
    return h('li', { class: 'issue', dataset: { severity: i.severity || '' } },
      h('span', { class: 'severity' }, i.severity || 'issue'),
      h('span', { class: 'issue-text' }, fhir.issueText(i)),
      i.code || type ? h('span', { class: 'issue-code' }, [i.code, type].filter(Boolean).join(' · ')) : null);
  }));
}

export function serverError(err, retry) {
  const outcome = err.outcome;
  const title = !(err instanceof fhir.FhirError) ? 'The answer could not be read'
    : err.status === 0 ? 'The server could not be reached'
      : err.status >= 500 ? `Server error (HTTP ${err.status})` : `The server refused the request (HTTP ${err.status})`;
  return h('div', { class: 'state error', role: 'alert', dataset: { state: 'error' } },
    h('h2', {}, title),
    h('p', {}, err.message),
    outcome ? issueList(outcome.issue || []) : null,
    retry ? h('button', { type: 'button', onclick: retry }, 'Try again') : null);
}

/** Capitalises a property or action code shown as a label: 'inactive' -> 'Inactive'. */
export function label(code) {
  const s = String(code || '');
  return s ? s[0].toUpperCase() + s.slice(1).replace(/-/g, ' ') : '';
}

export function plural(n, one, many) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : (many || one + 's')}`;
}

export function focusHeading() {
  const heading = view().querySelector('h1');
  if (heading) heading.focus();
}

/** Runs the async tasks with at most `limit` in flight; resolves to their results in order. */
export async function pooled(tasks, limit = 4) {
  const out = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}
