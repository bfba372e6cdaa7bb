// Writes the page's own texts in the chosen language (boot/lang.js): every element marked
// data-text gets that text, data-label its aria-label. Inlined at the end of index.html's <body>
// by scripts/post-build.mjs; the parser may paint a frame before it gets here, so boot/lang.js
// keeps the texts out of sight until this has run.
(() => {
  try {
    const texts = (globalThis.ctoOrCio && globalThis.ctoOrCio.texts) || {};
    for (const el of document.querySelectorAll('[data-text]')) {
      if (texts[el.dataset.text]) el.textContent = texts[el.dataset.text];
    }
    for (const el of document.querySelectorAll('[data-label]')) {
      if (texts[el.dataset.label]) el.setAttribute('aria-label', texts[el.dataset.label]);
    }
    if (texts.title) document.title = texts.title;
  } finally {
    // Written: the page may show them (boot/lang.js kept them out of sight until now).
    delete document.documentElement.dataset.texts;
  }
  // Its work done, it leaves: the page's body then holds only what the app puts there.
  const self = document.currentScript;
  if (self) self.remove();
})();
