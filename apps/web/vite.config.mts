import { reactRouter } from '@react-router/dev/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  resolve: {
    alias: {
      // The one workspace lib the web client may import (ESLint module boundaries enforce it).
      '@palabre/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
    },
  },
  build: { sourcemap: false },
  environments: {
    // The server build's lazy chunks (member screens) are ES modules too: .mjs, like index.mjs, so Node loads them
    // without a "type" field (no reparse warning).
    ssr: { build: { rolldownOptions: { output: { chunkFileNames: 'assets/[name]-[hash].mjs' } } } },
    client: {
      build: {
        // What every page loads goes in two chunks (the framework, then our shared code): left to itself, the
        // splitter cuts it in many small files as lazy screens share pieces of it, and each file gzips on its own
        // (≈ 3 KB more on the first load of a thread page). Lazy code (account screens, socket.io-client) stays apart.
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'framework', test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser|rosetta)[\\/]/ },
                { name: 'shared', test: /app[\\/](lib[\\/](i18n[\\/](i18n|en|fr)|session|graphql-client|nonce|meta|route-errors)\.ts|components[\\/]account-nav\.tsx)$/ },
              ],
            },
          },
        },
      },
    },
  },
});
