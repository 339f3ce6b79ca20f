import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// Libraries that touch the outside world. The domain (src/core) imports none of them: it stays
// pure so it can be tested without a database, a server or a network.
const OUTSIDE_WORLD = [
  'kysely', 'pg', 'fastify', 'fastify-*', '@fastify/*', 'ws', 'ioredis', 'node:http', 'node:https',
  'node:net', 'node:sqlite', 'node:fs', 'node:child_process', 'undici', 'pino',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'web/dist/', 'data/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='process'][property.name='env']",
        message: 'Only src/config reads the environment; take settings from the Config object.',
      }],
    },
  },
  {
    // The agent app runs in browsers: browser globals, React's rules of hooks; it never reads process.env.
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  { ignores: ['web/src/api/schema.d.ts'] },
  {
    files: ['src/config/**', 'scripts/**', 'test/**', 'bin/**', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: OUTSIDE_WORLD, message: 'src/core is the pure domain: no HTTP, database or network libraries.' },
          { group: ['**/storage/**', '**/http/**', '**/jobs/**', '**/channels/**', '**/simulator/**'], message: 'src/core must not import adapters.' },
        ],
      }],
    },
  },
);
