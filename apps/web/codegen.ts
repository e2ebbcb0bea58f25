import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed schema. Operations are written with `graphql()` in the routes and
 * components; `npm run codegen` regenerates app/graphql/, and `npm run typecheck` runs it with --check, so a
 * document that no longer matches the schema (or generated code that drifted) fails CI.
 * The e2e specs (test/codegen.ts) reuse `output`, so their documents are typed exactly like the client's.
 */
export const output = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'string', ID: 'string' },
    documentMode: 'string',
    skipTypename: true,
  },
} as const;

// The client preset's graphql() keeps a map of every document it generated, and that map ships with any page
// that calls graphql(). The account screens and the session bootstrap (loaded lazily) get their own output, so
// their documents never weigh on the first load of a public page.
const ACCOUNT_DOCUMENTS = ['app/routes/account/*.tsx', 'app/lib/session-bootstrap.ts'];
// The member's screens and controls (asking, answering, proposing, supporting…): loaded only once signed in.
const MEMBER_DOCUMENTS = ['app/member/**/*.ts', 'app/member/**/*.tsx', '!app/member/**/*.spec.ts'];

// The member's own screens (/me/*, lazy) and the header's unread badge: their own output as well.
const ME_DOCUMENTS = ['app/me/**/*.tsx', 'app/me/**/*.ts'];
// The moderator and brand team workspaces: their documents load with their screens only, like the account ones.
const WORKSPACE_DOCUMENTS = ['app/workspace/**/*.tsx'];

// The brand team's and owners' workspace (lazy): its own output too.
const BRAND_DOCUMENTS = ['app/brand/**/*.tsx', 'app/brand/**/*.ts', '!app/brand/**/*.spec.ts'];

const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'app/graphql/': {
      ...output,
      documents: ['app/**/*.tsx', 'app/**/*.ts', '!app/graphql/**', '!app/graphql-account/**', '!app/graphql-member/**', '!app/member/**', '!app/**/*.spec.ts', ...ACCOUNT_DOCUMENTS.map((glob) => `!${glob}`), '!app/graphql-me/**', ...ME_DOCUMENTS.map((glob) => `!${glob}`), '!app/graphql-workspace/**', ...WORKSPACE_DOCUMENTS.map((glob) => `!${glob}`), '!app/graphql-brand/**', '!app/brand/**'],
    },
    'app/graphql-account/': { ...output, documents: ACCOUNT_DOCUMENTS },
    'app/graphql-member/': { ...output, documents: MEMBER_DOCUMENTS },
    'app/graphql-me/': { ...output, documents: [...ME_DOCUMENTS, '!app/me/**/*.spec.ts'] },
    'app/graphql-workspace/': { ...output, documents: WORKSPACE_DOCUMENTS },
    'app/graphql-brand/': { ...output, documents: BRAND_DOCUMENTS },
  },
};

export default config;
