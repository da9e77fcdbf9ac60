// `npm run bench:perception`: counts a generated file of 1,000,000
// responses × 30 statements with `sctmm aggregate` and with a plain
// papaparse + reduce baseline (bench/perception/papaparse-count.js), each
// in its own Node process, in alternating order over a few rounds. It
// prints the median wall time, rows per second and peak memory of each,
// the peak memory of both on a file ten times smaller (memory that does
// not grow with the file stays the same), and last `ratio: R`: our rows
// per second over the baseline's.
//
// The files go to a temporary folder, removed at the end. ROWS and
// ROUNDS in the environment change the size and the number of rounds.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResponses } from '../scripts/generate-responses.js';
import { byGnuTime, measure } from './perception/measure.js';
import { benchSurvey } from './perception/survey.js';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const STATEMENTS = 30;
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = here('../dist-cli/sctmm.js');
const baseline = here('perception/papaparse-count.js');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

const sides = {
  sctmm: (survey, file) => [cli, 'aggregate', '--survey', survey, file],
  papaparse: (survey, file) => [baseline, survey, file],
};

/** Both sides' counts must agree, cell by cell, before any timing. */
function assertSameCounts(ours, theirs) {
  const a = JSON.parse(ours).segments;
  const b = JSON.parse(theirs).segments;
  const keys = Object.keys(a).sort();
  if (keys.join() !== Object.keys(b).sort().join() ||
    keys.some((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))) {
    throw new Error('sctmm and the baseline count differently');
  }
}

async function rounds(survey, file) {
  const runs = { sctmm: [], papaparse: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 ? ['papaparse', 'sctmm'] : ['sctmm', 'papaparse'];
    const outputs = {};
    for (const side of order) {
      const run = await measure(sides[side](survey, file));
      runs[side].push(run);
      outputs[side] = run.stdout;
    }
    if (round === 0) assertSameCounts(outputs.sctmm, outputs.papaparse);
  }
  return runs;
}

const dir = await mkdtemp(join(tmpdir(), 'sctmm-bench-'));
try {
  const survey = await benchSurvey(STATEMENTS);
  const surveyPath = join(dir, 'survey.json');
  await writeFile(surveyPath, JSON.stringify(survey));
  const ids = survey.statements.map((statement) => statement.id);
  const big = join(dir, 'responses.csv');
  const small = join(dir, 'responses-small.csv');
  await writeResponses(big, { rows: ROWS, ids, seed: 1 });
  await writeResponses(small, { rows: ROWS / 10, ids, seed: 2 });
  const megabytes = (await stat(big)).size / 1e6;

  const runs = await rounds(surveyPath, big);
  const smallRuns = await rounds(surveyPath, small);
  const figure = (side, pick, list = runs) => median(list[side].map(pick));
  const rate = (side) => ROWS / figure(side, (run) => run.wall);

  const row = (label, a, b) => console.log(label.padEnd(32) +
    a.padStart(12) + b.padStart(12));
  console.log(`perception aggregate: ${ROWS.toLocaleString('en')} ` +
    `responses × ${STATEMENTS} statements, ${megabytes.toFixed(1)} MB`);
  console.log(`Node ${process.version}; median of ${ROUNDS} rounds in ` +
    'alternating order; peak memory by ' +
    (byGnuTime ? 'GNU time' : 'process.resourceUsage'));
  row('', 'sctmm', 'papaparse');
  row('wall time, s', ...['sctmm', 'papaparse'].map((side) =>
    figure(side, (run) => run.wall).toFixed(2)));
  row('rows per second', ...['sctmm', 'papaparse'].map((side) =>
    Math.round(rate(side)).toLocaleString('en')));
  row('peak memory, MB', ...['sctmm', 'papaparse'].map((side) =>
    figure(side, (run) => run.peakMB).toFixed(1)));
  row(`peak memory, ${(ROWS / 10).toLocaleString('en')} rows, MB`,
    ...['sctmm', 'papaparse'].map((side) =>
      figure(side, (run) => run.peakMB, smallRuns).toFixed(1)));
  console.log(`ratio: ${(rate('sctmm') / rate('papaparse')).toFixed(2)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
