import { expect, html } from '@open-wc/testing';
import { cleanStorage, silentConsole, textOf } from './helpers.ts';
import {
  $,
  $$,
  build,
  capacityOnly,
  example,
  report,
} from './maturity-report/helpers.ts';
import {
  formatIsoDate,
} from '../../src/components/maturity-report/internal/dates.ts';

/** The levels of the report's headings, in order, e.g. [2, 3, 4, 4]. */
function levels(root: ShadowRoot): number[] {
  return [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .map((heading) => Number(heading.tagName[1]));
}

describe('<sctmm-maturity-report> outline', () => {
  const console = silentConsole();
  cleanStorage();

  describe('heading-level', () => {
    it('puts the title at h2, sections at h3 and their parts at h4 by ' +
      'default', async () => {
      const el = await report(await example());

      const found = levels(el.shadowRoot!);
      expect(found[0]).to.equal(2);
      expect(found.filter((level) => level === 2)).to.have.length(1);
      expect(new Set(found)).to.deep.equal(new Set([2, 3, 4]));
    });

    for (const level of [1, 3, 4]) {
      it(`shifts every heading for heading-level="${level}"`, async () => {
        const data = await example();

        const el = await build(html`<sctmm-maturity-report no-persist
          heading-level=${level} .assessment=${data}>
          </sctmm-maturity-report>`);

        const found = levels(el.shadowRoot!);
        expect(found[0]).to.equal(level);
        expect(new Set(found)).to.deep.equal(
          new Set([level, level + 1, level + 2]));
      });
    }

    it('shifts the headings of the empty and error states too', async () => {
      console.allow(/unusable-assessment/);
      const empty = await build(html`<sctmm-maturity-report no-persist
        heading-level="4"></sctmm-maturity-report>`);
      const broken = await build(html`<sctmm-maturity-report no-persist
        heading-level="1" .assessment=${{ format: 'x' }}>
        </sctmm-maturity-report>`);

      expect(levels(empty.shadowRoot!)).to.deep.equal([4]);
      expect(levels(broken.shadowRoot!)).to.deep.equal([1]);
    });

    it('keeps h2 for a level it cannot use, and warns once', async () => {
      console.allow(/invalid-heading-level/);
      for (const given of ['0', '5', 'dos', '2.5']) {
        const el = await build(html`<sctmm-maturity-report no-persist
          heading-level=${given} .assessment=${capacityOnly()}>
          </sctmm-maturity-report>`);
        el.requestUpdate();
        await el.updateComplete;

        expect(levels(el.shadowRoot!)[0], given).to.equal(2);
        expect(console.matching(new RegExp(`heading-level="${given}"`))
          .map((call) => call.text), given).to.deep.equal([
          '[sctmm-maturity-report] invalid-heading-level: heading-level=' +
          `"${given}" is not a whole number from 1 to 4; using 2.`]);
      }
    });

    it('says nothing when heading-level is removed', async () => {
      const el = await build(html`<sctmm-maturity-report no-persist
        heading-level="3" .assessment=${capacityOnly()}>
        </sctmm-maturity-report>`);

      el.removeAttribute('heading-level');
      await el.updateComplete;

      expect(levels(el.shadowRoot!)[0]).to.equal(2);
    });
  });

  describe('landmarks and names', () => {
    it('has one labelled region per section and none per card',
      async () => {
        const el = await report(await example());

        const regions = $$(el, 'section, [role="region"]');
        expect(regions.map((node) => node.className)).to.deep.equal([
          'report-section index', 'report-section radars',
          'report-section measurements', 'table-scroll',
          'report-section strengths', 'report-section roadmap',
          'report-section next-level',
        ]);
        const cards = $$(el, '[part~="measurement"], [part~="axis-next"]');
        expect(cards.length).to.be.greaterThan(3);
        for (const card of cards) {
          expect(card.tagName).to.equal('DIV');
          expect(card.hasAttribute('aria-labelledby')).to.equal(false);
        }
      });

    it('names each radar figure by its visible caption, inside it',
      async () => {
        const el = await report(await example());

        const figures = $$(el, 'figure');
        expect(figures).to.have.length(2);
        for (const figure of figures) {
          const id = figure.getAttribute('aria-labelledby')!;
          const caption = $(el, `#${id}`);
          expect(caption.tagName).to.equal('FIGCAPTION');
          expect(caption.parentElement).to.equal(figure);
          expect(caption.checkVisibility()).to.equal(true);
          expect(textOf(caption)).to.not.equal('');
        }
      });

    it('names each roadmap step with its number, a space and its name',
      async () => {
        const el = await report(capacityOnly());

        const legends = $$(el, '[part~="roadmap-step"] legend')
          .map((legend) => legend.textContent);
        expect(legends).to.have.length(7);
        for (const [i, legend] of legends.entries()) {
          expect(legend).to.match(new RegExp(`^${i + 1}\\. \\S`));
        }
      });
  });

  describe('dates', () => {
    it('writes years before 100 as they are, never as 19xx', async () => {
      const el = await report({ ...capacityOnly(),
        measuredAt: '0099-03-01' });

      const header = textOf($(el, '[part~="header"]'));
      expect(header).to.include('1 de marzo de 99');
      expect(header).to.not.include('1999');
    });

    it('formats every year as given', () => {
      const dates = ['0001-01-01', '0050-06-15', '0099-12-31',
        '0100-01-01', '1999-12-31', '2026-11-30'];

      const years = dates.map((date) =>
        formatIsoDate(date, 'en').split(', ')[1]);

      expect(years).to.deep.equal(['1', '50', '99', '100', '1999',
        '2026']);
    });
  });
});
