// Records what goes wrong in a page, for a browser whose WebDriver cannot report it (WebKitGTK's
// driver has no BiDi, and its automation sessions do not write console messages anywhere).
// scripts/static-server.mjs --inject serves it as the first script of index.html; the journeys' page
// object reads `window.__engineErrors` before every navigation and at the end of each journey.
(() => {
  const errors = (window.__engineErrors = []);
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target && target !== window) errors.push(`failed to load: ${target.src || target.href || target.tagName}`);
      else errors.push(`pageerror: ${event.error ? text(event.error) : event.message}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${text(event.reason)}`));
  addEventListener('securitypolicyviolation', (event) =>
    errors.push(`Content-Security-Policy violation: ${event.violatedDirective} (${event.blockedURI || 'inline'})`),
  );
  const original = console.error;
  console.error = function (...args) {
    errors.push(`console.error: ${args.map(text).join(' ')}`);
    return original.apply(this, args);
  };
})();
