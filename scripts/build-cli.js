// Builds the command line: src/cli/bin.ts and the engine it imports,
// bundled for Node 20 into one ES module, dist-cli/sctmm.js, the
// package's `bin`. `npm ci` runs it through the `prepare` script.
import { chmod, readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const outfile = 'dist-cli/sctmm.js';
const pkg = JSON.parse(await readFile('package.json', 'utf8'));

await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  define: { SCTMM_VERSION: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
