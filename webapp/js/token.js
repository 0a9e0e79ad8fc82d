// Access tokens for a server that asks for one. When the FHIR API answers 401 (access control is on), a small bar
// lets the user paste an OAuth 2.0 bearer token; it is kept in sessionStorage under 'cptx.token' (gone when the
// tab closes), where fhir.js reads it to send 'Authorization: Bearer ...'. Nothing shows on an open server.

const KEY = 'cptx.token';
const BASE = new URL('fhir', new URL('/', window.location.href)).href;

export function token() {
  return sessionStorage.getItem(KEY) || '';
}

function save(value) {
  if (value) sessionStorage.setItem(KEY, value.trim());
  else sessionStorage.removeItem(KEY);
  window.location.reload();
}

function bar(message) {
  const form = document.createElement('form');
  form.className = 'token-bar wrap';
  form.setAttribute('aria-label', 'Access token');
  const label = document.createElement('label');
  label.textContent = message;
  label.htmlFor = 'token-input';
  const input = document.createElement('input');
  input.id = 'token-input';
  input.type = 'password';
  input.autocomplete = 'off';
  input.placeholder = 'Paste a bearer token';
  const use = document.createElement('button');
  use.type = 'submit';
  use.textContent = 'Use token';
  const forget = document.createElement('button');
  forget.type = 'button';
  forget.textContent = 'Forget token';
  forget.addEventListener('click', () => save(''));
  form.append(label, input, use, forget);
  form.addEventListener('submit', (e) => { e.preventDefault(); save(input.value); });
  document.body.prepend(form);
}

async function check() {
  const headers = { Accept: 'application/fhir+json' };
  if (token()) headers.Authorization = 'Bearer ' + token();
  try {
    const answer = await fetch(BASE + '/CodeSystem?_summary=count', { headers });
    if (answer.status === 401) {
      bar(token() ? 'The token was refused (expired or not valid): paste another.'
        : 'This server serves licensed content to authorised users: paste an access token.');
    } else if (answer.status === 403) {
      bar('The token does not grant reading CodeSystems: paste one with the scope system/*.read.');
    }
  } catch (e) {
    // the server is unreachable: the app shows that itself
  }
}

check();
