import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'site/', 'storybook-static/', 'coverage/', 'screenshots/', '.puppeteerrc.cjs', 'bench/ablate/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'SovElement'] } },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      // The templates must work under a strict CSP: no inline styles.
      'lit/no-template-bind': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'TemplateLiteral > TemplateElement[value.raw=/\\sstyle=/]', message: 'No style="" in templates (strict CSP).' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      // Registration is guarded in each widget file, after the class.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['test/pages/**/*.js', 'bench/ablate/stubs/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The framework typings merge our elements into React's, Preact's and Vue's interfaces.
    files: ['types/**/*.d.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }] },
  },
  {
    files: ['scripts/**/*.mjs', 'test/node/**/*.mjs', '.storybook/*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
