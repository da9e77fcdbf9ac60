import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import {
  chromiumArgs,
  findBrowser,
  installHint,
} from './scripts/find-browser.js';
import { badgeRoutes } from './test/components/index-badge/server.js';

const executablePath = findBrowser();
if (!executablePath) throw new Error(installHint);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  // Snapshots, HTTP errors and slow or broken answers under /__badge/,
  // from this real server, for the <sctmm-index-badge> tests.
  middleware: [badgeRoutes],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
