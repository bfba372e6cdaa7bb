// The loader: index.html's module script, inlined there by scripts/post-build.mjs, which fills in
// the placeholders below (the JS glue's and the wasm's names under the page's public URL, the
// wasm's SHA-384, and where its messages are in a locale part) and allows the script by its hash
// in the page's Content-Security-Policy.
//
// It starts the app once the page's own first screen has painted, so that screen never shares a
// slow network with the WebAssembly; the wasm, its JS glue and the first part of the chosen
// language's texts (boot/lang.js chose it) then download in parallel. It never leaves
// "Loading the questionnaire…" hanging: when the app cannot be fetched or started it says why in
// plain words (with index.html's Retry button) as soon as that is known, and after 10 s without
// the app it says the load is slow. Its messages are in the page's language: the commonest
// (offline, a failed connection, slow) from index.html itself, the rarer ones from the language's
// first part, or in English when even that could not be fetched. The app replaces #app's content
// when it mounts, which is how the loader knows it started.

const JS = '%JS%';
const WASM = '%WASM%';
// Where each of the rarer messages is in a first part (`loader.*` keys), and their English.
const MESSAGES = '%MESSAGES%';
const ENGLISH = '%ENGLISH%';
const boot = globalThis.ctoOrCio;
const texts = boot.texts;
const TEXTS = boot.locales[boot.lang].first;
// The JS files' SHA-384 come from the import map; the wasm's and the texts' are filled in here.
const SRI = {
  ...JSON.parse(document.querySelector('script[type=importmap]').textContent).integrity,
  [WASM]: '%WASM_SRI%',
  [TEXTS]: boot.locales[boot.lang].firstSri,
};
const $ = (id) => document.getElementById(id);
const loading = $('boot-status');
let watchdog;
const show = (why, title = texts.error_title) => {
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

class LoadError extends Error {
  constructor(why) {
    super('the app could not load');
    this.why = why;
  }
}
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (all, name) => (name in values ? values[name] : all));
// The content types each kind of file may come as.
const TYPES = { wasm: /^application\/wasm$/, json: /^application\/json$/, js: /(java|ecma)script$/ };
const kindOf = (url) => (url.endsWith('.wasm') ? 'wasm' : url.endsWith('.json') ? 'json' : 'js');
// Why a response cannot be used ([message name, values]), or null when it can.
const problem = (url, response) => {
  const status = response.status;
  if (!response.ok) return [status === 404 || status === 410 ? 'not_found' : 'server_error', { status }];
  const type = (response.headers.get('content-type') || 'no type').split(';')[0].trim().toLowerCase();
  const kind = kindOf(url);
  if (TYPES[kind].test(type)) return null;
  return ['wrong_type', { type, as: kind === 'wasm' ? 'WebAssembly' : kind === 'json' ? 'JSON' : 'JavaScript' }];
};
const offline = () => (navigator.onLine ? texts.network : texts.offline);
// After a failed fetch or import, finds out why by fetching each file again, plainly.
const diagnose = async (urls) => {
  for (const url of urls) {
    let why;
    try {
      why = problem(url, await fetch(url, { cache: 'no-store' }))
        || (await fetch(url, { cache: 'no-store', integrity: SRI[url] }).then(() => null, () => ['tampered', {}]));
    } catch {
      return offline();
    }
    if (why) return why;
  }
  return offline();
};
const refuse = (urls) => () => diagnose(urls).then((why) => { throw new LoadError(why); });
// Fetches a file with its integrity, failing with the reason a person can act on.
const fetched = (url) =>
  fetch(url, { integrity: SRI[url] }).then((response) => {
    const why = problem(url, response);
    if (why) throw new LoadError(why);
    return response;
  }, refuse([url]));

let started = false;
const start = () => {
  if (started) return;
  started = true;
  const first = fetched(TEXTS).then((response) => response.text());
  // A message in the page's language: from the first part, once it is here or has failed.
  const part = first.then((text) => JSON.parse(text), () => []);
  const say = (why) =>
    typeof why === 'string'
      ? Promise.resolve(why)
      : part.then((loaded) => fill(loaded[MESSAGES[why[0]]] || ENGLISH[why[0]], why[1]));
  const fail = (error) =>
    say(error instanceof LoadError ? error.why : ['cannot_start', { name: error.name }]);
  const wasm = fetched(WASM);
  // Said as soon as it is known, even while the rest is still on its way.
  wasm.catch((error) => fail(error).then(show));
  first.catch((error) => fail(error).then(show));
  Promise.all([
    import(JS).catch(refuse(Object.keys(SRI).filter((url) => kindOf(url) === 'js'))),
    first,
  ])
    .then(([app, text]) => {
      boot.first = text;
      return app.default({ module_or_path: wasm });
    })
    .then(() => clearTimeout(watchdog), (error) =>
      fail(error).then((message) => {
        if (!show(message)) throw error;
      }));
  watchdog = setTimeout(() => show(texts.slow, texts.slow_title), 10000);
};

if (typeof WebAssembly !== 'object') {
  show(ENGLISH.no_wasm);
  fetch(TEXTS, { integrity: SRI[TEXTS] })
    .then((response) => response.json())
    .then((loaded) => loaded[MESSAGES.no_wasm] && show(loaded[MESSAGES.no_wasm]), () => {});
} else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) start();
  }).observe({ type: 'paint', buffered: true });
  // A page opened in the background never paints: start anyway.
  setTimeout(start, 1000);
} else {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 1000);
}
