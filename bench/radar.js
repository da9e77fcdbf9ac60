// `npm run bench:radar`: draws the same radar (11 axes, 3 series, then 50
// updates) with <sctmm-radar-chart> and with Chart.js in one headless
// Chromium, in alternating rounds, and prints the median times and, last,
// `ratio: R` (ours over Chart.js, first render plus updates).
//
// Each timing runs in the page with performance.now() and ends when the
// browser has drawn the frame that shows the result (a requestAnimationFrame
// callback, then a task after it), so style, layout and paint count for
// both sides. Frame-rate limits are lifted so waiting for a frame costs
// only the work it does. Two context rows follow: the renderer's main
// thread busy time over the whole run (CDP Performance.TaskDuration), and
// the updates' script, style and layout alone (Chart.js draws its canvas
// in script; the SVG is painted later, in the frame, so that row leaves
// out our paint and flatters us: it is not the ratio). Last comes the cost
// of 51 frames that draw almost nothing, which both sides pay, and the
// ratio that cost alone would give: the lowest any chart can reach here.
import { bundle, launch, pageWith, serve } from './lib/page.js';

const ROUNDS = Number(process.env.ROUNDS ?? 9);
const WARMUP = 2;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const script = await bundle('bench/radar/page.ts');
const server = await serve({
  '/': { type: 'text/html; charset=utf-8', body: pageWith(800) },
  '/page.js': { type: 'text/javascript', body: script },
  '/favicon.ico': { type: 'image/x-icon', body: '' },
});
const browser = await launch([
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--window-size=1000,1000',
]);

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 1000 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.bench !== undefined);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const busy = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  };

  const times = { ours: [], chartjs: [], floor: [] };
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const order = round % 2 ? ['chartjs', 'ours', 'floor']
      : ['ours', 'chartjs', 'floor'];
    for (const side of order) {
      const before = await busy();
      const t = await page.evaluate((s) => window.bench[s](), side);
      t.busy = (await busy()) - before;
      if (round >= WARMUP) times[side].push(t);
    }
  }
  if (errors.length) throw new Error(`the page failed:\n${errors.join('\n')}`);

  const version = await browser.version();
  const row = (label, pick) => {
    const a = median(times.ours.map(pick));
    const b = median(times.chartjs.map(pick));
    console.log(`${label.padEnd(34)}${a.toFixed(1).padStart(9)}` +
      `${b.toFixed(1).padStart(11)}`);
    return { a, b };
  };
  console.log(`radar: 11 axes, 3 series, 50 updates; ${version}; ` +
    `median of ${ROUNDS} rounds after ${WARMUP} warm-up; ms`);
  console.log(`${''.padEnd(34)}${'sctmm'.padStart(9)}` +
    `${'Chart.js'.padStart(11)}`);
  row('first render, to drawn frame', (t) => t.first);
  row('50 updates, each to drawn frame', (t) => t.updates);
  const total = row('total', (t) => t.first + t.updates);
  // For context only: the ratio is taken on the totals above.
  row('  main thread busy, whole run', (t) => t.busy);
  row('  50 updates, script+style+layout', (t) => t.sync);
  const empty = median(times.floor.map((t) => t.first + t.updates));
  console.log(`  (51 frames with only a 1-px change take ${empty.toFixed(1)}` +
    ' ms here)');
  console.log('  (so a chart that cost nothing but its frames would have ' +
    `ratio ${(empty / total.b).toFixed(2)} here)`);
  console.log(`ratio: ${(total.a / total.b).toFixed(2)}`);
} finally {
  await browser.close();
  await server.close();
}
