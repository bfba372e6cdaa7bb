// The browser APIs the platform adapters drive from JS, where promises and events are simpler
// to handle than from Rust: the offline worker (pwa/sw.js), registered and handed over to a new
// version only when asked, the clipboard, files, and the later screens' stylesheet.

export function register(onUpdateReady) {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("./sw.js").then(
    (registration) => {
      const watch = (worker) =>
        worker.addEventListener("statechange", () => {
          // "installed" with a controller in charge means a newer build is waiting.
          if (worker.state === "installed" && navigator.serviceWorker.controller) onUpdateReady();
        });
      if (registration.waiting && navigator.serviceWorker.controller) onUpdateReady();
      if (registration.installing) watch(registration.installing);
      registration.addEventListener("updatefound", () => registration.installing && watch(registration.installing));
    },
    () => {},
  );
}

export function applyUpdate() {
  let reloading = false;
  const reload = () => {
    if (!reloading) {
      reloading = true;
      location.reload();
    }
  };
  navigator.serviceWorker.getRegistration().then((registration) => {
    const waiting = registration && registration.waiting;
    if (!waiting) return reload();
    navigator.serviceWorker.addEventListener("controllerchange", reload);
    waiting.postMessage("skip-waiting");
  }, reload);
}

// Copies text with the asynchronous Clipboard API, then calls done(true) or done(false): outside a
// secure context navigator.clipboard is missing, and the browser may also refuse.
export function copyText(text, done) {
  const clipboard = navigator.clipboard;
  if (!clipboard) {
    done(false);
    return;
  }
  clipboard.writeText(text).then(
    () => done(true),
    () => done(false),
  );
}

// Offers a link to the device's share sheet, then calls done("shared"), done("cancelled") when the
// person closed it, or done("unavailable") when there is no share sheet here (or it failed), so
// the caller copies instead. Phones have one; most desktop browsers do not.
export function shareLink(title, url, done) {
  if (!navigator.share || !matchMedia("(pointer: coarse)").matches) {
    done("unavailable");
    return;
  }
  navigator.share({ title, url }).then(
    () => done("shared"),
    (e) => done(e && e.name === "AbortError" ? "cancelled" : "unavailable"),
  );
}

// Reads a picked or dropped file as text, then calls done(text), or done(undefined) when the
// browser cannot read it.
export function readText(file, done) {
  file.text().then(
    (text) => done(text),
    () => done(undefined),
  );
}

// The later screens' stylesheet, which index.html keeps inert in <template id="later-styles">:
// the first call adds it to the page; each call's done() runs once it has loaded or failed.
// Without the template (tests outside a page) there is nothing to wait for.
let laterStyles;
export function whenLaterStyled(done) {
  if (!laterStyles) {
    const link = document.getElementById("later-styles")?.content.firstElementChild;
    laterStyles = link
      ? new Promise((settle) => {
          link.addEventListener("load", settle);
          link.addEventListener("error", settle);
          document.head.append(link);
        })
      : Promise.resolve();
  }
  laterStyles.then(() => done());
}

// What the loader (boot/loader.js) left in `globalThis.ctoOrCio`: a dotted path to a string, or
// undefined ("lang", "first", "locales.de.later", "texts.crashTitle").
export function bootValue(path) {
  let value = globalThis.ctoOrCio;
  for (const key of path.split(".")) value = value == null ? undefined : value[key];
  return typeof value === "string" ? value : typeof value === "boolean" ? String(value) : undefined;
}

// The browser's own plural rules and number formats, one of each per language, made once.
const plurals = new Map();
const numbers = new Map();
export function pluralCategory(lang, n) {
  if (!plurals.has(lang)) plurals.set(lang, new Intl.PluralRules(lang));
  return plurals.get(lang).select(n);
}
export function formatNumber(lang, n) {
  if (!numbers.has(lang)) numbers.set(lang, new Intl.NumberFormat(lang));
  return numbers.get(lang).format(n);
}

// The first letter in capitals, by the browser's own rules for every script.
export function capitalFirst(text) {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32).trim();
  return first ? first.toUpperCase() + text.slice(first.length) : text;
}

// Writes the page's own texts (index.html's, marked data-text and data-label) in another
// language, as boot/texts.js did for the first: the app calls it when the language changes.
export function pageTexts(code) {
  const locale = globalThis.ctoOrCio && globalThis.ctoOrCio.locales && globalThis.ctoOrCio.locales[code];
  const texts = (locale && locale.texts) || {};
  for (const el of document.querySelectorAll("[data-text]")) {
    if (texts[el.dataset.text]) el.textContent = texts[el.dataset.text];
  }
  for (const el of document.querySelectorAll("[data-label]")) {
    if (texts[el.dataset.label]) el.setAttribute("aria-label", texts[el.dataset.label]);
  }
  if (globalThis.ctoOrCio) globalThis.ctoOrCio.texts = texts;
}

// A shipped part of a language's texts read with the browser's JSON reader and handed to the
// wasm as one string, one crossing instead of one per text (read by `Entry::from_records` in
// `core/locale/catalogue.rs`): a record per entry, split by U+001E, marked "=" for a text, "#"
// for a plural text (its categories and texts in turn, split by U+001F) and "-" for anything
// else (null: a text of the other part). Undefined when it is not JSON.
export function partTexts(json) {
  try {
    return JSON.parse(json)
      .map((t) => (typeof t === "string" ? "=" + t : t && typeof t === "object" ? "#" + Object.entries(t).flat().join("\x1f") : "-"))
      .join("\x1e");
  } catch {
    return undefined;
  }
}

// Fetches a text file checked against its integrity; done(text), or done(undefined) on failure.
export function fetchText(url, integrity, done) {
  fetch(url, { integrity })
    .then((response) => (response.ok ? response.text() : undefined))
    .then(done, () => done(undefined));
}
