// cptx browser UI: routing. State lives in the URL so that every view is shareable:
//   /                      what the server holds          ?q=          search
//   ?code=&system=&version= a page per code                ?sections    CPT by section   ?section=&page=
//   ?changes&from=&to=&section=  release changes           ?claim       claim check      ?check=  expression checker
import { renderHome } from './home.js';
import { renderSearch, cancelSearch } from './search.js';
import { renderCode } from './code.js';
import { renderSections, renderSection } from './sections-view.js';
import { renderChanges } from './changes-view.js';
import { renderClaim } from './claim-view.js';
import { runCheck } from './checker.js';
import { navigate } from './nav.js';
import { ALIASES, beginView, focusHeading } from './ui.js';
import { CPT } from './fhir.js';

function pageOf(params) {
  const n = parseInt(params.get('page') || '1', 10);
  return Number.isFinite(n) && n > 1 ? n - 1 : 0;
}

function renderView(params, focus) {
  const get = (k) => (params.get(k) || '').trim();
  const sys = params.get('system');
  const system = sys ? (ALIASES[sys.toLowerCase()] || sys) : CPT;
  cancelSearch();
  if (get('code')) return renderCode(system, get('code'), focus, get('version') || undefined);
  if (get('q')) return renderSearch(get('q'));
  if (get('section')) return params.has('changes') ? renderChanges(get('from'), get('to'), get('section'))
    : renderSection(get('section'), pageOf(params));
  if (params.has('sections')) return renderSections();
  if (params.has('changes')) return renderChanges(get('from'), get('to'), '');
  if (params.has('claim')) return renderClaim();
  return renderHome();
}

function markNav(params) {
  const current = ['sections', 'section', 'changes', 'claim'].find((k) => params.has(k)) || (params.toString() ? '' : 'home');
  for (const a of document.querySelectorAll('.main-nav a')) {
    if (a.dataset.view === current || (current === 'section' && a.dataset.view === 'sections')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function route(focus) {
  const params = new URLSearchParams(window.location.search);
  document.getElementById('search-input').value = (params.get('q') || '').trim();
  markNav(params);
  beginView();
  const rendered = renderView(params, focus);
  if (focus && !params.get('code')) Promise.resolve(rendered).then(focusHeading);
  const check = (params.get('check') || '').trim();
  const checkerInput = document.getElementById('checker-input');
  if (check && check !== checkerInput.dataset.checked) {
    checkerInput.value = check;
    checkerInput.dataset.checked = check;
    runCheck(check);
  }
}

function onSearch(e) {
  e.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) navigate('?' + new URLSearchParams({ q }).toString());
}

function onCheck(e) {
  e.preventDefault();
  const input = document.getElementById('checker-input');
  const expression = input.value.trim();
  if (!expression) return input.focus();
  const params = new URLSearchParams(window.location.search);
  params.set('check', expression);
  window.history.replaceState(null, '', '?' + params.toString());
  input.dataset.checked = expression;
  return runCheck(expression);
}

function onClick(e) {
  const a = e.target.closest && e.target.closest('a[data-nav]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(a.href);
  if (url.origin !== window.location.origin) return;
  e.preventDefault();
  navigate(url.search || url.pathname);
}

function onKey(e) {
  const t = e.target;
  const typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
  if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    document.getElementById('search-input').focus();
  }
}

function start() {
  document.getElementById('search-form').addEventListener('submit', onSearch);
  document.getElementById('checker-form').addEventListener('submit', onCheck);
  document.addEventListener('click', onClick);
  document.addEventListener('keydown', onKey);
  window.addEventListener('popstate', () => route(true));
  window.addEventListener('cptx:navigate', () => route(true));
  route(false);
}

start();
