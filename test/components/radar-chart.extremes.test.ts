import { expect, html } from '@open-wc/testing';
import {
  $$,
  DIMENSIONS,
  announcement,
  brokenGeometry,
  build,
  openTable,
  press,
  settle,
  seriesOf,
  silentConsole,
  summaryOf,
  svgOf,
  tableRows,
  textOf,
  watchPage,
} from './radar-chart/helpers.ts';

const MAX = Number.MAX_VALUE;
const broken = /∞|NaN|Infinity/;

describe('<sctmm-radar-chart> values at the ends of the doubles', () => {
  const output = silentConsole();
  const page = watchPage();
  beforeEach(() => output.allow(/out-of-range/));
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  it('shows ±Infinity as no data, a gap, and warns once', async () => {
    output.allow(/not-a-number/);
    const el = await build(html`<sctmm-radar-chart preset="dimensions"
      series='[{"name": "A", "values": {"governance": 1e999,
        "environment": 3, "habitat": -1e999}}]'></sctmm-radar-chart>`);

    expect(summaryOf(el)).to.not.match(broken);
    expect(summaryOf(el)).to.contain('Sin datos en Gobernanza, Hábitat');
    const rows = tableRows(await openTable(el));
    expect(rows.slice(0, 3)).to.deep.equal([['Gobernanza', 'sin datos'],
      ['Medio ambiente', '3,0'], ['Hábitat', 'sin datos']]);
    expect(brokenGeometry(el)).to.deep.equal([]);
    expect(output.matching(/not-a-number/).map((c) => c.text)).to.deep
      .equal(['[sctmm-radar-chart] not-a-number: values that are not ' +
        'finite numbers are shown as no data: "A" governance: Infinity, ' +
        '"A" habitat: -Infinity.']);
  });

  it('names 1e308 as it is, never ∞, in the summary and the table',
    async () => {
      const el = await build(html`<sctmm-radar-chart preset="dimensions"
        .series=${[seriesOf('A', DIMENSIONS, [1e308, 3, 2, 2, 2, 2])]}>
        </sctmm-radar-chart>`);

      expect(summaryOf(el)).to.contain(
        'A: el valor más alto, 1E308, está en Gobernanza, y el más bajo, ' +
        '2,0, en');
      const rows = tableRows(await openTable(el));
      expect(rows[0]).to.deep.equal(['Gobernanza',
        '1E308 (fuera de la escala de 0 a 6: se dibuja en 6,0)']);
    });

  it('announces ±1.7e308 and tiny values as they are, out of range marked',
    async () => {
      const values = [MAX, -MAX, -1.7e308, 5e-324, -1e-300, -0.04];
      const el = await build(html`<sctmm-radar-chart lang="en"
        preset="dimensions" .series=${[seriesOf('A', DIMENSIONS, values)]}>
        </sctmm-radar-chart>`);
      svgOf(el).focus();

      const heard: string[] = [];
      for (const _ of values) {
        await press('ArrowRight');
        await settle(el);
        heard.push(announcement(el).replace(/^.*: (?=[-\d])/, ''));
      }

      const outside = (value: string, drawn: string) =>
        `${value} (outside the scale from 0 to 6: drawn at ${drawn})`;
      expect(heard).to.deep.equal([
        outside('1.8E308', '6.0'), outside('-1.8E308', '0.0'),
        outside('-1.7E308', '0.0'), '5E-324', outside('-1E-300', '0.0'),
        outside('-0.04', '0.0')]);
      const texts = [summaryOf(el), ...$$(el, 'td').map(textOf)];
      expect(texts.join(' ')).not.to.match(broken);
      expect(brokenGeometry(el)).to.deep.equal([]);
    });

  it('writes a scale of −0 to 1.7e308 as 0 to 1,7E308, rings numbered ' +
    'briefly', async () => {
    const el = await build(html`<sctmm-radar-chart preset="dimensions"
      min="-0" max="1.7e308"
      .series=${[seriesOf('A', DIMENSIONS, [1e308, 0, 0, 0, 0, 0])]}>
      </sctmm-radar-chart>`);

    expect(summaryOf(el)).to.contain('en una escala de 0 a 1,7E308.');
    expect(summaryOf(el)).to.contain('el valor más alto, 1E308,');
    const labels = $$(el, '.ring-label').map(textOf);
    expect(labels.at(-1)).to.equal('1,7E308');
    for (const label of labels) expect(label.length).to.be.below(9);
    expect(brokenGeometry(el)).to.deep.equal([]);
  });
});
