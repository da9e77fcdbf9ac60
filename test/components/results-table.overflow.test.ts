import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import type {
  Indicator,
  Polarity,
} from '../../src/engine/schema/indicators.ts';
import {
  build,
  indicator,
  row,
  setOf,
  silentConsole,
  textOf,
  watchPage,
} from './results-table/helpers.ts';

const MAX = Number.MAX_VALUE;

/** An indicator named `name` from `baseline` to `current`, no peers. */
function moved(
  name: string,
  baseline: number,
  current: number,
  polarity: Polarity = 'higher',
): Indicator {
  return indicator({
    id: `i-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name: { es: name, en: name },
    polarity,
    baseline: { value: baseline, period: '2019' },
    current: { value: current, period: '2023' },
    peers: undefined,
  });
}

/** The arrow, change, percent, words and level of a row. */
function shown(el: HTMLElement, name: string) {
  const tr = row(el as never, name);
  const change = tr.querySelector('td.change')!;
  const part = (selector: string) => textOf(change.querySelector(selector));
  return { arrow: part('.arrow'), change: part('.value'),
    relative: part('.relative'), trend: part('.trend'),
    level: textOf(tr.querySelector('.level-number')) };
}

/** 34 and 307 zeros, grouped by threes with `mark`, after `sign`. */
function twice17e307(sign: string, mark: string): string {
  const digits = `34${'0'.repeat(307)}`;
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, mark);
}

const broken = /∞|NaN|Infinity/;

describe('<sctmm-results-table> changes beyond the largest number', () => {
  silentConsole();
  const page = watchPage();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  it('shows −1.7e308 → 1.7e308 as a rise that improved, never ∞',
    async () => {
      const el = await build(html`<sctmm-results-table
        .indicators=${setOf(moved('Rise', -1.7e308, 1.7e308))}>
        </sctmm-results-table>`);

      expect(shown(el, 'Rise')).to.deep.equal({
        arrow: '▲', change: twice17e307('+', '.'), relative: '(+200%)',
        trend: 'mejoró', level: 'Nivel 4' });
    });

  it('shows 1.7e308 → −1.7e308 as a fall: worse, or better when lower ' +
    'is better', async () => {
    const el = await build(html`<sctmm-results-table lang="en"
      .indicators=${setOf(moved('Fall', 1.7e308, -1.7e308),
        moved('Lower', 1.7e308, -1.7e308, 'lower'))}>
      </sctmm-results-table>`);

    const fall = shown(el, 'Fall');
    const lower = shown(el, 'Lower');
    expect(fall).to.deep.equal({
      arrow: '▼', change: twice17e307('-', ','), relative: '(-200%)',
      trend: 'worsened', level: 'Level 1' });
    expect([lower.arrow, lower.change, lower.trend])
      .to.deep.equal(['▼', fall.change, 'improved']);
  });

  it('leaves out a percentage no number can hold, and one over 0',
    async () => {
      const el = await build(html`<sctmm-results-table lang="en"
        .indicators=${setOf(moved('Tiny', 5e-324, 1),
          moved('Zero', 0, 1), moved('Negative zero', -0, -1))}>
        </sctmm-results-table>`);

      expect(shown(el, 'Tiny')).to.include({ arrow: '▲', change: '+1',
        relative: '', trend: 'improved' });
      expect(shown(el, 'Zero')).to.include({ arrow: '▲', change: '+1',
        relative: '', trend: 'improved' });
      expect(shown(el, 'Negative zero')).to.include({ arrow: '▼',
        change: '-1', relative: '', trend: 'worsened' });
    });

  for (const lang of ['es', 'en']) {
    it(`never shows ∞ or NaN, and the words follow the arrow (${lang})`,
      async () => {
        const value = fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(MAX, -MAX, 1.7e308, -1.7e308, 5e-324, 0));
        const pairs = fc.sample(fc.tuple(value, value), {
          numRuns: 60, seed: 20260312 + lang.length });
        const all = pairs.map(([b, c], i) => moved(`Row ${i}`, b, c));

        const el = await build(html`<sctmm-results-table lang=${lang}
          .indicators=${setOf(...all)}></sctmm-results-table>`);

        pairs.forEach(([baseline, current], i) => {
          const got = shown(el, `Row ${i}`);
          const at = `${baseline} → ${current}: ${JSON.stringify(got)}`;
          expect(Object.values(got).join(' '), at).not.to.match(broken);
          const [better, worse] = lang === 'es' ? ['mejoró', 'empeoró']
            : ['improved', 'worsened'];
          if (got.trend === better) expect(got.arrow, at).to.equal('▲');
          if (got.trend === worse) expect(got.arrow, at).to.equal('▼');
          const way = current > baseline ? '▲' : current < baseline ? '▼'
            : '=';
          if (got.arrow !== '=') expect(got.arrow, at).to.equal(way);
        });
      });
  }
});
