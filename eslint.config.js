// Lint: zero warnings, and the layering rules of docs/architecture.md enforced as import rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// Exact module names (not gitignore patterns, which would also match local files like ./path).
const nodeBuiltinNames = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'net',
  'stream',
  'util',
  'worker_threads',
  'events',
  'buffer',
  'zlib',
  'readline',
  'process',
  'module',
];
const nodeBuiltinPaths = (message) => nodeBuiltinNames.map((name) => ({ name, message }));
const nodeProtocol = (message) => ({ group: ['node:*'], message });

const coreRestrictions = {
  paths: nodeBuiltinPaths('src-core runs in Node, browser and worker alike: no Node built-ins.'),
  patterns: [
    nodeProtocol('src-core runs in Node, browser and worker alike: no Node built-ins.'),
    {
      group: [
        'react',
        'react-dom',
        'react/*',
        'react-dom/*',
        'react-i18next',
        'zustand',
        'zustand/*',
      ],
      message: 'src-core is pure: no React or UI state.',
    },
    {
      group: ['dexie', 'dexie-*', 'fake-indexeddb', 'fake-indexeddb/*'],
      message: 'src-core is pure: no database.',
    },
    { group: ['electron', 'electron/*'], message: 'src-core is pure: no Electron.' },
    {
      group: ['**/src-renderer/**', '**/src-main/**'],
      message: 'src-core imports no other layer.',
    },
  ],
};

/** Import rules of the layers above db/ (features, the UI kit, the app shell). */
const aboveTheDataLayer = (extraPatterns) => ({
  paths: [
    { name: 'dexie', message: 'Features read through db/ hooks and write through repositories.' },
    { name: 'electron', message: 'The renderer reaches the host only through HostApi.' },
    ...nodeBuiltinPaths('The renderer runs in a sandbox: no Node built-ins.'),
  ],
  patterns: [
    { group: ['**/src-main/**'], message: 'src-renderer never imports src-main.' },
    {
      group: ['**/db/schema', '**/db/bulk-load', '**/db/clock'],
      message: 'Features use db/ hooks and repositories, not tables.',
    },
    ...extraPatterns,
    nodeProtocol('The renderer runs in a sandbox: no Node built-ins.'),
  ],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-main',
      'dist-web',
      'release',
      'test-results',
      'playwright-report',
      'assets/codes',
      'dist-bench',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.es2021 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src-core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'indexedDB',
        'localStorage',
        'process',
        'require',
        'Buffer',
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; TanStack Table's hooks are fine without it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the host only through HostApi.' },
            ...nodeBuiltinPaths('The renderer runs in a sandbox: no Node built-ins.'),
          ],
          patterns: [
            { group: ['**/src-main/**'], message: 'src-renderer never imports src-main.' },
            nodeProtocol('The renderer runs in a sandbox: no Node built-ins.'),
          ],
        },
      ],
    },
  },
  {
    // Only the Dexie layer touches tables; features read through live queries and write through
    // repositories. The app shell may import features; features and the UI kit never import the
    // shell (routing helpers live in routing/).
    files: ['src-renderer/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', aboveTheDataLayer([])] },
  },
  {
    files: ['src-renderer/features/**/*.{ts,tsx}', 'src-renderer/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        aboveTheDataLayer([
          { group: ['**/app/*'], message: 'Features never import app/: use routing/.' },
        ]),
      ],
    },
  },
  {
    files: [
      'src-renderer/db/**/*.{ts,tsx}',
      'src-renderer/state/**/*.{ts,tsx}',
      'src-renderer/routing/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/*', '**/app/*'],
              message: 'Lower layers never import features or app/.',
            },
            { group: ['**/src-main/**'], message: 'src-renderer never imports src-main.' },
          ],
        },
      ],
    },
  },
  {
    // No import cycles (a cycle hides an upward import and breaks lazy-loaded chunks).
    files: ['src-core/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Accessibility of the markup we write (axe-core checks the rendered pages in e2e).
    files: ['src-renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scroll region must take focus for keyboard scrolling (axe: scrollable-region-focusable).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src-renderer/**'], message: 'src-main never imports src-renderer.' },
          ],
        },
      ],
      // Raw IPC lives only in the typed wrappers (ipc.ts, preload.ts).
      'no-restricted-properties': [
        'error',
        { object: 'ipcMain', message: 'Register handlers through src-main/ipc.ts.' },
        { object: 'ipcRenderer', message: 'Only src-main/preload.ts talks to ipcRenderer.' },
      ],
    },
  },
  {
    files: ['src-main/ipc.ts', 'src-main/preload.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: [
      'tests/**/*.{ts,tsx}',
      'bench/**/*.{ts,mjs}',
      'scripts/**/*.{ts,mjs,js}',
      '*.config.{ts,js,mjs}',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-syntax': 'off' },
  },
);
