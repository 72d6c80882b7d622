import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** A folder of src/ anywhere in a relative import ('../state/store', '../../ui/x'). */
const folder = (...names) => ({
  regex: `(^|/)(${names.join('|')})(/|$)`,
  message: `imports flow one way: ui/scene → state → storage → core → schema (architecture.md)`,
});
/** Packages src/core must not use: it is pure logic for Node and the browser, with no UI, 3D, storage or build. */
const notInCore = {
  regex:
    '^(react|react-dom|three|three-mesh-bvh|@react-three/.*|@gltf-transform/.*|dexie|vite|virtual:.*)(/|$)',
  message: 'src/core imports no React, three, three-mesh-bvh, @gltf-transform, dexie or build-time modules',
};
const restrict = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
/** The one-way imports between the folders of src/ (architecture.md), checked on every file. */
const oneWayImports = [
  // React hooks live with the UI (src/ui); the stores are zustand's, whose React binding stays inside zustand
  restrict(['src/state/**/*.{ts,tsx}'], folder('ui', 'scene'), {
    regex: '^react(-dom)?$',
    message: 'React hooks live in src/ui (or src/scene), not in src/state',
  }),
  restrict(['src/storage/**/*.{ts,tsx}'], folder('ui', 'scene', 'state')),
  restrict(['src/mesh/**/*.{ts,tsx}'], folder('ui', 'scene', 'state', 'storage')),
  restrict(
    ['src/core/**/*.{ts,tsx}'],
    folder('ui', 'scene', 'state', 'storage', 'mesh', 'body', 'cli'),
    notInCore,
  ),
  restrict(['src/schema/**/*.{ts,tsx}'], folder('ui', 'scene', 'state', 'storage', 'mesh', 'core')),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'models',
      'data',
      'public',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...oneWayImports,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
