import { defineConfig } from 'vite';

/**
 * `npm start` serves demo/ (the elements straight from src/).
 * `npm run build:bundle` writes dist/relu-lab.bundle.js: every element, Lit
 * included, minified, for a single <script type="module"> on any page.
 */
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: 'demo', server: { host: '127.0.0.1', fs: { allow: ['..'] } } }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          minify: true,
          sourcemap: true,
          target: 'es2022',
          lib: {
            entry: 'src/define.ts',
            formats: ['es'],
            fileName: () => 'relu-lab.bundle.js',
          },
        },
      },
);
