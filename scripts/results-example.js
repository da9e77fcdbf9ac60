// Writes the demo's indicator set, examples/indicator-set.json, and the
// same set as a Colombian CSV export, examples/indicator-set.csv, from
// the invented values of scripts/results-example/values.ts and the
// engine's catalogue. Run `node scripts/results-example.js` after
// changing either; a test checks that the files are current.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const bundled = await build({
  stdin: {
    contents: "export * from './scripts/results-example/demo-set.ts';\n" +
      "export * from './scripts/results-example/demo-csv.ts';\n",
    resolveDir: root,
    loader: 'ts',
  },
  absWorkingDir: root,
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const code = Buffer.from(bundled.outputFiles[0].text).toString('base64');
const { demoIndicatorSet, demoIndicatorCsv } =
  await import(`data:text/javascript;base64,${code}`);

const set = demoIndicatorSet();
const json = `${JSON.stringify(set, null, 2)}\n`;
await writeFile(new URL('../examples/indicator-set.json', import.meta.url),
  json);
await writeFile(new URL('../examples/indicator-set.csv', import.meta.url),
  demoIndicatorCsv(set));
console.log(`examples/indicator-set.json and .csv: ` +
  `${set.indicators.length} indicators of ${set.entity.name}`);
