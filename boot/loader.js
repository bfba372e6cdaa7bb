// The loader: index.html's one module script, inlined there by scripts/post-build.mjs, which
// fills in the placeholders below (the JS glue's and the wasm's names under the page's public
// URL, and the wasm's SHA-384) and allows the script by its hash in the page's
// Content-Security-Policy.
//
// It starts the app once the page's own first screen has painted, so that screen never shares a
// slow network with the WebAssembly; the wasm and its JS glue then download in parallel. It never
// leaves "Loading the questionnaire…" hanging: when the app cannot be fetched or started it says
// why in plain words (with index.html's Retry button) as soon as that is known, and after 10 s
// without the app it says the load is slow. The app replaces #app's content when it mounts,
// which is how the loader knows it started.

// The JS files' SHA-384 come from the import map; the wasm's is filled in here.
const JS = '%JS%';
const WASM = '%WASM%';
const SRI = { ...JSON.parse(document.querySelector('script[type=importmap]').textContent).integrity, [WASM]: '%WASM_SRI%' };
const $ = (id) => document.getElementById(id);
const loading = $('boot-status');
let watchdog;
const show = (why, title = 'The questionnaire could not load.') => {
  clearTimeout(watchdog);
  // Once the app has replaced the loading screen, its own panel reports what goes wrong.
  if (!loading.isConnected) return false;
  $('boot-error').firstElementChild.textContent = title;
  $('boot-why').textContent = why;
  loading.hidden = true;
  $('boot-error').hidden = false;
  return true;
};
$('boot-retry').addEventListener('click', () => location.reload());

class LoadError extends Error {}
const OFFLINE = 'You are offline, and the app is not saved on this device yet. Open it once while online; after that it works offline too.';
const NETWORK = 'The connection failed while the app was downloading. Check the connection and try again.';
const TAMPERED = 'Part of the app arrived changed, so it was not run (it failed its integrity check). A network filter may have altered it, or the site is in the middle of an update.';
// Why a response cannot be used, or '' when it can.
const problem = (url, response) => {
  const status = response.status;
  if (!response.ok) {
    return status === 404 || status === 410
      ? `The server could not find part of the app (error ${status}). The site may just have been updated: Retry loads the current version.`
      : `The server failed to send part of the app (error ${status}). Try again in a moment.`;
  }
  const type = (response.headers.get('content-type') || 'no type').split(';')[0].trim().toLowerCase();
  const wasm = url.endsWith('.wasm');
  if (wasm ? type === 'application/wasm' : /(java|ecma)script$/.test(type)) return '';
  return `The server sent part of the app as “${type}”, which browsers refuse to run as ${wasm ? 'WebAssembly' : 'JavaScript'}. A network filter may be blocking it, or the site is set up wrongly.`;
};
// After a failed fetch or import, finds out why by fetching each file again, plainly.
const diagnose = async (urls) => {
  for (const url of urls) {
    let why;
    try {
      why = problem(url, await fetch(url, { cache: 'no-store' }))
        || (await fetch(url, { cache: 'no-store', integrity: SRI[url] }).then(() => '', () => TAMPERED));
    } catch {
      why = navigator.onLine ? NETWORK : OFFLINE;
    }
    if (why) return why;
  }
  return navigator.onLine ? NETWORK : OFFLINE;
};
const refuse = (urls) => () => diagnose(urls).then((why) => { throw new LoadError(why); });

let started = false;
const start = () => {
  if (started) return;
  started = true;
  const wasm = fetch(WASM, { integrity: SRI[WASM] }).then((response) => {
    const why = problem(WASM, response);
    if (why) throw new LoadError(why);
    return response;
  }, refuse([WASM]));
  // Said as soon as it is known, even while the JS is still on its way.
  wasm.catch((error) => show(error.message));
  import(JS)
    .then((app) => app.default({ module_or_path: wasm }), refuse(Object.keys(SRI).filter((url) => !url.endsWith('.wasm'))))
    .then(() => clearTimeout(watchdog), (error) => {
      const message = error instanceof LoadError ? error.message
        : `This browser could not start the app (${error.name}). Updating the browser usually fixes this.`;
      if (!show(message)) throw error;
    });
  watchdog = setTimeout(() => show('It is taking much longer than it should: the connection may be very slow or interrupted. It is still trying.', 'Still loading…'), 10000);
};

if (typeof WebAssembly !== 'object') {
  show('This browser cannot run WebAssembly, which the app needs. It may be switched off, for example by Lockdown Mode on an iPhone or by a company policy: try another browser or device.');
} else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) start();
  }).observe({ type: 'paint', buffered: true });
  // A page opened in the background never paints: start anyway.
  setTimeout(start, 1000);
} else {
  requestAnimationFrame(() => setTimeout(start));
  setTimeout(start, 1000);
}
