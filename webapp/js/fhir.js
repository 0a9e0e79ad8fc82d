// The only module that talks to the server: plain FHIR REST calls against /fhir, each one recorded as an
// exchange (request, curl line, status, raw body) so that the UI can show what is behind every view.

export const CPT = 'http://www.ama-assn.org/go/cpt';
export const HCPCS = 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets';
export const MODIFIER_MAP = 'http://cptx.org/fhir/ConceptMap/cpt-applicable-modifiers';

/** The FHIR base, absolute, on the server that served this page. */
export const BASE = new URL('fhir', new URL('/', window.location.href)).href;

const JSON_TYPE = 'application/fhir+json';

/** A failed exchange: the network failed (status 0) or the server answered with an error status. */
export class FhirError extends Error {
  constructor(exchange) {
    super(exchange.status === 0
      ? `Could not reach the FHIR server at ${BASE}: ${exchange.networkError}`
      : `The server answered HTTP ${exchange.status}${outcomeText(exchange.json) ? ': ' + outcomeText(exchange.json) : ''}`);
    this.exchange = exchange;
    this.status = exchange.status;
    this.outcome = exchange.json && exchange.json.resourceType === 'OperationOutcome' ? exchange.json : null;
  }

  get notFound() {
    return this.status === 404;
  }
}

/** The texts of an OperationOutcome's issues, joined. */
export function outcomeText(resource) {
  if (!resource || resource.resourceType !== 'OperationOutcome') return '';
  return (resource.issue || []).map(issueText).filter(Boolean).join('; ');
}

export function issueText(issue) {
  return (issue.details && issue.details.text) || issue.diagnostics || issue.code || '';
}

/** Percent-encodes a query value but keeps ':' and '/' (legal in a query) so that URLs and curl lines read well. */
function queryEncode(v) {
  return encodeURIComponent(String(v)).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

function shellQuote(s) {
  return "'" + String(s).replace(/'/g, "'\\''") + "'";
}

/** The request as a curl command line that gives the same answer. */
export function curlLine(method, url, body) {
  if (method === 'GET') return `curl -H 'Accept: ${JSON_TYPE}' ${shellQuote(url)}`;
  return `curl -X ${method} -H 'Accept: ${JSON_TYPE}' -H 'Content-Type: ${JSON_TYPE}' ${shellQuote(url)} -d ${shellQuote(body)}`;
}

/** The access token the user gave for this tab (sessionStorage 'cptx.token'), if any. */
function bearerToken() {
  try {
    return window.sessionStorage.getItem('cptx.token') || '';
  } catch (e) {
    return '';
  }
}

/**
 * One HTTP exchange with the FHIR server. Resolves to the exchange when the status is 2xx; rejects with a
 * FhirError carrying the exchange otherwise.
 */
async function exchange(method, path, params, body) {
  const query = Object.entries(params || {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${queryEncode(k)}=${queryEncode(v)}`)
    .join('&');
  const url = new URL(BASE + '/' + path + (query ? '?' + query : ''));
  const bodyText = body === undefined ? undefined : JSON.stringify(body);
  const ex = {
    method,
    url: url.href,
    body: bodyText,
    curl: curlLine(method, url.href, bodyText),
    status: 0,
    text: '',
    json: null,
  };
  try {
    const headers = { Accept: JSON_TYPE };
    if (bodyText !== undefined) headers['Content-Type'] = JSON_TYPE;
    const token = bearerToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(url.href, { method, headers, body: bodyText });
    ex.status = response.status;
    ex.text = await response.text();
    try {
      ex.json = JSON.parse(ex.text);
    } catch (e) {
      ex.json = null;
    }
  } catch (e) {
    ex.networkError = e.message || String(e);
    throw new FhirError(ex);
  }
  if (ex.status < 200 || ex.status > 299) throw new FhirError(ex);
  return ex;
}

/** Any FHIR call: request(method, path, queryParams, body); the views' own calls live in api.js. */
export const request = exchange;

// ---- the calls the UI makes ---------------------------------------------------------------------------------

/** ValueSet/$expand of an inline value set holding all of CPT and HCPCS, filtered by text or code. */
export function searchCodes(filter, count = 50) {
  return exchange('POST', 'ValueSet/$expand', {}, {
    resourceType: 'Parameters',
    parameter: [
      {
        name: 'valueSet',
        resource: {
          resourceType: 'ValueSet',
          status: 'active',
          compose: { include: [{ system: CPT }, { system: HCPCS }] },
        },
      },
      { name: 'filter', valueString: filter },
      { name: 'count', valueInteger: count },
    ],
  });
}

/** CodeSystem/$lookup of one code: display, definition, designations and every property. */
export function lookup(system, code, version) {
  return exchange('GET', 'CodeSystem/$lookup', { system, code, version });
}

/** The ConceptMap listing the modifiers applicable to CPT codes, by canonical URL. */
export function applicableModifierMap() {
  return exchange('GET', 'ConceptMap', { url: MODIFIER_MAP });
}

/** CodeSystem/$validate-code of a CPT code or expression. */
export function validateCpt(code) {
  return exchange('GET', 'CodeSystem/$validate-code', { url: CPT, code });
}

// ---- reading Parameters -------------------------------------------------------------------------------------

/** The value[x] of a Parameters parameter or part, whatever its type. */
export function valueOf(p) {
  if (!p) return undefined;
  for (const key of Object.keys(p)) {
    if (key.startsWith('value')) return p[key];
  }
  return p.resource;
}

export function param(parameters, name) {
  return ((parameters && parameters.parameter) || []).find((p) => p.name === name);
}

export function params(parameters, name) {
  return ((parameters && parameters.parameter) || []).filter((p) => p.name === name);
}

/** A property parameter as { code, value, valueType, parts: {code: value} } (parts from its subproperties). */
export function readProperty(p) {
  const parts = p.part || [];
  const codePart = parts.find((x) => x.name === 'code');
  const valuePart = parts.find((x) => x.name === 'value');
  const sub = {};
  for (const s of parts.filter((x) => x.name === 'subproperty')) {
    const c = (s.part || []).find((x) => x.name === 'code');
    const v = (s.part || []).find((x) => x.name === 'value');
    if (c) sub[valueOf(c)] = valueOf(v);
  }
  const valueType = valuePart ? Object.keys(valuePart).find((k) => k.startsWith('value')) : undefined;
  return { code: valueOf(codePart), value: valueOf(valuePart), valueType, sub };
}
