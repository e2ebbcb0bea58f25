import type { Config } from '@react-router/dev/config';

export default {
  appDirectory: 'app',
  // Beside the servers' compiled output, so `npm start` finds everything under dist/.
  buildDirectory: '../../dist/web',
  ssr: true,
  // .mjs: Node loads the server build as an ES module without a "type" field in the root package.json.
  serverBuildFile: 'index.mjs',
} satisfies Config;
