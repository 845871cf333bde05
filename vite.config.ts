import { minifyTemplates } from './scripts/minify-templates.mjs';
import { defineConfig, type Plugin } from 'vite';

/** `npm start` opens on the demo: `/` redirects to `/demo/`. */
const demoHome: Plugin = {
  name: 'relu-lab-demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.statusCode = 302;
      res.setHeader('Location', '/demo/');
      res.end();
    });
  },
};

/**
 * `npm start` serves demo/ with the elements straight from src/.
 * `npm run build:bundle` writes dist/relu-lab.bundle.js: every element, Lit
 * included, minified, for a single <script type="module"> on any page.
 */
/**
 * `npm run build:site` (mode "site") builds demo/ into site/: the lesson, the
 * playground, the API reference and the recipes, with relative URLs so it
 * works from any static host under any sub-path.
 */
const site = {
  base: './',
  build: {
    outDir: 'site',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: 'demo/index.html',
        playground: 'demo/playground.html',
        api: 'demo/api.html',
        recipes: 'demo/recipes.html',
      },
    },
  },
};

export default defineConfig(({ command, mode }) =>
  command === 'serve'
    ? { plugins: [demoHome], server: { host: '127.0.0.1' }, preview: { host: '127.0.0.1' } }
    : mode === 'site'
      ? site
      : {
        // Templates are minified by scripts/minify-templates.mjs: CSS by lightningcss, a real
        // parser, and only line-break white space in html``/svg``. (A regex-based minifier used
        // before silently dropped container queries and the dark theme.) test/shipped/ compares
        // this bundle's pixels with the source build's in every scene, width and colour mode.
        plugins: [minifyTemplates()],
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          minify: true,
          sourcemap: true,
          target: 'es2022',
          // Vite keeps whitespace in ES library builds; this bundle is for browsers, so minify fully.
          // Parts loaded on first use (Copy as code, a good fit's search) are chunks beside the bundle,
          // named relu-lab.<part>.js; they import what they share from the bundle itself
          // ('allow-extension' lets it export that), so the bundle stays one file a page loads.
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: { minify: true, chunkFileNames: 'relu-lab.[name].js' },
          },
          lib: {
            entry: 'src/bundle.ts',
            formats: ['es'],
            fileName: () => 'relu-lab.bundle.js',
          },
        },
      },
);
