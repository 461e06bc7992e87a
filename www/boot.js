// Loads the app. If the WebAssembly module cannot load or compile, the static fallback with
// every island's numbers (already in the page) is shown instead. No inline script: strict CSP.
const root = document.documentElement;
root.classList.add('sg-js');
const fail = (err) => {
  console.error('Signaal could not start; showing the numbers instead.', err);
  root.classList.add('sg-failed');
};
import('./pkg/signaal.js')
  .then((m) => m.default())
  .catch(fail);
if ('serviceWorker' in navigator && window.top === window && !root.hasAttribute('data-no-sw')) {
  navigator.serviceWorker.register('sw.js').catch((err) => console.warn('Signaal: offline mode unavailable', err));
}
