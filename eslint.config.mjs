// ESLint (`npm run lint`, inside `npm test`): JavaScript's and
// typescript-eslint's recommended rules everywhere; Lit's and the web
// components' rules on the elements. Formatting is Prettier's job
// (.prettierrc.json), checked by `npm run lint` too.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.tmp/',
      'test/frameworks/**/node_modules/',
      'test/frameworks/**/dist/',
      'test/frameworks/**/.svelte-kit/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      // `_unused` names say "deliberately unused" (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true}],
    },
  },
  {
    // Tests poke at loosely shaped payloads and hostile values on purpose,
    // and Chai's assertions are property reads (`expect(x).to.be.true`).
    files: ['test/**/*.ts'],
    rules: {'@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'demo/**/*.js'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
);
