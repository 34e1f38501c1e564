import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'coverage/',
      'node_modules/',
      'src/generated/',
      // Translators' previews (npm run check:language).
      'preview/',
      // Copied from dist/ by `npm run build:wordpress`.
      'wordpress/calf-pain-guide/assets/',
      'wordpress/build/',
      // The consumer apps' builds and Astro's generated types (test/consumers/harness.mjs).
      'test/consumers/*/dist/',
      'test/consumers/astro/.astro/',
      'test/consumers/.pack/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        customElements: 'readonly',
        navigator: 'readonly',
        process: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Our define() guards against double registration; the rule cannot see that.
      'wc/guard-super-call': 'off',
    },
  },
  // The layers (docs/architecture.md): what each folder of src/ may import. The engine and the
  // text are data and rules that run anywhere (Node, the clinical-review scripts, a server), so
  // they never import an element or the runtime (localization.ts and locale-runtime.ts, which
  // bundle the languages);
  // the iframe page's script never imports them either, so it stays a few kilobytes.
  {
    files: ['src/checker/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', 'lit', 'lit/*', '@lit/*'],
              message: 'src/checker is the engine alone: it imports only its own modules.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*', '!../checker', '!../checker/*', 'lit', 'lit/*'],
              message:
                'src/content is text as data: it imports @lit/localize (msg), the engine and itself, never an element or the runtime.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/embed/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../elements/*',
                '../index.js',
                '../localization.js',
                '../locale-runtime.js',
                '../locale-runtime.transform.js',
                '../locale-templates.js',
                '../generated/locale-templates.js',
                '../generated/locales/*',
                'lit',
                'lit/*',
                '@lit/*',
              ],
              message:
                'The iframe page loads the guide from a file beside it: its script bundles no element and no language.',
            },
          ],
        },
      ],
    },
  },
  {
    // The tests: in test/, and beside each element (src/elements/<name>/<name>.test.ts).
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      // chai's `expect(x).to.be.true` reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Functions that run in the browser's page (page.evaluate) to read the rendered text.
    files: ['scripts/clinical-review/patient-text.mjs'],
    languageOptions: {
      globals: {
        getComputedStyle: 'readonly',
        Node: 'readonly',
        requestAnimationFrame: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
  {
    // The consumer apps are written as a user of the package writes them (CommonJS require()
    // of the checker is what they test; app code takes the framework templates' shortcuts).
    files: ['test/consumers/**'],
    languageOptions: { globals: { require: 'readonly' } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Node, and functions that run in the browser's page (page.evaluate).
    files: ['test/wordpress/*.mjs'],
    languageOptions: {
      globals: {
        fetch: 'readonly',
        setTimeout: 'readonly',
        Node: 'readonly',
        localStorage: 'readonly',
        wp: 'readonly',
      },
    },
  },
  {
    // Node, and functions that run in the measured page (page.evaluate).
    files: ['bench/**/*.mjs', 'bench/**/*.js'],
    languageOptions: {
      globals: {
        setTimeout: 'readonly',
        requestAnimationFrame: 'readonly',
        performance: 'readonly',
        PerformanceObserver: 'readonly',
        HTMLButtonElement: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
