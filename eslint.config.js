// @ts-check
// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, and the Astro plugin's for
// .astro files, as Starlight does. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-scorm/', 'scorm/', 'dist-cmi5/', 'cmi5/', '.astro/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
