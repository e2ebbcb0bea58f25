import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed schema. Operations are written with `graphql()` in the routes and
 * components; `npm run codegen` regenerates app/graphql/, and `npm run typecheck` runs it with --check, so a
 * document that no longer matches the schema (or generated code that drifted) fails CI.
 */
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['app/**/*.tsx', 'app/**/*.ts', '!app/graphql/**', '!app/**/*.spec.ts'],
  ignoreNoDocuments: false,
  generates: {
    'app/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', ID: 'string' },
        documentMode: 'string',
        skipTypename: true,
      },
    },
  },
};

export default config;
