import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/components/radar-chart/define.ts';
import type {
  RadarSeries,
  SctmmRadarChart,
} from '../src/components/radar-chart/radar-chart.ts';

const TAG = 'sctmm-radar-chart';

/** Args named after the element's attributes, plus the container width. */
interface Attributes {
  lang: 'es' | 'en';
  preset?: 'dimensions' | 'axes';
  axes?: string;
  series?: string;
  min?: number;
  max?: number;
  /** The width of the story's container, in CSS pixels. */
  width: number;
}

const DIMENSIONS = ['governance', 'environment', 'habitat',
  'quality-of-life', 'people', 'economic-development'];
const AXES = ['institutionality-innovation',
  'digital-infrastructure-interoperability', 'leadership-human-capital',
  'technology-standards', 'analytics-data-management'];

function series(name: string, keys: string[], values: (number | null)[]) {
  return { name, values: Object.fromEntries(keys.map((k, i) =>
    [k, values[i] ?? null])) };
}

/** Series as the `series` attribute takes them: JSON. */
const json = (value: RadarSeries[] | object[]) => JSON.stringify(value);

const TWO_YEARS = json([
  series('2025', DIMENSIONS, [4.5, 3, 2.2, 5, 3.5, 1]),
  series('2024', DIMENSIONS, [3, 2.5, 2, 4, 3, 1.5]),
]);

const TWELVE = [
  'Movilidad inteligente', 'Gobierno abierto', 'Participación ciudadana',
  'Gestión de riesgos', 'Calidad ambiental', 'Servicios públicos',
  'Seguridad', 'Educación', 'Salud', 'Innovación y emprendimiento',
  'Empleo', 'Cultura',
].map((label, i) => ({ key: `k${i + 1}`, label }));

function chartIn(canvasElement: HTMLElement): SctmmRadarChart {
  const el = canvasElement.querySelector<SctmmRadarChart>(TAG);
  if (!el) throw new Error(`the story rendered no <${TAG}>`);
  return el;
}

function inShadow<T extends Element>(el: SctmmRadarChart, selector: string) {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${TAG}>'s shadow root`);
  return found;
}

/** The container's width; styleMap sets it through the CSSOM. */
const box = (args: Attributes) => ({ width: `${args.width}px` });

const chart = (args: Attributes) => html`<sctmm-radar-chart
  lang=${args.lang}
  preset=${args.preset ?? nothing}
  axes=${args.axes ?? nothing}
  series=${args.series ?? nothing}
  min=${args.min ?? nothing}
  max=${args.max ?? nothing}
></sctmm-radar-chart>`;

// The Docs page takes the element's description and API from the Custom
// Elements Manifest (its JSDoc), so this meta has no doc comment of its own.
const meta = {
  title: 'Components/Radar chart',
  component: TAG,
  tags: ['autodocs'],
  decorators: [withActions],
  parameters: {
    actions: { handles: ['sctmm-error'] },
  },
  args: {
    lang: 'es',
    preset: 'dimensions',
    series: TWO_YEARS,
    width: 480,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['es', 'en'] },
    preset: { control: 'inline-radio', options: ['dimensions', 'axes'] },
    width: {
      control: { type: 'range', min: 200, max: 900, step: 10 },
      table: { category: 'story' },
    },
  },
  render: (args) => html`<div style=${styleMap(box(args))}
    >${chart(args)}</div>`,
} satisfies Meta<Attributes>;

export default meta;
type Story = StoryObj<Attributes>;

const autoplay = { docs: { story: { autoplay: true } } };

/** Waits until the chart has drawn its series. */
async function drawn(el: SctmmRadarChart, series = 1) {
  await waitFor(() => expect(
    el.shadowRoot?.querySelectorAll('.chart .series').length).toBe(series));
}

/**
 * The six dimensions of the model (`preset="dimensions"`) for two years:
 * each series has its own colour, dash pattern and marker shape.
 */
export const Dimensions: Story = {
  name: 'Dimensions, two series',
  play: async ({ canvasElement }) => drawn(chartIn(canvasElement), 2),
};

/** The five enabling axes (`preset="axes"`) for one self-diagnosis. */
export const Axes: Story = {
  name: 'Enabling axes, one series',
  args: {
    preset: 'axes',
    series: json([series('Resultado', AXES, [1, 2, 3, 5, 6])]),
  },
};

/** Four municipalities compared on the dimensions. */
export const FourSeries: Story = {
  name: 'Four series',
  args: {
    series: json([1, 2, 3, 4].map((n) => series(`Municipio ${n}`,
      DIMENSIONS, [n, 6 - n, 3, n + 1, 2, 5 - n / 2]))),
  },
};

/**
 * `null` on Medio ambiente and no value on Desarrollo económico: gaps,
 * not zeros. Gobernanza, between them, shows as a lone marker; the
 * summary and the table say "sin datos".
 */
export const MissingValues: Story = {
  name: 'Missing values',
  args: {
    series: json([{ name: 'Con huecos', values: { governance: 4,
      environment: null, habitat: 3, 'quality-of-life': 5, people: 2 } }]),
  },
};

/**
 * 9 and −2 on a 0–6 scale: drawn at the edge and at the centre, ringed
 * with a dashed circle, named in a console warning and in the table.
 */
export const OutOfRange: Story = {
  name: 'Values out of range',
  args: {
    preset: 'axes',
    series: json([series('Fuera de escala', AXES, [9, -2, 3, 4, 6])]),
  },
};

/** A series with no value at all: the grid, a legend and "sin datos". */
export const AllNull: Story = {
  name: 'Every value missing',
  args: {
    series: json([series('Sin datos', DIMENSIONS, [null, null, null,
      null, null, null])]),
  },
};

/**
 * No series yet: the grid and the labels, and a summary that says so; no
 * data button and no keys until a series comes.
 */
export const NoSeries: Story = {
  name: 'No series',
  args: { series: undefined },
};

/**
 * Nothing to draw (no axes: a bare element, `series="[]"` or series with
 * no values): a short "sin datos" message in place of the chart.
 */
export const Empty: Story = {
  name: 'Nothing to draw',
  args: { preset: undefined, series: undefined },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await waitFor(() => inShadow(el, '[part~="empty"]'));
  },
};

/**
 * Values at the ends of the doubles: 1e308 and −1.7e308 are named as
 * they are, in powers of ten, drawn at the edge and marked.
 */
export const ExtremeValues: Story = {
  name: 'Extreme values',
  args: {
    preset: 'axes',
    series: json([series('Extremos', AXES, [1e308, -1.7e308, 3, 0.04,
      5e-324])]),
  },
};

/**
 * Themed through custom properties set on an ancestor: series colours
 * and dashes, grid, line width and fill (`--sctmm-radar-*`).
 */
export const Themed: Story = {
  render: (args) => html`<style>
      .radar-theme {
        --sctmm-radar-series-1-color: #004884;
        --sctmm-radar-series-2-color: #a80521;
        --sctmm-radar-series-2-dash: 3 3;
        --sctmm-radar-grid-color: #767676;
        --sctmm-radar-stroke-width: 3;
        --sctmm-radar-fill-opacity: 0.2;
      }
    </style>
    <div class="radar-theme" style=${styleMap(box(args))}
      >${chart(args)}</div>`,
};

/** One axis: rings become circles and the value is a marker. */
export const OneAxis: Story = {
  name: 'One axis',
  args: {
    preset: undefined,
    axes: json([{ key: 'solo', label: 'Único eje' }]),
    series: json([series('A', ['solo'], [4])]),
  },
};

/** Two axes: the values are joined across the centre. */
export const TwoAxes: Story = {
  name: 'Two axes',
  args: {
    preset: undefined,
    axes: json([{ key: 'a', label: 'Antes' }, { key: 'b', label: 'Después' }]),
    series: json([series('A', ['a', 'b'], [2, 5])]),
  },
};

/** Twelve axes given as JSON in the `axes` attribute. */
export const TwelveAxes: Story = {
  name: 'Twelve axes',
  args: {
    preset: undefined,
    axes: json(TWELVE),
    series: json([
      series('A', TWELVE.map((a) => a.key), TWELVE.map((_, i) => i % 6 + 1)),
      series('B', TWELVE.map((a) => a.key), TWELVE.map((_, i) => 6 - i % 5)),
    ]),
    width: 640,
  },
};

/**
 * A 280 px container, as on a small phone: labels wrap (long words with
 * a hyphen), the radius shrinks, and every label stays whole.
 */
export const Narrow: Story = {
  name: '280 px container',
  args: {
    preset: 'axes',
    series: json([series('Resultado', AXES, [1, 2, 3, 5, 6])]),
    width: 280,
  },
};

/**
 * Inside a closed `<details>`: the chart waits for a size, then draws
 * correctly once the details open (the play function opens them).
 */
export const InClosedDetails: Story = {
  name: 'Inside a closed <details>',
  parameters: autoplay,
  render: (args) => html`<details style=${styleMap(box(args))}>
    <summary>Ver el gráfico</summary>${chart(args)}</details>`,
  play: async ({ canvasElement }) => {
    const details = canvasElement.querySelector('details')!;
    await userEvent.click(details.querySelector('summary')!);
    await drawn(chartIn(canvasElement), 2);
  },
};

/** The same chart in English (`lang="en"`). */
export const English: Story = {
  args: { lang: 'en' },
};

/** The data table, shown by the "Ver datos" button. */
export const DataTable: Story = {
  name: 'Data table open',
  parameters: autoplay,
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await drawn(el, 2);
    await userEvent.click(inShadow(el, '[part~="toggle"]'));
    await waitFor(() => inShadow(el, 'table'));
  },
};

/**
 * `series` that is not JSON: a localized error names the attribute, in
 * place of the chart, and `sctmm-error` fires with code `not-json`.
 */
export const InvalidSeries: Story = {
  name: 'Invalid series JSON',
  args: { series: '[{name: "2025", values: {governance: 4}' },
  play: async ({ canvasElement }) => {
    const el = chartIn(canvasElement);
    await waitFor(() => inShadow(el, '[part~="error"][role="alert"]'));
  },
};
