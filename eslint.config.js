import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports run one way: elements → plot → math. */
const upward = (message, ...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['dist/', '**/node_modules/', 'test-results/', 'screenshots/', 'custom-elements.json', 'src/generated/', '.ssr-tmp/', '.scorm-tmp/', 'site/', '.bench-tmp/', '.probe/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/math/**/*.ts'],
    rules: upward(
      'src/math is pure: it imports neither Lit nor the plot or elements folders.',
      ['lit', 'lit/*', '@lit/*', '**/plot/**', '**/plot', '**/elements/**', '**/elements'],
    ),
  },
  {
    files: ['src/plot/**/*.ts'],
    rules: upward('src/plot never imports src/elements (imports run elements → plot → math).', [
      '**/elements/**',
      '**/elements',
    ]),
  },
  {
    // The lab's state has one owner and small parts: no file over 400 lines, no function over 40 (styles excepted).
    files: ['src/elements/relu-fit-lab/**/*.ts'],
    ignores: ['src/elements/relu-fit-lab/**/*.styles.ts', 'src/elements/relu-fit-lab/lab-strings.ts'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 40, IIFEs: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', 'no-unused-expressions': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['*.config.{js,mjs,ts}', 'scripts/**/*.{js,mjs,ts}', 'bench/**/*.mjs', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
