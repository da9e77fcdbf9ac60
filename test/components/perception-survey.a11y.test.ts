import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import {
  $$,
  $maybe,
  type SctmmPerceptionSurvey,
  SEGMENT,
  build,
  choose,
  cleanStorage,
  clickNext,
  inboxUrl,
  settle,
  silentConsole,
  smallSurvey,
  uniqueKey,
  until,
} from './perception-survey/helpers.ts';

type Lang = 'es' | 'en';

/** A phone held upright: the width the survey is designed for. */
const PHONE = { width: 360, height: 640 };

function element(lang: Lang, template?: TemplateResult) {
  return build(template ?? html`<sctmm-perception-survey lang=${lang}>
    </sctmm-perception-survey>`);
}

/** The default survey's first dimension step, segment answered. */
async function dimensionStep(lang: Lang) {
  const el = await element(lang);
  await choose(el, SEGMENT, 'civil-society');
  await clickNext(el);
  return el;
}

/** The small survey, answered and sent to `endpoint` (or to no one). */
async function thanks(lang: Lang, endpoint?: string, state = 'handed') {
  const el = await fixture<SctmmPerceptionSurvey>(html`
    <sctmm-perception-survey lang=${lang} .survey=${smallSurvey()}
      endpoint=${endpoint ?? ''} retry-delay="60">
    </sctmm-perception-survey>`);
  el.segment = 'public';
  el.answers = { 'ga-1': 6, 'ga-2': 1, 'ca-1': 'dont-know' };
  await settle(el);
  await el.submit();
  await until(() => el.delivery === state, `delivery "${state}"`);
  await settle(el);
  return el;
}

/** The visual states of the element, each reached as a user would. */
const states: Record<string, (lang: Lang) => Promise<SctmmPerceptionSurvey>> =
  {
    'the segment step': (lang) => element(lang),
    'a dimension step': dimensionStep,
    'a step with unanswered statements': async (lang) => {
      const el = await dimensionStep(lang);
      await clickNext(el);
      return el;
    },
    'the five-level edition': async (lang) => {
      const el = await element(lang, html`<sctmm-perception-survey
        lang=${lang} .survey=${smallSurvey('2021')}>
        </sctmm-perception-survey>`);
      await choose(el, SEGMENT, 'academia');
      await clickNext(el);
      return el;
    },
    'the thanks without an endpoint': (lang) => thanks(lang),
    'the thanks, sent': (lang) =>
      thanks(lang, inboxUrl(uniqueKey('a11y-sent')), 'sent'),
    'the thanks, waiting to be sent': (lang) =>
      thanks(lang, inboxUrl(uniqueKey('a11y-queued'), 'fail=99'), 'queued'),
    'the thanks, waiting for a connection': (lang) =>
      thanks(lang, inboxUrl(uniqueKey('a11y-offline'),
        'fail=99&status=drop'), 'queued'),
    'a survey attribute that is not JSON': async (lang) => {
      const el = await element(lang, html`<sctmm-perception-survey
        lang=${lang} survey="{"></sctmm-perception-survey>`);
      await until(() => $maybe(el, '[part="error"]') !== null, 'the error');
      return el;
    },
  };

describe('<sctmm-perception-survey> accessibility on a 360 px phone', () => {
  const console = silentConsole();
  cleanStorage();

  before(() => setViewport(PHONE));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['es', 'en'] as const) {
    describe(`in ${lang}`, () => {
      for (const [state, reach] of Object.entries(states)) {
        it(`passes axe on ${state}`, async () => {
          console.allow(/atributo survey|attribute survey/);
          const el = await reach(lang);

          expect(window.innerWidth).to.equal(PHONE.width);
          await expect(el).to.be.accessible();
        });
      }

      it('fits the width without scrolling sideways', async () => {
        const el = await dimensionStep(lang);

        const widest = Math.max(...$$(el, '*')
          .map((node) => node.getBoundingClientRect().right));
        expect(widest).to.be.at.most(PHONE.width);
        expect(document.documentElement.scrollWidth)
          .to.be.at.most(PHONE.width);
      });
    });
  }

  it('makes every option a target at least 44 px tall', async () => {
    const el = await dimensionStep('es');

    const heights = $$(el, '.choice')
      .map((choice) => choice.getBoundingClientRect().height);
    expect(heights.length).to.be.greaterThan(7);
    expect(Math.min(...heights)).to.be.at.least(44);
  });
});
