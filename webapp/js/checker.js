// The expression checker: the server's $validate-code answer for one CPT code or expression, shown as it is.
import * as fhir from './fhir.js';
import { h, replace } from './dom.js';
import { rawPanel } from './raw.js';
import { loading, serverError, issueList } from './ui.js';

let generation = 0;

/**
 * The answer's message unless it only repeats the issues: cptx's message is the issue texts joined by '; ', and
 * showing both printed every error twice.
 */
export function extraMessage(message, issues) {
  if (!message) return null;
  const texts = issues.map(fhir.issueText);
  if (texts.join('; ') === message || texts.includes(message)) return null;
  return message;
}

function verdict(result, expression) {
  return h('div', { class: 'verdict ' + (result ? 'valid' : 'invalid'), dataset: { result: String(result) } },
    h('span', { class: 'verdict-mark', 'aria-hidden': 'true' }, result ? '✓' : '✗'),
    h('span', { class: 'verdict-text' }, result ? 'Valid' : 'Not valid'),
    h('code', {}, expression));
}

export async function runCheck(expression) {
  const gen = ++generation;
  const out = document.getElementById('checker-result');
  replace(out, loading(`Checking ${expression}…`));
  out.setAttribute('aria-busy', 'true');
  let ex;
  try {
    ex = await fhir.validateCpt(expression);
  } catch (err) {
    if (gen !== generation) return;
    out.removeAttribute('aria-busy');
    replace(out, serverError(err, () => runCheck(expression)), rawPanel([err.exchange]));
    return;
  }
  if (gen !== generation) return;
  out.removeAttribute('aria-busy');
  const p = ex.json;
  const result = fhir.valueOf(fhir.param(p, 'result')) === true;
  const display = fhir.valueOf(fhir.param(p, 'display'));
  const outcome = fhir.valueOf(fhir.param(p, 'issues'));
  const issues = (outcome && outcome.issue) || [];
  const message = extraMessage(fhir.valueOf(fhir.param(p, 'message')), issues);
  replace(out, verdict(result, expression),
    display ? h('p', { class: 'check-display' }, display) : null,
    message ? h('p', { class: 'check-message' }, message) : null,
    issueList(issues),
    rawPanel([ex]));
}
