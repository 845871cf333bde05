import type { Plugin } from 'vite';
/** Minifies html``, svg`` and css`` template literals without changing what renders (see minify-templates.mjs). */
export function minifyTemplates(): Plugin;
