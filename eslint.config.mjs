// @ts-check
/**
 * Flat config: typescript-eslint "recommended" (not type-checked: fast) + Nx module boundaries.
 * Boundaries come from the tags in each project.json:
 *   type:app -> feature/core/contracts, type:feature -> feature/core/contracts,
 *   type:core -> core/contracts, type:contracts -> contracts.
 * Feature-to-feature direction (ARCHITECTURE.md) through scope tags:
 *   members <- communities <- advice, ideas <- recognition (media, which stores images, sits between communities and advice, ideas), moderation, notifications <- insights;
 *   privacy imports no feature; the gateway imports no feature.
 * The web client (scope:web) talks to the API only over HTTP: it may import libs/contracts, never a server lib.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';

// The boundaries rule builds the Nx project graph; do it in-process, offline, without a daemon.
process.env.NX_DAEMON ??= 'false';

const base = ['type:core', 'type:contracts'];
/** Each feature scope may import the scopes upstream of it (transitively), never sideways or downstream. */
const upstream = {
  members: [],
  communities: ['members'],
  media: ['communities', 'members'],
  advice: ['media', 'communities', 'members'],
  ideas: ['media', 'communities', 'members'],
  recognition: ['advice', 'ideas', 'communities', 'members'],
  moderation: ['advice', 'ideas', 'communities', 'members'],
  notifications: ['advice', 'ideas', 'communities', 'members'],
  insights: ['recognition', 'moderation', 'notifications', 'advice', 'ideas', 'communities', 'members'],
  privacy: [],
};

const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', ...base] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', ...base] },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: base },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: base },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:contracts'] },
  ...Object.entries(upstream).map(([scope, allowed]) => ({
    sourceTag: `scope:${scope}`,
    onlyDependOnLibsWithTags: [`scope:${scope}`, ...allowed.map((name) => `scope:${name}`), ...base],
  })),
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '**/.nx/**', 'tools/bench/results/**', 'coverage/**', 'tmp/**', 'apps/web/app/graphql/**', 'apps/web/app/graphql-account/**', 'apps/web/app/graphql-member/**', 'apps/web/app/graphql-me/**', 'apps/web/app/graphql-workspace/**', 'apps/web/app/graphql-brand/**', 'test/graphql/**', 'apps/web/.react-router/**', 'docs/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints,
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Node scripts (CommonJS) and configs.
    files: ['**/*.cjs', '**/*.js', '**/*.mjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', process: 'readonly',
        console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        fetch: 'readonly', URL: 'readonly', Buffer: 'readonly', AbortSignal: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // The web server is an ES module run by Node.
    files: ['apps/web/server/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
);
