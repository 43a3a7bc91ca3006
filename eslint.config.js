// Lint rules, including the import boundaries that make the folder the architecture
// (DESIGN.md "A folder is a room"; reference/style-anchors.md §4.2).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3-selection', 'd3-transition', 'd3', 'comlink'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'docs/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The simulation core is pure: no DOM, no UI libraries, nothing from outside src/sim.
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: uiLibraries.filter((n) => !n.includes('*')),
          patterns: [
            { group: ['react*', 'zustand*', 'd3-selection', 'd3-transition'], message: 'src/sim must not import UI libraries.' },
            { group: ['../../*', '../../../*', '**/store/*', '**/panels/*', '**/app/*', '**/worker/*', '**/lessons/*', '**/share/*'], message: 'src/sim must not import from outside src/sim.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'self', 'postMessage', 'localStorage', 'setTimeout', 'setInterval'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG in src/sim/clock/random.ts.' },
        { object: 'Date', property: 'now', message: 'Simulated time only: use the SideContext clock.' },
      ],
    },
  },
  {
    // Only the store talks to the worker; everything outside src/sim reaches the core through its index.
    files: ['src/panels/**', 'src/app/**', 'src/lessons/**', 'src/share/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['comlink', 'xstate'],
          patterns: [
            { group: ['**/worker/*', '!**/worker/protocol'], message: 'Only src/store talks to the worker.' },
            { group: ['**/sim/*', '!**/sim/index'], message: 'Import the simulation through src/sim/index.ts.' },
          ],
        },
      ],
    },
  },
);
