// ESLint (flat config). `npm run lint` runs it with Prettier and dependency-cruiser; `npm test` runs
// that first. Formatting is Prettier's alone: no stylistic rule here (no max-len) may fight it.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BUILTIN_NAMES = [...new Set(builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.split('/')[0]))];
const NODE_MESSAGE = 'Node built-ins are not deterministic: workflows run in a replaying sandbox.';

/** Named refusals, each with its reason; any other package falls to the last pattern. */
const NAMED_REFUSALS = [
  { regex: `^(node:|(${BUILTIN_NAMES.join('|')})(/|$))`, message: NODE_MESSAGE },
  { regex: '^@nestjs/', message: 'NestJS stays out of workflows; put the work in an activity.' },
  { regex: '^(typeorm|pg)(/|$)', message: 'No database access in workflows; use an activity.' },
];

/**
 * What workflow code may import: `@temporalio/workflow`, `libs/domain`, other workflow files, and
 * activity *types*. Everything else is refused, because the workflow sandbox replays code and must
 * stay deterministic (no I/O, no Node, no Nest, no database). dependency-cruiser checks the same
 * edges on resolved paths (.dependency-cruiser.cjs); test/unit/lint-rules.spec.ts proves both bite.
 */
export const WORKFLOW_IMPORT_RULES = {
  patterns: [
    ...NAMED_REFUSALS,
    {
      regex: '(^|/)libs/(persistence|config|temporal)(/|$)',
      message: 'Workflows import only libs/domain of the libs: persistence, config and temporal are I/O.',
    },
    { regex: '(^|/)apps/', message: 'Workflows never import application code.' },
    {
      // The activities/ folder at the top of the tree (workflows/shared/activities.ts is workflow code).
      regex: '^(\\.\\./)+activities(/|$)',
      allowTypeImports: true,
      message: 'Activities come into a workflow only as types (`import type`) through proxyActivities.',
    },
    {
      // Any other package: relative imports are checked above, named refusals have their own message.
      regex: `^(?!\\.|@temporalio/workflow$|${NAMED_REFUSALS.map((r) => `(${r.regex.slice(1)})`).join('|')})`,
      message: 'Workflows import only @temporalio/workflow, libs/domain and activity types.',
    },
  ],
};

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '**/node_modules/**',
      '.data/**',
      '.test-data/**',
      '.cluster-test-data/**',
      '.tools/**',
      'coverage/**',
      'test/histories/**',
      'test/artifacts/**',
      // Generated from the OpenAPI document by `npm run build` (scripts/openapi-web-types.js).
      'apps/web/src/api-types.ts',
      'bench/results/**',
      // Deliberate violations, linted by test/unit/lint-rules.spec.ts to prove the rules bite.
      'test/fixtures/lint/**',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // Plain JavaScript: the launcher scripts and config files (CommonJS, Node).
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...js.configs.recommended,
    languageOptions: { globals: { ...globals.node }, sourceType: 'commonjs' },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },

  // TypeScript everywhere, type-aware.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TS_FILES })),
  {
    files: TS_FILES,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // SQL rows (`dataSource.query`), HTTP bodies (supertest) and update payloads are `any` by the
      // libraries' design; typing them is the typed-task-data work, not a lint fix. Until then
      // the no-unsafe-* family would flag every row read.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // `never` in a template is the exhaustive-switch idiom (`unknown kind ${x satisfies never}`).
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true, allowNever: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },

  // The React app.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    // The two classic hooks rules. The plugin's React Compiler rules (set-state-in-effect, …) are
    // for apps built with the compiler, which this one is not.
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // JSX event handlers may be async; each one here reports its own failure to the page.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
    languageOptions: { globals: { ...globals.browser } },
  },

  // Workflows: deterministic code only.
  {
    files: ['workflows/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', WORKFLOW_IMPORT_RULES],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Workflows never read the process or its environment; pass values as input.' },
        { name: 'require', message: 'Workflows import statically.' },
        { name: '__dirname', message: 'Workflows have no file system.' },
      ],
      'no-console': ['error'],
    },
  },
);
