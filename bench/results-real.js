// `npm run results:real`: the results measurement on real open data. For
// every municipality of DANE's DIVIPOLA list, the level of its fixed
// internet penetration (MinTIC; baseline 2019 Q4, current 2023 Q3; peers:
// every municipality with a current value), then one line per level,
// `level N: COUNT`, then `no data: COUNT`, then the time taken.
//
// The files are read as they are from the folder scripts/shared-data.js
// finds: SCTMM_DATA_DIR, ../shared/data beside the repository, or beside
// the repository it was cloned from. The engine's TypeScript is bundled
// with esbuild and run here, in Node.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { findDataDir, repoRoot as root } from '../scripts/shared-data.js';

const bundled = await build({
  entryPoints: ['bench/results-real/fixed-internet.ts'],
  absWorkingDir: root,
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const code = Buffer.from(bundled.outputFiles[0].text).toString('base64');
const { DATA_FILES, fixedInternetLevels, BASELINE, CURRENT } =
  await import(`data:text/javascript;base64,${code}`);

let dataDir;
try {
  dataDir = findDataDir([DATA_FILES.mintic, DATA_FILES.divipola]);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const readData = (name) =>
  readFile(resolve(dataDir, name), 'utf8').catch((error) => {
    console.error(`cannot read ${name} in ${dataDir} (${error.code}); ` +
      'set SCTMM_DATA_DIR to the folder that holds it');
    process.exit(1);
  });

const start = performance.now();
const [mintic, divipola] = await Promise.all([
  readData(DATA_FILES.mintic),
  readData(DATA_FILES.divipola),
]);
const read = performance.now();
const run = fixedInternetLevels(mintic, divipola);
const done = performance.now();

const counts = new Map();
let noData = 0;
for (const result of run.results.values()) {
  if (result.level === null) noData++;
  else counts.set(result.level, (counts.get(result.level) ?? 0) + 1);
}

const round = (value) => value.toFixed(2);
console.log(`fixed internet accesses per 100 residents, ` +
  `${BASELINE.period} to ${CURRENT.period}; ${run.results.size} ` +
  `municipalities in DIVIPOLA; peers: ${run.peerCount}, average ` +
  `${round(run.peers.average)}, best (90th percentile) ` +
  `${round(run.peers.best)}`);
for (let level = 1; level <= 6; level++) {
  console.log(`level ${level}: ${counts.get(level) ?? 0}`);
}
console.log(`no data: ${noData}`);
const conflicting = run.duplicates.filter((d) => !d.used).length;
const examples = run.duplicates.slice(0, 3).map((d) => `${d.code} ` +
  `${d.period} rows ${d.rows.join(', ')}`);
console.log(`repeated municipality-quarters: ${run.duplicates.length}` +
  (run.duplicates.length ? ` (${conflicting} with differing values, ` +
    `not used; e.g. ${examples.join('; ')})` : ''));
for (const { file, problem } of run.problems) {
  console.log(`unreadable: ${file} row ${problem.row}: ${problem.reason}`);
}
console.log(`time: ${(done - start).toFixed(0)} ms (reading files ` +
  `${(read - start).toFixed(0)} ms, parsing and scoring ` +
  `${(done - read).toFixed(0)} ms)`);
