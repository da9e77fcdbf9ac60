import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { Indicator } from '../../src/engine/schema/indicators.ts';
import {
  build,
  indicator,
  row,
  setOf,
  silentConsole,
  textOf,
  watchPage,
} from './results-table/helpers.ts';

/** A measured indicator named `name` from `baseline` to `current`. */
function moved(name: string, baseline: number, current: number): Indicator {
  return indicator({
    id: `i-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name: { es: name, en: name },
    polarity: 'higher',
    baseline: { value: baseline, period: '2019' },
    current: { value: current, period: '2023' },
    peers: undefined,
  });
}

/** The texts of the value, change, percent and words of a row. */
function shown(el: HTMLElement, name: string) {
  const tr = row(el as never, name);
  const [current, baseline] = [...tr.querySelectorAll('td.number')]
    .map((td) => textOf(td.querySelector('.value')));
  const change = tr.querySelector('td.change')!;
  const part = (selector: string) => textOf(change.querySelector(selector));
  return { current, baseline, arrow: part('.arrow'), change: part('.value'),
    relative: part('.relative'), trend: part('.trend') };
}

const nonZero = /[1-9]/;

describe('<sctmm-results-table> very small numbers', () => {
  silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  it('shows 1e-7 → 2e-7 as it is, not as 0 → 0', async () => {
    const el = await build(html`<sctmm-results-table
      .indicators=${setOf(moved('Tiny', 1e-7, 2e-7))}>
      </sctmm-results-table>`);

    expect(shown(el, 'Tiny')).to.deep.equal({
      current: '0,0000002', baseline: '0,0000001', arrow: '▲',
      change: '+0,0000001', relative: '(+100%)', trend: 'mejoró' });
  });

  it('shows −0.0001 as -0,0001, never -0', async () => {
    const el = await build(html`<sctmm-results-table lang="en"
      .indicators=${setOf(moved('Negative', -0.0001, 0))}>
      </sctmm-results-table>`);

    const got = shown(el, 'Negative');
    expect(got.baseline).to.equal('-0.0001');
    expect(got.current).to.equal('0');
    expect(got.change).to.equal('+0.0001');
  });

  it('shows 0.4521 → 0.4523 as a small rise within the tolerance',
    async () => {
      const el = await build(html`<sctmm-results-table
        .indicators=${setOf(moved('Gini', 0.4521, 0.4523))}>
        </sctmm-results-table>`);

      expect(shown(el, 'Gini')).to.deep.equal({
        current: '0,452', baseline: '0,452', arrow: '▲',
        change: '+0,0002', relative: '(+0,044%)', trend: 'sin cambio' });
    });

  it('shows a difference of binary rounding as no change', async () => {
    const el = await build(html`<sctmm-results-table
      .indicators=${setOf(moved('Rounding', 0.3, 0.1 + 0.2))}>
      </sctmm-results-table>`);

    const got = shown(el, 'Rounding');
    expect([got.arrow, got.change, got.relative, got.trend])
      .to.deep.equal(['=', '0', '(0%)', 'sin cambio']);
  });

  for (const lang of ['es', 'en']) {
    it(`never shows a value or change that is not zero as 0 (${lang})`,
      async () => {
        const magnitude = fc.double({ min: 1e-12, max: 1e6, noNaN: true });
        const signed = fc.tuple(magnitude, fc.boolean())
          .map(([m, negative]) => negative ? -m : m);
        const pairs = fc.sample(fc.tuple(signed, signed), {
          numRuns: 60, seed: 20260311 + lang.length });
        const all = pairs.map(([b, c], i) => moved(`Row ${i}`, b, c));

        const el = await build(html`<sctmm-results-table lang=${lang}
          .indicators=${setOf(...all)}></sctmm-results-table>`);

        pairs.forEach(([baseline, current], i) => {
          const got = shown(el, `Row ${i}`);
          const at = `${baseline} → ${current}: ${JSON.stringify(got)}`;
          expect(got.baseline, at).to.match(nonZero);
          expect(got.current, at).to.match(nonZero);
          const scale = Math.max(Math.abs(baseline), Math.abs(current));
          if (Math.abs(current - baseline) <= 1e-9 * scale) {
            expect([got.arrow, got.change], at).to.deep.equal(['=', '0']);
            return;
          }
          expect(got.change, at).to.match(nonZero);
          expect(got.relative, at).to.match(nonZero);
          const sign = got.change[0] === '+' ? '▲' : '▼';
          expect(got.arrow, at).to.equal(sign);
          expect(got.change[0] === '+', at).to.equal(current > baseline);
        });
      });
  }
});
