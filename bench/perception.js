// `npm run bench:perception`: counts a generated file of 1,000,000
// responses × 30 statements with `sctmm aggregate` and with a plain
// papaparse + reduce baseline (bench/perception/papaparse-count.js), each
// in its own Node process, in alternating order over a few rounds; then
// the same rows with every field in quotes, as Google Forms writes them.
// For each side it prints the median wall time, CPU time (user + system,
// as the process reports it), rows per CPU second and peak memory, the
// peak memory of both on a file ten times smaller (memory that does not
// grow with the file stays the same), and last `ratio: R`: our rows per
// CPU second over the baseline's, on the file without quotes. CPU time
// rather than wall time, because other work on a busy machine stretches
// wall time by as much as it likes and CPU time much less.
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
const SIDES = ['sctmm', 'papaparse'];
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const cli = here('../dist-cli/sctmm.js');
const baseline = here('perception/papaparse-count.js');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

const commands = {
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

/** Each side's runs over `file`, in alternating order, checked alike. */
async function rounds(survey, file) {
  const runs = { sctmm: [], papaparse: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 ? [...SIDES].reverse() : SIDES;
    const outputs = {};
    for (const side of order) {
      const run = await measure(commands[side](survey, file));
      runs[side].push(run);
      outputs[side] = run.stdout;
    }
    if (round === 0) assertSameCounts(outputs.sctmm, outputs.papaparse);
  }
  return runs;
}

/** The median of `pick` over a side's runs. */
const figure = (runs, side, pick) => median(runs[side].map(pick));

/** Rows per CPU second of a side. */
const rate = (runs, side) => ROWS / figure(runs, side, (run) => run.cpu);

const row = (label, [a, b]) =>
  console.log(label.padEnd(32) + a.padStart(12) + b.padStart(12));

/** The table of one file: wall time, CPU time, rows per CPU second. */
function table(title, runs) {
  row(title, SIDES);
  row('wall time, s', SIDES.map((side) =>
    figure(runs, side, (run) => run.wall).toFixed(2)));
  row('CPU time (user + sys), s', SIDES.map((side) =>
    figure(runs, side, (run) => run.cpu).toFixed(2)));
  row('rows per CPU second', SIDES.map((side) =>
    Math.round(rate(runs, side)).toLocaleString('en')));
  row('rows per wall second', SIDES.map((side) =>
    Math.round(ROWS / figure(runs, side, (run) => run.wall))
      .toLocaleString('en')));
}

async function sizeOf(path) {
  return `${((await stat(path)).size / 1e6).toFixed(1)} MB`;
}

const dir = await mkdtemp(join(tmpdir(), 'sctmm-bench-'));
try {
  const survey = await benchSurvey(STATEMENTS);
  const surveyPath = join(dir, 'survey.json');
  await writeFile(surveyPath, JSON.stringify(survey));
  const ids = survey.statements.map((statement) => statement.id);
  const big = join(dir, 'responses.csv');
  const quoted = join(dir, 'responses-quoted.csv');
  const small = join(dir, 'responses-small.csv');
  await writeResponses(big, { rows: ROWS, ids, seed: 1 });
  await writeResponses(quoted, { rows: ROWS, ids, seed: 1, quoted: true });
  await writeResponses(small, { rows: ROWS / 10, ids, seed: 2 });

  const runs = await rounds(surveyPath, big);
  const quotedRuns = await rounds(surveyPath, quoted);
  const smallRuns = await rounds(surveyPath, small);

  console.log(`perception aggregate: ${ROWS.toLocaleString('en')} ` +
    `responses × ${STATEMENTS} statements`);
  console.log(`Node ${process.version}; median of ${ROUNDS} rounds in ` +
    'alternating order; CPU time as each process reports it; peak ' +
    `memory by ${byGnuTime ? 'GNU time' : 'process.resourceUsage'}`);
  table(`no quotes, ${await sizeOf(big)}`, runs);
  row('peak memory, MB', SIDES.map((side) =>
    figure(runs, side, (run) => run.peakMB).toFixed(1)));
  row(`peak memory, ${(ROWS / 10).toLocaleString('en')} rows, MB`,
    SIDES.map((side) =>
      figure(smallRuns, side, (run) => run.peakMB).toFixed(1)));
  table(`every field quoted, ${await sizeOf(quoted)}`, quotedRuns);
  row('peak memory, MB', SIDES.map((side) =>
    figure(quotedRuns, side, (run) => run.peakMB).toFixed(1)));
  const ratio = (list) => rate(list, 'sctmm') / rate(list, 'papaparse');
  console.log(`quoted file, rows per CPU second over the baseline's: ` +
    `${ratio(quotedRuns).toFixed(2)}`);
  console.log("ratio, rows per CPU second over the baseline's, on the " +
    'file without quotes:');
  console.log(`ratio: ${ratio(runs).toFixed(2)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
