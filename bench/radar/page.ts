// The page of the radar benchmark: the same data drawn by
// <sctmm-radar-chart> and by Chart.js's radar, each timed in the page.
import {
  Chart,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
} from 'chart.js';
import '../../src/components/radar-chart/define.ts';
import type {
  RadarSeries,
} from '../../src/components/radar-chart/radar-chart.ts';

Chart.register(
  RadarController, RadialLinearScale, PointElement, LineElement, Filler,
  Legend,
);

const AXES = 11;
const SERIES = 3;
const UPDATES = 50;
const SIZE = 600;

const labels = [
  'Gobernanza', 'Medio ambiente', 'Hábitat', 'Calidad de vida', 'Personas',
  'Desarrollo económico', 'Institucionalidad e innovación',
  'Infraestructura digital e interoperabilidad',
  'Liderazgo y capital humano', 'Tecnología y estándares',
  'Analítica y gestión de los datos',
];
const keys = labels.map((_, i) => `k${i}`);

/** A fixed pseudo-random sequence, so both sides get the same numbers. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/** Frame `n` of the data: 3 series of 11 values from 0 to 6. */
function frame(n: number): number[][] {
  const next = random(n + 1);
  return Array.from({ length: SERIES }, () =>
    Array.from({ length: AXES }, () => Math.round(next() * 60) / 10));
}

const frames = Array.from({ length: UPDATES + 1 }, (_, n) => frame(n));
const names = ['2024', '2025', 'Pares'];

function toSeries(values: number[][]): RadarSeries[] {
  return values.map((row, s) => ({
    name: names[s]!,
    values: Object.fromEntries(row.map((v, i) => [keys[i], v])),
  }));
}

/** Waits until the browser has drawn a frame after the current work. */
function drawn(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

function stage(): HTMLDivElement {
  const div = document.createElement('div');
  div.style.width = `${SIZE}px`;
  document.body.append(div);
  return div;
}

interface Timing {
  /** From creating the chart to the frame that shows it. */
  first: number;
  /** The 50 updates, each until the frame that shows it. */
  updates: number;
  /** Of the updates, the time in script, style and layout only. */
  sync: number;
}

async function ours(): Promise<Timing> {
  const holder = stage();
  const axes = labels.map((label, i) => ({ key: keys[i]!, label }));
  const t0 = performance.now();
  const el = document.createElement('sctmm-radar-chart');
  el.axes = axes;
  el.series = toSeries(frames[0]!);
  holder.append(el);
  await el.updateComplete;
  holder.getBoundingClientRect();
  await drawn();
  const t1 = performance.now();
  let sync = 0;
  for (let n = 1; n <= UPDATES; n++) {
    const s = performance.now();
    el.series = toSeries(frames[n]!);
    await el.updateComplete;
    holder.getBoundingClientRect();
    sync += performance.now() - s;
    await drawn();
  }
  const t2 = performance.now();
  check(el.shadowRoot!.querySelectorAll('.chart .line').length === SERIES);
  holder.remove();
  return { first: t1 - t0, updates: t2 - t1, sync };
}

async function chartjs(): Promise<Timing> {
  const holder = stage();
  const t0 = performance.now();
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  holder.append(canvas);
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels,
      datasets: frames[0]!.map((data, s) => ({ label: names[s], data })),
    },
    options: {
      animation: false,
      responsive: false,
      scales: { r: { min: 0, max: 6, ticks: { stepSize: 1 } } },
    },
  });
  holder.getBoundingClientRect();
  await drawn();
  const t1 = performance.now();
  let sync = 0;
  for (let n = 1; n <= UPDATES; n++) {
    const s = performance.now();
    frames[n]!.forEach((data, i) => {
      chart.data.datasets[i]!.data = data;
    });
    chart.update('none');
    holder.getBoundingClientRect();
    sync += performance.now() - s;
    await drawn();
  }
  const t2 = performance.now();
  chart.destroy();
  holder.remove();
  return { first: t1 - t0, updates: t2 - t1, sync };
}

/**
 * The same loop with nothing to draw but a 1-pixel change: what 51
 * frames cost this browser whatever the chart, for context.
 */
async function floor(): Promise<Timing> {
  const dot = stage();
  dot.style.height = '1px';
  const t0 = performance.now();
  dot.style.background = '#000';
  await drawn();
  const t1 = performance.now();
  for (let n = 1; n <= UPDATES; n++) {
    dot.style.background = n % 2 ? '#fff' : '#000';
    dot.getBoundingClientRect();
    await drawn();
  }
  const t2 = performance.now();
  dot.remove();
  return { first: t1 - t0, updates: t2 - t1, sync: 0 };
}

function check(ok: boolean) {
  if (!ok) throw new Error('the radar did not draw its series');
}

declare global {
  interface Window {
    bench: Record<'ours' | 'chartjs' | 'floor', () => Promise<Timing>>;
  }
}

window.bench = { ours, chartjs, floor };
