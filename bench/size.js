// `npm run bench:size`: our sizes next to the libraries a municipality
// might reach for instead, each bundled and weighed the same way in the
// same run (scripts/measure.js: esbuild, minified ES module, gzip -9,
// CSS as its own minified file): Chart.js and ECharts drawing a radar,
// registered with only what a radar needs, and SurveyJS's form library
// with its default stylesheet, imported as its documentation shows.
// Prints a table of sizes, then the ratios (ours / theirs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kB, measure } from '../scripts/measure.js';

const root = join(import.meta.dirname, '..');

/** The installed version of a package (ours for `.`), for the table. */
function version(name) {
  const dir = name === '.' ? root : join(root, 'node_modules', name);
  const file = join(dir, 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

const chartJs = `
import {
  Chart, RadarController, RadialLinearScale, PointElement, LineElement,
  Filler, Legend, Tooltip,
} from 'chart.js';
Chart.register(RadarController, RadialLinearScale, PointElement,
  LineElement, Filler, Legend, Tooltip);
export { Chart };`;

const echarts = `
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import {
  LegendComponent, RadarComponent, TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([RadarChart, RadarComponent, LegendComponent,
  TooltipComponent, CanvasRenderer]);
export { echarts };`;

const surveyJs = `
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import 'survey-core/survey-core.css';
export { Model, renderSurvey };`;

/** Name, version and the module a page would bundle. */
const cases = {
  badge: ['sctmm/index-badge', version('.'), "import 'sctmm/index-badge';"],
  radar: ['sctmm/radar-chart', version('.'), "import 'sctmm/radar-chart';"],
  survey: ['sctmm/perception-survey', version('.'),
    "import 'sctmm/perception-survey';"],
  everything: ['sctmm, everything', version('.'), "export * from 'sctmm';"],
  chartJs: ['Chart.js radar', version('chart.js'), chartJs],
  echarts: ['ECharts radar', version('echarts'), echarts],
  surveyJs: ['SurveyJS form library + CSS', version('survey-core'),
    surveyJs],
};

/** Our entry and theirs, as the ratio rows name them. */
const ratios = [
  ['radar', 'chartJs', 'our radar / Chart.js radar'],
  ['radar', 'echarts', 'our radar / ECharts radar'],
  ['survey', 'surveyJs', 'our survey / SurveyJS'],
  ['everything', 'surveyJs', 'our everything / SurveyJS'],
];

const sizes = {};
for (const [key, [, , code]] of Object.entries(cases)) {
  sizes[key] = await measure(code, root);
}

const width = 30;
const row = (cells) => cells.map((c, i) =>
  i ? String(c).padStart(10) : String(c).padEnd(width)).join('');

console.log('Sizes: esbuild, minified ES module, gzip -9; 1 kB = 1,000 B.');
console.log(row(['bundle', 'version', 'min kB', 'gzip kB']));
for (const [key, [name, ver]] of Object.entries(cases)) {
  console.log(row([name, ver, kB(sizes[key].min), kB(sizes[key].gzip)]));
}

console.log('');
console.log(row(['ratio of gzip sizes', 'ratio']));
for (const [ours, theirs, name] of ratios) {
  const ratio = (sizes[ours].gzip / sizes[theirs].gzip).toFixed(2);
  console.log(row([name, ratio]));
}
