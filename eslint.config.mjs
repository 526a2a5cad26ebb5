import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'src/generated/', '.tmp/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.js', 'editor/**/*.js', 'test/hardening/pages/*.js', 'test/fixtures/*.js'],
    languageOptions: { globals: globals.browser },
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Text from a rules file is always text: no unsafe directives.
      'no-restricted-imports': ['error', { patterns: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*', 'lit/static-html.js'] }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js', 'test/**/*.mjs', 'bench/**/*.mjs', 'bench/**/*.js', '*.mjs'],
    // Node scripts; the screenshot script also runs functions inside the page.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
