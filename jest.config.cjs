// @ts-check
/**
 * Two projects, picked with `--selectProjects`:
 *   unit  – specs beside the code (libs/**, apps/**)
 *   e2e   – test/**: the real apps against a real PostgreSQL (one embedded server per run)
 * Run with NODE_OPTIONS=--experimental-vm-modules (see package.json): NestJS 12 packages are ESM-only.
 */
const { availableParallelism } = require('node:os');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const rootDir = __dirname;

/** @palabre/* aliases, read from tsconfig.base.json so there is one source of truth. */
function aliasMapper() {
  const tsconfig = JSON.parse(readFileSync(join(rootDir, 'tsconfig.base.json'), 'utf8'));
  /** @type {Record<string, string>} */
  const mapper = {};
  for (const [alias, [target]] of Object.entries(tsconfig.compilerOptions.paths ?? {})) {
    mapper[`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`] = join('<rootDir>', target);
  }
  return mapper;
}

/** @swc/jest: TypeScript with legacy decorators + emitDecoratorMetadata (code-first GraphQL needs it), CommonJS out. */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** @type {import('jest').Config} */
const shared = {
  rootDir,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': swcTransform },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: aliasMapper(),
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/.nx/'],
};

const workers = Number(process.env.JEST_MAX_WORKERS) || Math.min(4, Math.max(2, availableParallelism()));

/** @type {import('jest').Config} */
module.exports = {
  // e2e specs mostly wait on PostgreSQL and HTTP: run at least two files at once even on a 2-core machine.
  maxWorkers: workers,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testTimeout: 60_000,
      setupFilesAfterEnv: ['<rootDir>/test/support/jest-setup.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
