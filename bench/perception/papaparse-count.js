// The baseline of `npm run bench:perception`: counts a responses CSV
// into the same aggregate as `sctmm aggregate`, the way one would with
// papaparse: its streaming parser over a file stream, rows as arrays,
// a reduce into counts per segment, statement and rating. Rows with a
// wrong field count, a rating outside 1..L or an unknown segment are
// skipped, as ours skips them. Prints the aggregate as JSON.
//
//   node papaparse-count.js SURVEY.json FILE.csv
import { createReadStream, readFileSync } from 'node:fs';
import Papa from 'papaparse';

const [surveyPath, file] = process.argv.slice(2);
const survey = JSON.parse(readFileSync(surveyPath, 'utf8'));
const levels = 6;
const ids = survey.statements.map((statement) => statement.id);
const segmentKeys = ['academia', 'public', 'private', 'civil-society'];

let header;
let columns;
let segmentColumn;
const segments = {};

function ratingOf(cell) {
  if (cell === '') return 0;
  const value = Number(cell);
  return Number.isInteger(value) && value >= 1 && value <= levels
    ? value : -1;
}

function count(row) {
  if (!header) {
    header = row;
    columns = ids.map((id) => header.indexOf(id));
    segmentColumn = header.indexOf('segment');
    return;
  }
  if (row.length !== header.length) return;
  const segmentCell = row[segmentColumn];
  const key = segmentCell === '' ? 'unspecified' : segmentCell;
  if (key !== 'unspecified' && !segmentKeys.includes(key)) return;
  const ratings = columns.map((column) => ratingOf(row[column]));
  if (ratings.includes(-1)) return;

  segments[key] ??= {
    respondents: 0,
    counts: Object.fromEntries(ids.map((id) =>
      [id, new Array(levels + 1).fill(0)])),
  };
  const group = segments[key];
  group.respondents += 1;
  ratings.forEach((rating, i) => { group.counts[ids[i]][rating] += 1; });
}

Papa.parse(createReadStream(file, { highWaterMark: 1 << 20 }), {
  skipEmptyLines: true,
  chunk: (results) => results.data.forEach(count),
  complete: () => {
    process.stdout.write(JSON.stringify({
      format: 'sctmm/perception-aggregate@1',
      survey: { id: survey.id, version: survey.version },
      levels,
      segments,
    }));
  },
});
