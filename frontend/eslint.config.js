// ESLint (flat config): TypeScript, React hooks, import order and the feature boundaries.
// `npm run lint` checks, `npm run fix` formats (Prettier) and applies ESLint's fixes.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = ['calendar', 'deadlines', 'notifications', 'organisation', 'plans', 'reports', 'tasks'];

// Features never import each other: a page that shows several features is composed in src/app
// (app/routes). Shared pieces live in components/, i18n/, api/ and app/ (queries, types, the client).
// The shared folders know no feature.
const boundaryZones = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: compose them in src/app (app/routes) or move the shared piece to components/ or app/.',
  })),
  ...['components', 'i18n', 'api', 'test'].map((shared) => ({
    target: `./src/${shared}`,
    from: './src/features',
    message: 'Shared folders know no feature.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'src/api/schema.d.ts', 'src/api/enums.ts', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    settings: {
      'import/resolver': {
        typescript: { project: ['./tsconfig.app.json', './tsconfig.node.json'], noWarnOnMultipleProjects: true },
        node: true,
      },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import/no-duplicates': 'error',
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    files: ['vite.config.ts', 'securityHeaders.ts', 'playwright.config.ts', 'e2e/**/*.ts', 'scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright's fixtures call use(), which is no React hook
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // formatting is Prettier's (npm run format:check): no ESLint rule that disagrees with it
  prettier,
);
