// The cards of a code page, each built from the $lookup answer: descriptors, CMS indicators, other properties,
// history.
import * as fhir from './fhir.js';
import { h } from './dom.js';
import { label } from './ui.js';

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
  'mue-adjudication-indicator': 'MUE adjudication indicator',
};
const OTHER_LABELS = {
  modifier: 'Is a modifier',
  modified: 'Modified code (code with modifiers)',
  kind: 'Kind',
  telemedicine: 'Telemedicine (Appendix P)',
  orthopox: 'Orthopoxvirus-related',
  inactive: 'Inactive',
  status: 'Status',
};
const DESIGNATIONS = [
  ['med', 'Medium'],
  ['short', 'Short'],
  ['upper', 'Long, upper case'],
  ['consumer', 'Consumer friendly'],
  ['clinician', 'Clinician'],
];

export function designationsOf(parameters) {
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

export function descriptorsCard(display, designations) {
  const rows = [['long', 'Long', display]];
  for (const [use, name] of DESIGNATIONS) {
    for (const d of designations.filter((x) => x.use === use)) rows.push([use, name, d.value]);
  }
  return h('section', { class: 'card', 'aria-labelledby': 'descr-title' },
    h('h2', { id: 'descr-title' }, 'Descriptors'),
    h('dl', { class: 'pairs' }, rows.map(([use, name, value]) =>
      [h('dt', {}, name), h('dd', { dataset: { descriptor: use } }, value)])));
}

/** The meaning of a plain MUE number, which CMS gives without a code system. */
function mueMeaning(value) {
  const n = Number(value);
  return `At most ${n} unit${n === 1 ? '' : 's'} of service per patient per day, per CMS's practitioner MUE`;
}

export function indicatorsCard(props) {
  const rows = props.filter((p) => p.valueType === 'valueCoding' || p.code in INDICATOR_LABELS);
  if (rows.length === 0) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'ind-title' },
    h('h2', { id: 'ind-title' }, 'CMS indicators'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'indicators' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Indicator'), h('th', { scope: 'col' }, 'Code'),
        h('th', { scope: 'col' }, 'Meaning'))),
      h('tbody', {}, rows.map((p) => {
        const coding = p.valueType === 'valueCoding' ? p.value : null;
        const meaning = coding ? (coding.display || '') : p.code === 'mue' ? mueMeaning(p.value) : '';
        return h('tr', { dataset: { property: p.code } },
          h('th', { scope: 'row' }, INDICATOR_LABELS[p.code] || label(p.code)),
          h('td', { class: 'ind-code' }, coding ? coding.code : String(p.value)),
          h('td', { class: 'ind-meaning' }, meaning));
      })))));
}

export function historyCard(props) {
  const events = props.filter((p) => p.code === 'history')
    .map((p) => p.sub)
    .sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
  return h('section', { class: 'card', 'aria-labelledby': 'hist-title' },
    h('h2', { id: 'hist-title' }, 'History'),
    events.length === 0 ? h('p', { class: 'muted' }, 'No history recorded.')
      : h('ol', { class: 'timeline' }, events.map((e) =>
        h('li', { dataset: { action: e.action || '' } },
          h('time', { datetime: e.date || '' }, e.date || 'undated'),
          h('span', { class: 'action' }, label(e.action)),
          e.note ? h('span', { class: 'note' }, e.note) : null))));
}

export function otherPropsCard(props) {
  const rows = props.filter((p) => !(p.code in INDICATOR_LABELS) && p.valueType !== 'valueCoding'
    && p.code !== 'history' && p.code !== 'copyright');
  if (rows.length === 0) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'props-title' },
    h('h2', { id: 'props-title' }, 'Properties'),
    h('dl', { class: 'pairs' }, rows.map((p) =>
      [h('dt', {}, OTHER_LABELS[p.code] || label(p.code)), h('dd', { dataset: { property: p.code } }, formatValue(p))])));
}

/** The lay description for CPT; for another system its definition, when it has one. */
export function descriptionCard(system, definition) {
  const cpt = system === fhir.CPT;
  if (!cpt && !definition) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'lay-title' },
    h('h2', { id: 'lay-title' }, cpt ? 'Lay description' : 'Description'),
    definition ? h('p', { class: 'lay', dataset: { field: 'lay' } }, definition)
      : h('p', { class: 'muted' }, 'No lay description.'));
}
