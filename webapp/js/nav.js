// Navigation without a page load: views change the URL here and app.js routes on the event.
export function navigate(search, replace) {
  const url = search || window.location.pathname;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new CustomEvent('cptx:navigate', { detail: { replace: !!replace } }));
}
