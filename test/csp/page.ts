// Records every CSP violation on this page, then loads the elements.
declare global {
  interface Window {
    violations: string[];
    ready: Promise<void>;
  }
}
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
);
window.ready = import('../../src/define.js').then(() => customElements.whenDefined('relu-fit-lab')).then(() => undefined);
export {};
