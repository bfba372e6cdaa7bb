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
