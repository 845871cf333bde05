declare module '@lit-labs/ssr-client/lit-element-hydrate-support.js';
