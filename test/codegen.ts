import type { CodegenConfig } from '@graphql-codegen/cli';
import { output } from '../apps/web/codegen';

/**
 * Typed documents for the e2e specs, from the committed schema, with the web client's preset and scalars.
 * Specs write their operations with `graphql()` from test/graphql; `npm run codegen` regenerates test/graphql/
 * and `npm run typecheck` runs it with --check. Deliberately untyped documents (hostile input, schema checks)
 * go through `platform.gqlRaw()` as plain strings and are not collected here.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'test/graphql/': { ...output, documents: ['test/**/*.ts', '!test/graphql/**', '!test/codegen.ts'] },
  },
};

export default config;
