import { expect, html } from '@open-wc/testing';
import {
  $,
  $maybe,
  AXIS_QUESTIONS,
  type SctmmSelfDiagnosis,
  build,
  button,
  cleanStorage,
  settle,
  silentConsole,
  until,
} from './helpers.ts';

type Lang = 'es' | 'en';

function element(lang: Lang, src?: string) {
  return src
    ? build(html`<sctmm-self-diagnosis lang=${lang} instrument-src=${src}>
      </sctmm-self-diagnosis>`)
    : build(html`<sctmm-self-diagnosis lang=${lang}></sctmm-self-diagnosis>`);
}

async function allAnswered(lang: Lang) {
  const el = await element(lang);
  el.responses = Object.fromEntries(
    AXIS_QUESTIONS.flat().map((id, i) => [id, (i % 6) + 1]),
  );
  await settle(el);
  return el;
}

/** The visual states of the element, each reached as a user would. */
const states: Record<string, (lang: Lang) => Promise<SctmmSelfDiagnosis>> = {
  introduction: (lang) => element(lang),
  'an axis step': async (lang) => {
    const el = await element(lang);
    await el.goToStep(1);
    return el;
  },
  'a step with unanswered questions': async (lang) => {
    const el = await element(lang);
    await el.goToStep(1);
    await el.goToStep(2);
    return el;
  },
  'a checklist step': async (lang) => {
    const el = await element(lang, '/examples/checklist-instrument.json');
    await until(() => $maybe(el, 'h2') !== null, 'the checklist example');
    await el.goToStep(1);
    await el.goToStep(2);
    return el;
  },
  review: async (lang) => {
    const el = await allAnswered(lang);
    await el.goToStep(6);
    return el;
  },
  result: async (lang) => {
    const el = await allAnswered(lang);
    await el.goToStep(7);
    return el;
  },
  'the start-over dialog': async (lang) => {
    const el = await allAnswered(lang);
    await el.goToStep(7);
    button(el, lang === 'es' ? 'Empezar de nuevo' : 'Start over').click();
    await settle(el);
    return el;
  },
  'a load error': async (lang) => {
    const el = await element(lang, '/does-not-exist.json');
    await until(() => $maybe(el, '[part="error"]') !== null, 'the error');
    return el;
  },
};

describe('<sctmm-self-diagnosis> accessibility', () => {
  const output = silentConsole();
  cleanStorage();

  for (const lang of ['es', 'en'] as const) {
    describe(`in ${lang}`, () => {
      for (const [state, reach] of Object.entries(states)) {
        it(`passes axe on ${state}`, async () => {
          if (state === 'a load error') output.allow(/instrument-http/);
          const el = await reach(lang);

          await expect(el).to.be.accessible();
        });
      }
    });
  }

  it('keeps a polite status region in the DOM from the first render, ' +
    'even while loading', async () => {
    const el = await element('es', '/examples/checklist-instrument.json');

    const region = $(el, '[role="status"]');
    expect(region.getAttribute('aria-live')).to.equal('polite');
  });

  it('names the step list navigation and marks the current step',
    async () => {
      const el = await element('en');

      const nav = $(el, '[part="step-list"]');
      expect(nav.localName).to.equal('nav');
      expect(nav.getAttribute('aria-label')).to.equal(
        'Self-diagnosis steps: ' + el.activeInstrument!.title.en,
      );
      expect(nav.querySelector('ol')).to.not.equal(null);
      expect(nav.querySelectorAll('[aria-current="step"]')).to.have.length(1);
    });
});
