// The "FHIR" panel: the raw exchanges behind a view, each with its request as a copyable curl line.
import { h } from './dom.js';

function pretty(ex) {
  if (ex.json) return JSON.stringify(ex.json, null, 2);
  return ex.text || (ex.networkError ? `(no response: ${ex.networkError})` : '(empty body)');
}

async function copy(text, button) {
  let ok = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      ok = true;
    }
  } catch (e) {
    ok = false;
  }
  if (!ok) {
    const area = h('textarea', { class: 'visually-hidden', readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    area.remove();
  }
  button.textContent = ok ? 'Copied' : 'Select and copy';
  setTimeout(() => { button.textContent = 'Copy curl'; }, 2000);
}

function exchangeView(ex) {
  const curl = h('pre', { class: 'curl' }, h('code', {}, ex.curl));
  const status = ex.status === 0 ? 'no response' : `HTTP ${ex.status}`;
  return h('div', { class: 'exchange', dataset: { status: String(ex.status) } },
    h('p', { class: 'request' },
      h('span', { class: 'method' }, ex.method), ' ',
      h('code', { class: 'url' }, decodeURIComponentSafe(ex.url)), ' ',
      h('span', { class: 'status' + (ex.status >= 200 && ex.status < 300 ? ' ok' : ' bad') }, status)),
    h('div', { class: 'curl-row' },
      curl,
      h('button', { type: 'button', class: 'small', onclick: (e) => copy(ex.curl, e.currentTarget) }, 'Copy curl')),
    h('pre', { class: 'json', tabindex: '0', 'aria-label': 'Response body' }, h('code', {}, pretty(ex))));
}

function decodeURIComponentSafe(url) {
  try {
    return decodeURI(url);
  } catch (e) {
    return url;
  }
}

/** A closed disclosure listing the exchanges; empty when there are none. */
export function rawPanel(exchanges, label = 'FHIR') {
  const list = exchanges.filter(Boolean);
  if (list.length === 0) return null;
  const n = list.length === 1 ? '1 request' : `${list.length} requests`;
  return h('details', { class: 'raw' },
    h('summary', {}, `${label}: raw response${list.length === 1 ? '' : 's'} (${n})`),
    list.map(exchangeView));
}
