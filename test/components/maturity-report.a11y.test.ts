import { expect, html } from '@open-wc/testing';
import { cleanStorage, silentConsole, textOf, until } from './helpers.ts';
import {
  $,
  $$,
  $maybe,
  type SctmmMaturityReport,
  build,
  capacityOnly,
  chooseFile,
  example,
  report,
  selfDiagnosis,
} from './maturity-report/helpers.ts';

type Lang = 'es' | 'en';

/** The visual states of the report. */
const states: Record<string, (lang: Lang) => Promise<SctmmMaturityReport>> =
  {
    'a complete assessment': async (lang) => report(await example(), lang),
    'a self-diagnosis alone': (lang) => report(selfDiagnosis(), lang),
    'no assessment yet': (lang) => build(html`<sctmm-maturity-report
      lang=${lang} no-persist></sctmm-maturity-report>`),
    'an assessment that cannot be used': async (lang) => {
      const el = await build(html`<sctmm-maturity-report lang=${lang}
        no-persist src="/test/fixtures/assessment-invalid.json">
        </sctmm-maturity-report>`);
      await until(() => $maybe(el, '[part~="error"]') !== null, 'error');
      return el;
    },
    'a refused import': async (lang) => {
      const el = await report(capacityOnly(), lang);
      await chooseFile(el, 'not json');
      return el;
    },
  };

describe('<sctmm-maturity-report> accessibility', () => {
  const console = silentConsole();
  cleanStorage();

  beforeEach(() => console.allow(/\[sctmm-maturity-report\] unusable/));

  for (const lang of ['es', 'en'] as const) {
    describe(`in ${lang}`, () => {
      for (const [state, reach] of Object.entries(states)) {
        it(`passes axe on ${state}`, async () => {
          const el = await reach(lang);

          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('has one h2 and a heading for each section', async () => {
    const el = await report(await example());

    expect($$(el, 'h2')).to.have.length(1);
    const sections = $$(el, 'section.report-section');
    expect(sections).to.have.length(6);
    for (const section of sections) {
      const label = section.getAttribute('aria-labelledby')!;
      expect(textOf($(el, `#${label}`))).to.not.equal('');
    }
  });

  it('heads each dimension\'s rows in the scores table with its name',
    async () => {
      const el = await report(await example());

      const groups = $$(el, '[part~="scores-table"] tbody');
      expect(groups).to.have.length(6);
      for (const group of groups) {
        const [first, ...rest] = [...group.querySelectorAll('tr')];
        const head = first!.querySelector('th')!;
        expect(head.getAttribute('scope')).to.equal('rowgroup');
        expect(first!.classList.contains('dimension-row')).to.equal(true);
        expect(rest).to.not.have.length(0);
        for (const row of rest) {
          expect(row.querySelector('th')!.getAttribute('scope'))
            .to.equal('row');
        }
      }
      expect(textOf(groups[0]!.querySelector('th[scope="rowgroup"]')))
        .to.equal('Gobernanza');
    });

  for (const [lang, names] of Object.entries({
    es: ['Datos del gráfico radial: Las seis dimensiones según la ' +
      'percepción y los resultados', 'Datos del gráfico radial: Los ' +
      'cinco ejes habilitadores según las capacidades'],
    en: ['Radar chart data: The six dimensions by perception and ' +
      'results', 'Radar chart data: The five enabling axes by capacity'],
  })) {
    it(`names the data tables of its two radars apart (${lang})`,
      async () => {
        const el = await report(await example(), lang);
        const radars = $$(el, 'sctmm-radar-chart');
        for (const radar of radars) {
          radar.shadowRoot!.querySelector<HTMLElement>(
            '[part="toggle"]')!.click();
        }
        await Promise.all(radars.map((radar) =>
          (radar as unknown as { updateComplete: Promise<unknown> })
            .updateComplete));

        const captions = radars.map((radar) => textOf(
          radar.shadowRoot!.querySelector('table')!.caption));
        expect(captions).to.deep.equal(names);
        const regions = radars.map((radar) => radar.shadowRoot!
          .querySelector('[role="region"]')!.getAttribute('aria-label'));
        expect(regions).to.deep.equal(names);
      });
  }

  it('keeps the import status region in the page from the first render',
    async () => {
      const el = await report(capacityOnly());

      const region = $(el, '[part~="import-status"]');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(textOf(region)).to.equal('');
    });
});
