// Reading a claim: a FHIR Claim resource, or lines of "code[:modifier...] [units]". Each item becomes a line
// { n, system, code, modifiers, units, expression }; nothing is judged here, the server checks every line.
import { CPT, HCPCS } from './fhir.js';

const SYSTEM_NAMES = { [CPT]: 'CPT', [HCPCS]: 'HCPCS' };

export class ClaimError extends Error {}

function itemLine(item, i) {
  const codings = (item.productOrService && item.productOrService.coding) || [];
  const coding = codings.find((c) => c.system === CPT) || codings[0] || {};
  const modifiers = (item.modifier || []).flatMap((m) => (m.coding || []).map((c) => c.code)).filter(Boolean);
  const units = item.quantity && item.quantity.value !== undefined ? String(item.quantity.value) : '';
  return makeLine(item.sequence || i + 1, coding.system || '', coding.code || '', modifiers, units);
}

function makeLine(n, system, code, modifiers, units) {
  const expression = [code].concat(modifiers).join(':');
  return { n, system, systemName: SYSTEM_NAMES[system] || system || 'no system', code, modifiers, units, expression,
    cpt: system === CPT && !!code };
}

function fromClaim(json) {
  if (!json || json.resourceType !== 'Claim') {
    throw new ClaimError(`Expected a FHIR Claim, found ${json && json.resourceType ? 'a ' + json.resourceType : 'no resourceType'}.`);
  }
  return (json.item || []).map(itemLine);
}

function fromText(text) {
  const lines = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const s = raw.replace(/#.*/, '').trim();
    if (!s) return;
    const m = /^(\S+?)(?:\s+[x×]?\s*(\S+))?$/.exec(s);
    if (!m) throw new ClaimError(`Line ${i + 1} is not "code[:modifier...] units": ${raw}`);
    const [code, ...modifiers] = m[1].split(':');
    lines.push(makeLine(lines.length + 1, CPT, code, modifiers, m[2] || ''));
  });
  return lines;
}

/** The lines of a pasted claim; throws ClaimError with a reader's message when it cannot be read. */
export function parseClaim(text) {
  const s = String(text || '').trim();
  if (!s) return [];
  if (s.startsWith('{') || s.startsWith('<')) {
    let json;
    try {
      json = JSON.parse(s);
    } catch (e) {
      throw new ClaimError(`Not valid JSON: ${e.message}. Paste a FHIR Claim as JSON, or lines such as 47383:51 1.`);
    }
    return fromClaim(json);
  }
  return fromText(s);
}

/** A sample Claim on the shipped content: clean, a units warning, modifier errors, a non-CPT line. */
export const SAMPLE_CLAIM = {
  resourceType: 'Claim',
  status: 'active',
  type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] },
  use: 'claim',
  patient: { display: 'Sample patient' },
  created: '2025-03-01',
  provider: { display: 'Sample provider' },
  priority: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/processpriority', code: 'normal' }] },
  insurance: [{ sequence: 1, focal: true, coverage: { display: 'Sample coverage' } }],
  item: [
    { sequence: 1, productOrService: { coding: [{ system: CPT, code: '47383' }] },
      modifier: [{ coding: [{ system: CPT, code: '51' }] }, { coding: [{ system: CPT, code: 'LT' }] }], quantity: { value: 1 } },
    { sequence: 2, productOrService: { coding: [{ system: CPT, code: '47383' }] }, quantity: { value: 2 } },
    { sequence: 3, productOrService: { coding: [{ system: CPT, code: '47383' }] },
      modifier: [{ coding: [{ system: CPT, code: '62' }] }], quantity: { value: 1 } },
    { sequence: 4, productOrService: { coding: [{ system: HCPCS, code: 'GC' }] }, quantity: { value: 1 } },
  ],
};

export const SAMPLE_LINES = '# code[:modifier...] units\n47383:51:LT 1\n47383 2\n47383:62 1\n';
