// The FHIR calls of the home page, the section browser, release changes and the claim check. Every call goes
// through fhir.request, so it is recorded for the FHIR panel and carries the access token when one is set.
import { request, CPT, HCPCS } from './fhir.js';

export const SECTIONS = 'http://cptx.org/fhir/CodeSystem/cpt-sections';
export const HCPCS_CPT_MAP = 'http://cptx.org/fhir/ConceptMap/hcpcs-cpt-modifiers';
export const DELETED_MAP = 'http://cptx.org/fhir/ConceptMap/cpt-deleted-replacements';

/** The CapabilityStatement: software, FHIR version and rest[0].security. */
export function capabilities() {
  return request('GET', 'metadata', {});
}

/** TerminologyCapabilities: every code system and its versions. */
export function terminologyCapabilities() {
  return request('GET', 'metadata', { mode: 'terminology' });
}

/** Every CodeSystem the server holds (CPT as a summary with its count). */
export function codeSystems() {
  return request('GET', 'CodeSystem', { _count: 500 });
}

/** The CPT section table, content the server serves. */
export function sectionTable() {
  return request('GET', 'CodeSystem', { url: SECTIONS });
}

function cptInclude(version, filters) {
  const include = { system: CPT, filter: filters };
  if (version) include.version = version;
  return include;
}

/** $expand of the CPT codes matching the filters: count=0 asks only for the total. */
export function expandCpt({ version, filters, count, offset, activeOnly }) {
  const parameter = [
    { name: 'valueSet', resource: { resourceType: 'ValueSet', status: 'active',
      compose: { include: [cptInclude(version, filters)] } } },
    { name: 'count', valueInteger: count },
  ];
  if (offset) parameter.push({ name: 'offset', valueInteger: offset });
  if (activeOnly) parameter.push({ name: 'activeOnly', valueBoolean: true });
  return request('POST', 'ValueSet/$expand', {}, { resourceType: 'Parameters', parameter });
}

export const rangeFilter = (range) => ({ property: 'code', op: 'in', value: range });

/** $lookup of a CPT code in one version, for its history. */
export function history(version, code) {
  return request('GET', 'CodeSystem/$lookup', { system: CPT, version, code, property: 'history' });
}

/** The deleted-code -> replacement maps an import writes, one per CPT version. */
export function deletedMaps() {
  return request('GET', 'ConceptMap', { url: DELETED_MAP });
}

/** CodeSystem/$validate-code of one claim line: a CPT code or expression and, when given, its units. */
export function validateLine(code, units) {
  return request('GET', 'CodeSystem/$validate-code', { url: CPT, code, units });
}

/** The same modifier in the other system (HCPCS Level II <-> CPT Appendix A), by $translate. */
export function sameModifier(system, code) {
  const targetsystem = system === CPT ? HCPCS : CPT;
  return request('GET', 'ConceptMap/$translate', { url: HCPCS_CPT_MAP, system, code, targetsystem });
}
