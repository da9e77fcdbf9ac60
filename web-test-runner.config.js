import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import {
  chromiumArgs,
  findBrowser,
  installHint,
} from './scripts/find-browser.js';
import { badgeRoutes } from './test/components/index-badge/server.js';
import {
  surveyRoutes,
} from './test/components/perception-survey/server.js';
import { sharedDataRoutes } from './test/engine/shared-data-routes.js';
import { resultsRoutes } from './test/components/results-table/server.js';

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
  // from this real server, for the <sctmm-index-badge> tests; the real
  // open-data files of ../shared/data under /__data/ for results tests;
  // an endpoint that fails, then takes responses, under /__survey/, for
  // the <sctmm-perception-survey> tests; indicator sets in JSON and CSV,
  // good and bad, under /__results/, for the <sctmm-results-table> tests.
  middleware: [badgeRoutes, sharedDataRoutes, surveyRoutes, resultsRoutes],
  // Lit's notice that it runs its development build comes once per test
  // file; it would bury anything that matters in the output.
  filterBrowserLogs: ({ args }) =>
    !String(args[0]).startsWith('Lit is in dev mode'),
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
