// ESLint (flat config). `content/` may import only `shared/` and itself
// (Dark Reader): it runs in every page, so it must not pull in the worker,
// the popup or the options page.
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';

export default [
  { ignores: ['node_modules/**', 'scanner/**'] },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.webextensions },
    },
    plugins: { import: importPlugin },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Build DOM nodes; never parse page data as HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes; never parse page data as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; never parse page data as HTML.' }],
      'import/no-unresolved': ['error', { ignore: ['^\\.\\./scanner/'] }],
      'import/no-restricted-paths': ['error', {
        zones: [
          { target: './content', from: './background', message: 'content/ imports only shared/' },
          { target: './content', from: './popup', message: 'content/ imports only shared/' },
          { target: './content', from: './options', message: 'content/ imports only shared/' },
          { target: './shared', from: ['./content', './background', './popup', './options'], message: 'shared/ imports only shared/' },
        ],
      }],
    },
  },
  {
    files: ['build.mjs', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
];
