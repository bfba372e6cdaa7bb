// Picks the page's language before anything paints: the link's `lang`, else the person's saved
// choice, else the first of the browser's languages the app speaks, else English (contract v1.2).
// Sets <html lang dir> at once and leaves in `globalThis.ctoOrCio` the choice, the texts of the
// page itself in that language (the first screen, the loader's messages, the crash panel) and
// where each language's locale files are. scripts/post-build.mjs inlines this script in
// index.html's <head> and fills in LOCALES from locales/*.json.
(() => {
  const LOCALES = '%LOCALES%';
  const known = (code) => (typeof code === 'string' && Object.prototype.hasOwnProperty.call(LOCALES, code) ? code : null);
  let fromLink = null;
  try {
    fromLink = known(new URLSearchParams(location.hash.slice(1)).get('lang'));
  } catch (e) {
    fromLink = null;
  }
  let fromSaved = null;
  try {
    fromSaved = known(localStorage.getItem('cto-or-cio.lang'));
  } catch (e) {
    fromSaved = null;
  }
  const browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const fromBrowser = browser.map((tag) => known(String(tag).split(/[-_]/)[0].toLowerCase())).find(Boolean);
  const lang = fromLink || fromSaved || fromBrowser || 'en';
  const html = document.documentElement;
  // The page's own texts are in the language index.html is written in; in any other, they are
  // kept out of sight until boot/texts.js has written them (the parser may let a frame paint
  // before it reaches that script, and a switch of words after that paint moves the page).
  if (lang !== html.lang) html.dataset.texts = 'pending';
  html.lang = lang;
  html.dir = LOCALES[lang].dir;
  // `chosen`: the language shown is the person's own saved choice (a link's is not theirs).
  globalThis.ctoOrCio = { lang, chosen: !fromLink && Boolean(fromSaved), texts: LOCALES[lang].texts, locales: LOCALES };
})();
