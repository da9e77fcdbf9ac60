import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import '../src/index.ts';
import { type Theme, darkTheme, highContrastTheme } from
  './support/themes.ts';

/** Args of the theming stories. */
interface Args {
  lang: 'es' | 'en';
}

const SERIES = JSON.stringify([
  { name: 'Percepción', values: { governance: 3.4, environment: 3.1,
    habitat: 3.6, 'quality-of-life': 3.3, people: 3.7,
    'economic-development': 3.0 } },
  { name: 'Resultados', values: { governance: 4.2, environment: 3.8,
    habitat: 4.4, 'quality-of-life': 3.9, people: 4.1,
    'economic-development': 4.0 } },
]);

/** Every element, with the example data of examples/. */
const everyElement = (lang: string) => html`
  <sctmm-index-badge lang=${lang}
    src="examples/index-snapshot.json"></sctmm-index-badge>
  <sctmm-index-badge lang=${lang} variant="card"
    src="examples/index-snapshot.json"></sctmm-index-badge>
  <sctmm-radar-chart lang=${lang} preset="dimensions"
    series=${SERIES}></sctmm-radar-chart>
  <sctmm-results-table lang=${lang}
    src="examples/indicator-set.json"></sctmm-results-table>
  <sctmm-self-diagnosis lang=${lang} no-persist></sctmm-self-diagnosis>
  <sctmm-perception-survey lang=${lang} no-persist></sctmm-perception-survey>
  <sctmm-maturity-report lang=${lang} no-persist
    src="examples/assessment.json"></sctmm-maturity-report>`;

/**
 * The theme's custom properties on a wrapper, with the page behind the
 * elements in the theme's surface colour; styleMap sets them through the
 * CSSOM, which a strict Content-Security-Policy allows.
 */
const themed = (theme: Theme, lang: string) => html`<div class="theme"
  style=${styleMap({ ...theme, display: 'grid', gap: '2em',
    padding: '1.5em',
    background: theme['--sctmm-color-surface'] ?? 'transparent' })}
  >${everyElement(lang)}</div>`;

const meta = {
  title: 'Theming',
  args: { lang: 'es' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['es', 'en'] },
  },
  parameters: { layout: 'fullscreen' },
  render: (args) => themed({}, args.lang),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * Waits until the report drew its data, then checks that the theme's
 * surface reached the elements (the system's colours win when forced
 * colours are on).
 */
async function themedSurface(canvas: HTMLElement, surface: string) {
  const report = canvas.querySelector('sctmm-maturity-report')!;
  await waitFor(() => expect(report.shadowRoot
    ?.querySelector('[part~="header"]')).toBeTruthy(), { timeout: 5000 });
  if (matchMedia('(forced-colors: active)').matches) return;
  const radar = canvas.querySelector('sctmm-radar-chart')!;
  await expect(getComputedStyle(radar).backgroundColor).toBe(surface);
}

/**
 * The defaults: GOV.CO blue (#3366CC) and dark blue (#004884), Work Sans
 * when the page has it, and colours that pass WCAG AA on white.
 */
export const GovCo: Story = {
  name: 'GOV.CO (default)',
  play: ({ canvasElement }) =>
    themedSurface(canvasElement, 'rgb(255, 255, 255)'),
};

/**
 * A dark theme made only of `--sctmm-*` properties set on an ancestor:
 * surfaces, text, accents, borders and the radar's series colours. Every
 * text and background pair passes WCAG AA (the contrast test checks it).
 */
export const Dark: Story = {
  render: (args) => themed(darkTheme, args.lang),
  play: ({ canvasElement }) =>
    themedSurface(canvasElement, 'rgb(18, 26, 36)'),
};

/**
 * A high-contrast theme: white and yellow on black, cyan focus ring.
 * With the system's forced colours on (Windows contrast themes; in
 * Chromium's DevTools, Rendering → Emulate CSS media feature
 * forced-colors: active) every element uses the system colours instead:
 * the radar draws its series in the text colour and tells them apart by
 * dash pattern and marker, and buttons, badges and cards keep a border.
 */
export const HighContrast: Story = {
  name: 'High contrast (forced colors)',
  render: (args) => themed(highContrastTheme, args.lang),
  play: ({ canvasElement }) =>
    themedSurface(canvasElement, 'rgb(0, 0, 0)'),
};
