// Writes a responses CSV of made-up, deterministic answers, for tests and
// benchmarks: `id,segment,submittedAt`, then one column per statement id
// with 1..6 or empty ("don't know", one answer in ten); every field in
// quotes when asked, as Google Forms and many tools write them. The
// same seed gives the same bytes.
//
//   node scripts/generate-responses.js OUT.csv ROWS [SURVEY.json]
//
// Without SURVEY.json the columns are those of the default survey.
import { createWriteStream, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const SEGMENTS = ['academia', 'public', 'private', 'civil-society', ''];

/** A pseudo-random generator (mulberry32): the same seed, same numbers. */
export function randomFrom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function line(index, ids, random, faults) {
  const segment = faults && index % 97 === 13 ? 'gremio'
    : SEGMENTS[Math.floor(random() * SEGMENTS.length)];
  const day = String(1 + (index % 28)).padStart(2, '0');
  let text = `r${index.toString(36)},${segment},2026-03-${day}`;
  for (let s = 0; s < ids.length; s += 1) {
    const dontKnow = random() < 0.1;
    const rating = 1 + Math.floor(random() * 6);
    text += dontKnow ? ',' : `,${rating}`;
  }
  if (faults && index % 89 === 7) text = text.replace(/,\d$/, ',7');
  return `${text}\n`;
}

/** A line of fields separated by commas, each put in quotes. */
function quoteAll(text) {
  return `"${text.slice(0, -1).split(',').join('","')}"\n`;
}

/**
 * Writes `rows` responses to `ids` into `path`. With `faults`, some rows
 * have an unknown segment or a rating of 7, which readers must skip;
 * with `quoted`, every field is in quotes. Resolves when the file is
 * written.
 */
export async function writeResponses(path, { rows, ids, seed = 1,
  faults = false, quoted = false }) {
  const random = randomFrom(seed);
  const out = createWriteStream(path);
  const as = quoted ? quoteAll : (text) => text;
  let buffer = as(`id,segment,submittedAt,${ids.join(',')}\n`);
  for (let index = 0; index < rows; index += 1) {
    buffer += as(line(index, ids, random, faults));
    if (buffer.length < 1 << 20) continue;
    if (!out.write(buffer)) {
      await new Promise((resolve) => out.once('drain', resolve));
    }
    buffer = '';
  }
  await new Promise((resolve, reject) => {
    out.on('error', reject);
    out.end(buffer, resolve);
  });
}

async function cli([path, rows, surveyPath]) {
  if (!path || !(Number(rows) >= 0)) {
    console.error('usage: node scripts/generate-responses.js OUT.csv ' +
      'ROWS [SURVEY.json]');
    process.exit(2);
  }
  const ids = surveyPath
    ? JSON.parse(readFileSync(surveyPath, 'utf8')).statements.map((s) => s.id)
    : defaultIds();
  await writeResponses(path, { rows: Number(rows), ids });
}

function defaultIds() {
  const header = execCli(['template', 'responses']);
  return header.trim().split(',').slice(3);
}

function execCli(args) {
  const cli = new URL('../dist-cli/sctmm.js', import.meta.url);
  return execFileSync(process.execPath, [cli.pathname, ...args],
    { encoding: 'utf8' });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await cli(process.argv.slice(2));
}
