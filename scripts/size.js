// `npm run size`: what each entry of the package costs a page, measured
// on the built dist/ (`npm run size` builds it first) the way a user's
// bundler takes it (scripts/measure.js), against the budgets of issue 8.
// Prints a table and, for each entry over its budget, what it carries;
// exits 1 when an entry is over. `--details` lists what every entry
// carries.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { heaviest, kB, measure, measureFile } from './measure.js';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const details = process.argv.includes('--details');

/** Budgets in kB, min+gzip, with everything the entry needs. */
const budgets = {
  'sctmm/index-badge': 16,
  'sctmm/radar-chart': 22,
  'sctmm, everything': 60,
};

/** Each element's entry: the exports that point into dist/components. */
const elements = Object.entries(pkg.exports)
  .filter(([, target]) => target.default?.startsWith('./dist/components/'))
  .map(([path]) => `sctmm${path.slice(1)}`);

/** What is measured: a name and the module a user would write. */
const cases = [
  ...elements.map((name) => [name, `import '${name}';`]),
  ['sctmm/engine', "export * from 'sctmm/engine';"],
  ['sctmm, all elements', "import 'sctmm';"],
  ['sctmm, everything', "export * from 'sctmm';"],
];

/** The single-file bundles, weighed as they are. */
const files = ['dist/sctmm.bundle.js', 'dist/sctmm.iife.js'];

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('size: dist/ is not built; run `npm run size`, which ' +
    'builds it first, or `npm run build`.');
  process.exit(1);
}

const rows = [];
for (const [name, code] of cases) {
  rows.push({ name, ...await measure(code, root), budget: budgets[name] });
}
for (const file of files) {
  rows.push({ name: `${file} (file)`, ...await measureFile(join(root, file)) });
}

const over = rows.filter((r) => r.budget !== undefined &&
  r.gzip > r.budget * 1000);
const width = Math.max(...rows.map((r) => r.name.length));
const line = (cells) => cells.map((c, i) =>
  i ? String(c).padStart(10) : String(c).padEnd(width)).join('');

console.log('Sizes: esbuild, minified ES module, gzip -9; 1 kB = 1,000 B.');
console.log(line(['entry', 'min kB', 'gzip kB', 'budget']));
for (const row of rows) {
  const budget = row.budget === undefined ? '—' : row.budget.toFixed(1);
  const verdict = row.budget === undefined ? ''
    : over.includes(row) ? `  OVER by ${kB(row.gzip - row.budget * 1000)}`
      : '  ok';
  console.log(line([row.name, kB(row.min), kB(row.gzip), budget]) +
    verdict);
}

for (const row of details ? rows.filter((r) => r.inputs) : over) {
  console.log(`\n${row.name} carries (minified kB, before gzip):`);
  for (const [group, bytes] of heaviest(row.inputs)) {
    console.log(`  ${kB(bytes).padStart(6)}  ${group}`);
  }
}

if (over.length) {
  console.log(`\n${over.length} of ${Object.keys(budgets).length} ` +
    'budgets exceeded.');
  process.exit(1);
}
console.log('\nEvery budget is met.');
