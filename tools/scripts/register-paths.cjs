'use strict';
/**
 * Runtime resolution of the @palabre/* aliases for the compiled output in dist/.
 * tsc keeps `require('@palabre/core')` as written; this maps each alias of tsconfig.base.json
 * to its compiled index.js. Use with `node -r ./tools/scripts/register-paths.cjs dist/...`.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { register } = require('tsconfig-paths');

const repoRoot = join(__dirname, '..', '..');
const tsconfig = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.base.json'), 'utf8'));

/** '@palabre/core' -> ['libs/server/core/src/index.js'] */
const paths = {};
for (const [alias, targets] of Object.entries(tsconfig.compilerOptions.paths || {})) {
  paths[alias] = targets.map((target) => target.replace(/^\.\//, '').replace(/\.ts$/, '.js'));
}

register({ baseUrl: join(repoRoot, 'dist'), paths, addMatchAll: false });
