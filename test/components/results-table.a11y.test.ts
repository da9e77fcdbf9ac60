import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  $,
  type SctmmResultsTable,
  build,
  demoIndicatorSet,
  focused,
  indicator,
  press,
  reach,
  setOf,
  settle,
  silentConsole,
  tabTo,
  textOf,
  watchPage,
} from './results-table/helpers.ts';

type Lang = 'es' | 'en';

/** The table reading `src`, once it shows `state`. */
async function readingIn(lang: Lang, src: string, state: string) {
  const el = await build(html`<sctmm-results-table lang=${lang}
    src=${src}></sctmm-results-table>`);
  await reach(el, state);
  return el;
}

/** The demo, with its first reason shown and sorted by level. */
async function opened(lang: Lang) {
  const el = await build(html`<sctmm-results-table lang=${lang}
    sort-by="level" .indicators=${demoIndicatorSet()}>
    </sctmm-results-table>`);
  $(el, 'button.why').click();
  await settle(el);
  return el;
}

/** The states of the table, each reached as a page author would. */
const states: Record<string, (lang: Lang) => Promise<SctmmResultsTable>> = {
  'empty': (lang) => build(html`<sctmm-results-table lang=${lang}>
    </sctmm-results-table>`),
  'loading': (lang) => readingIn(lang, '/__results/hang', 'loading'),
  'ready': (lang) => build(html`<sctmm-results-table lang=${lang}
    .indicators=${demoIndicatorSet()}></sctmm-results-table>`),
  'sorted, with a reason shown': opened,
  'filtered': (lang) => build(html`<sctmm-results-table lang=${lang}
    dimension="environment" .indicators=${demoIndicatorSet()}>
    </sctmm-results-table>`),
  'with CSV rows left out': async (lang) => {
    const el = await readingIn(lang, '/__results/partial.csv', 'ready');
    $(el, 'details').setAttribute('open', '');
    return el;
  },
  'a dimension without indicators': (lang) => build(html`<sctmm-results-table
    lang=${lang} .indicators=${setOf(indicator())}></sctmm-results-table>`),
  'error from src': (lang) => readingIn(lang, '/__results/invalid.json',
    'error'),
  'error from the attribute': (lang) => build(html`<sctmm-results-table
    lang=${lang} indicators="{"></sctmm-results-table>`),
  'error from the rule': (lang) => readingIn(lang,
    '/__results/edition-2021.json', 'error'),
};

describe('<sctmm-results-table> accessibility', () => {
  const output = silentConsole();
  const page = watchPage();
  beforeEach(() => output.allow(new RegExp('indicators-unavailable|' +
    'invalid-indicators|rule-does-not-fit|csv-rows-left-out')));
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  for (const lang of ['es', 'en'] as const) {
    describe(`in ${lang}`, () => {
      for (const [state, reachState] of Object.entries(states)) {
        it(`passes axe ${state}`, async () => {
          const el = await reachState(lang);

          await expect(el).to.be.accessible();
        });
      }
    });
  }

  describe('on a phone 360 px wide', () => {
    before(() => setViewport({ width: 360, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['es', 'en'] as const) {
      it(`scrolls the table inside a labelled, focusable region (${lang})`,
        async () => {
          const el = await build(html`<sctmm-results-table lang=${lang}
            .indicators=${demoIndicatorSet()}></sctmm-results-table>`);

          const region = $(el, '[part="scroll"]');
          expect(document.documentElement.scrollWidth).to.be.at.most(360);
          expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
          expect(region.getAttribute('role')).to.equal('region');
          expect(region.tabIndex).to.equal(0);
          const label = $(el, `#${region.getAttribute('aria-labelledby')}`);
          expect(textOf(label)).to.match(/San Isidro del Valle$/);
          await expect(el).to.be.accessible();
        });
    }

    it('scrolls the region with the arrow keys once it has focus',
      async () => {
        const el = await build(html`<sctmm-results-table
          .indicators=${demoIndicatorSet()}></sctmm-results-table>`);
        const region = $(el, '[part="scroll"]');
        await tabTo(el, (node) => node === region);
        expect(focused(el)).to.equal(region);

        await press('ArrowRight');
        await press('ArrowRight');
        await new Promise((resolve) => setTimeout(resolve, 300));

        expect(region.scrollLeft).to.be.greaterThan(0);
      });
  });
});
