// Claim check: every CPT line of a pasted Claim (or of "code[:modifier...] units" lines) checked by the server's
// $validate-code with its modifiers and units, line by line, with a summary. Only the server that served this page
// is asked.
import * as api from './api.js';
import * as fhir from './fhir.js';
import { h, replace } from './dom.js';
import { rawPanel } from './raw.js';
import { parseClaim, ClaimError, SAMPLE_CLAIM, SAMPLE_LINES } from './claim.js';
import { extraMessage } from './checker.js';
import { view, empty, loading, serverError, issueList, codeHref, plural, pooled } from './ui.js';

const VERDICTS = { valid: 'Valid', warning: 'Valid, with warnings', invalid: 'Not valid', error: 'Not checked: the server refused',
  skipped: 'Not checked: not a CPT code' };
let generation = 0;

async function checkLine(line) {
  if (!line.cpt) return { line, verdict: 'skipped', issues: [] };
  try {
    const ex = await api.validateLine(line.expression, line.units);
    const outcome = fhir.valueOf(fhir.param(ex.json, 'issues'));
    const issues = (outcome && outcome.issue) || [];
    const ok = fhir.valueOf(fhir.param(ex.json, 'result')) === true;
    const warned = issues.some((i) => i.severity === 'warning');
    return { line, ex, issues, verdict: ok ? (warned ? 'warning' : 'valid') : 'invalid',
      message: extraMessage(fhir.valueOf(fhir.param(ex.json, 'message')), issues) };
  } catch (err) {
    return { line, ex: err.exchange, err, verdict: 'error', issues: [] };
  }
}

function lineView(r) {
  const l = r.line;
  return h('li', { class: 'claim-line ' + r.verdict, dataset: { line: String(l.n), verdict: r.verdict } },
    h('div', { class: 'line-head' },
      h('span', { class: 'line-n' }, `Line ${l.n}`),
      l.cpt ? h('a', { href: codeHref(l.code, fhir.CPT), 'data-nav': '', class: 'code' }, l.expression)
        : h('code', {}, `${l.systemName} ${l.expression || '(no code)'}`),
      h('span', { class: 'units' }, l.units ? `${l.units} unit${l.units === '1' ? '' : 's'}` : 'units not given'),
      h('span', { class: 'line-verdict' }, VERDICTS[r.verdict])),
    r.message ? h('p', { class: 'check-message' }, r.message) : null,
    r.err ? serverError(r.err) : issueList(r.issues));
}

function summary(results) {
  const n = (v) => results.filter((r) => r.verdict === v).length;
  const errors = results.reduce((s, r) => s + r.issues.filter((i) => i.severity === 'error').length, 0);
  const warnings = results.reduce((s, r) => s + r.issues.filter((i) => i.severity === 'warning').length, 0);
  return h('p', { class: 'claim-summary', role: 'status', dataset: { invalid: String(n('invalid') + n('error')) } },
    plural(results.length, 'line'), ': ', `${n('valid')} valid, ${n('warning')} with warnings, `,
    `${n('invalid')} not valid`, n('error') ? `, ${n('error')} refused` : '', n('skipped') ? `, ${n('skipped')} not CPT` : '',
    ` · ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
}

async function check(out, text) {
  const gen = ++generation;
  let lines;
  try {
    lines = parseClaim(text);
  } catch (err) {
    if (!(err instanceof ClaimError)) throw err;
    return replace(out, h('div', { class: 'state error', role: 'alert', dataset: { state: 'error' } },
      h('h2', {}, 'The claim could not be read'), h('p', {}, err.message)));
  }
  if (!lines.length) return replace(out, empty('No claim lines: paste a FHIR Claim or lines such as ', h('code', {}, '47383:51 1'), '.'));
  replace(out, loading(`Checking ${plural(lines.length, 'line')}…`));
  const results = await pooled(lines.map((l) => () => checkLine(l)), 4);
  if (gen !== generation) return;
  replace(out, summary(results), h('ol', { class: 'claim-lines' }, results.map(lineView)),
    rawPanel(results.map((r) => r.ex)));
  out.dataset.loaded = 'true';
}

export function renderClaim() {
  document.title = 'Claim check – cptx';
  const input = h('textarea', { id: 'claim-input', rows: '10', spellcheck: 'false',
    placeholder: 'A FHIR Claim as JSON, or one line per service: 47383:51:LT 1' });
  const out = h('div', { id: 'claim-result', 'aria-live': 'polite' });
  const load = (text) => () => { input.value = text; check(out, text); };
  replace(view(), h('div', { class: 'card claim-view' },
    h('h1', { tabindex: '-1' }, 'Claim check'),
    h('p', { class: 'hint' }, 'Each CPT line is checked by ', h('code', {}, 'CodeSystem/$validate-code'),
      ' with its modifiers and units: CPT\'s modifier rules, the CMS payment-policy checks and the MUE. ',
      'The claim goes only to this server.'),
    h('form', { id: 'claim-form', onsubmit: (e) => { e.preventDefault(); check(out, input.value); } },
      h('label', { for: 'claim-input' }, 'Claim'), input,
      h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Check claim'),
        h('button', { type: 'button', id: 'claim-sample', onclick: load(JSON.stringify(SAMPLE_CLAIM, null, 2)) }, 'Load sample Claim'),
        h('button', { type: 'button', id: 'claim-sample-lines', onclick: load(SAMPLE_LINES) }, 'Load sample lines'))),
    out));
}
