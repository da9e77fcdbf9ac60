import { expect, html } from '@open-wc/testing';
import {
  $,
  $maybe,
  DIMENSIONS,
  type SctmmRadarChart,
  announcement,
  build,
  distance,
  markersOf,
  pairsOf,
  press,
  pressWith,
  seriesOf,
  settle,
  silentConsole,
  svgOf,
  watchPage,
} from './radar-chart/helpers.ts';

const twoSeries = [
  seriesOf('2025', DIMENSIONS, [4.5, 3, null, 5, 3.5, 1]),
  seriesOf('2024', DIMENSIONS, [3, 2.5, 2, 4, 3, 1.5]),
];

/** The chart after a button, so that Tab can reach it. */
async function chart(lang = 'es'): Promise<SctmmRadarChart> {
  const el = await build(html`<sctmm-radar-chart lang=${lang}
    preset="dimensions" .series=${twoSeries}></sctmm-radar-chart>`);
  const before = document.createElement('button');
  before.id = 'before';
  before.textContent = 'antes';
  el.before(before);
  return el;
}

/** Tabs from the button before the chart into the chart. */
async function focusChart(el: SctmmRadarChart) {
  (el.previousElementSibling as HTMLButtonElement).focus();
  await press('Tab');
  await settle(el);
}

async function key(el: SctmmRadarChart, name: string) {
  await press(name);
  await settle(el);
}

describe('<sctmm-radar-chart> keyboard', () => {
  silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  it('is one tab stop: Tab reaches the chart, the next Tab the button',
    async () => {
      const el = await chart();

      await focusChart(el);
      expect(el.shadowRoot!.activeElement).to.equal(svgOf(el));

      await press('Tab');
      expect(el.shadowRoot!.activeElement)
        .to.equal($(el, '[part="toggle"]'));

      await pressWith('Shift', 'Tab');
      expect(el.shadowRoot!.activeElement).to.equal(svgOf(el));
    });

  it('announces axis, series and value with a decimal comma on →',
    async () => {
      const el = await chart();
      await focusChart(el);

      await key(el, 'ArrowRight');
      expect(announcement(el))
        .to.equal('Dimensión Gobernanza, serie 2025: 4,5');

      await key(el, 'ArrowRight');
      expect(announcement(el))
        .to.equal('Dimensión Medio ambiente, serie 2025: 3,0');
    });

  it('says "sin datos" on a value that is missing', async () => {
    const el = await chart();
    await focusChart(el);

    for (const _ of [1, 2, 3]) await key(el, 'ArrowRight');

    expect(announcement(el))
      .to.equal('Dimensión Hábitat, serie 2025: sin datos');
  });

  it('goes round the axes with ← and → and through the series with ↑ ↓',
    async () => {
      const el = await chart();
      await focusChart(el);

      await key(el, 'ArrowRight');
      await key(el, 'ArrowLeft');
      expect(announcement(el))
        .to.equal('Dimensión Desarrollo económico, serie 2025: 1,0');

      await key(el, 'ArrowDown');
      expect(announcement(el))
        .to.equal('Dimensión Desarrollo económico, serie 2024: 1,5');

      await key(el, 'ArrowDown');
      expect(announcement(el)).to.contain('serie 2025');
    });

  it('jumps to the first and last axis with Home and End', async () => {
    const el = await chart();
    await focusChart(el);

    await key(el, 'End');
    expect(announcement(el)).to.contain('Desarrollo económico');

    await key(el, 'Home');
    expect(announcement(el)).to.contain('Gobernanza');
  });

  it('highlights the value reached, and lets go of it on Escape',
    async () => {
      const el = await chart();
      await focusChart(el);

      await key(el, 'ArrowRight');
      const ring = $(el, '.active-point').getAttribute('d')!;
      const [left] = pairsOf(ring, 'M');
      const [marker] = markersOf(el);
      expect(left![1]).to.be.closeTo(marker![1], 0.01);
      expect(distance(el, marker!) - distance(el, left!)).to.be.below(20);

      await key(el, 'Escape');
      expect($maybe(el, '[part="active"]')).to.equal(null);
    });

  it('highlights only the axis when the value there is missing',
    async () => {
      const el = await chart();
      await focusChart(el);

      for (const _ of [1, 2, 3]) await key(el, 'ArrowRight');

      expect($maybe(el, '.active-axis')).to.not.equal(null);
      expect($maybe(el, '.active-point')).to.equal(null);
    });

  it('does not scroll the page with the arrow keys', async () => {
    const el = await chart();
    document.body.style.height = '3000px';
    try {
      await focusChart(el);
      const before = window.scrollY;

      await key(el, 'ArrowDown');
      await key(el, 'ArrowDown');

      expect(window.scrollY).to.equal(before);
    } finally {
      document.body.style.height = '';
    }
  });

  it('lets go of the value when focus leaves', async () => {
    const el = await chart();
    await focusChart(el);
    await key(el, 'ArrowRight');

    await press('Tab');
    await settle(el);

    expect($maybe(el, '[part="active"]')).to.equal(null);
  });

  it('announces in English with lang="en"', async () => {
    const el = await chart('en');
    await focusChart(el);

    await key(el, 'ArrowRight');

    expect(announcement(el)).to.equal('Dimension Governance, series 2025: 4.5');
  });

  it('keeps the live region in the DOM, empty, before any key',
    async () => {
      const el = await chart();

      const region = $(el, '[role="status"]');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(announcement(el)).to.equal('');
    });

  it('is not a tab stop when it has no values to visit', async () => {
    const el = await build(html`<sctmm-radar-chart preset="dimensions">
      </sctmm-radar-chart>`);

    expect(svgOf(el).hasAttribute('tabindex')).to.equal(false);
  });
});
