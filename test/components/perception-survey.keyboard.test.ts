import { expect, fixture, html } from '@open-wc/testing';
import type {
  PerceptionSubmitDetail,
} from '../../src/components/perception-survey/events.ts';
import {
  $,
  SEGMENT,
  type SctmmPerceptionSurvey,
  cleanStorage,
  focused,
  headingText,
  isButton,
  liveRegion,
  press,
  record,
  settle,
  silentConsole,
  smallSurvey,
  tabTo,
  textOf,
} from './perception-survey/helpers.ts';

/** The values of a statement, in the order the arrow keys visit them. */
const ORDER = [1, 2, 3, 4, 5, 6, 'dont-know'] as const;

/**
 * From the step heading or the group before, tabs into the next radio
 * group, checks that it is `name`'s, and picks `value` with Space and the
 * arrow keys, as a keyboard user does.
 */
async function pickWithKeys(
  el: SctmmPerceptionSurvey,
  name: string,
  value: (typeof ORDER)[number],
) {
  await press('Tab');
  const first = focused(el) as HTMLInputElement;
  expect(first.name, 'Tab reaches the next question').to.equal(name);
  await press('Space');
  // From 1, "No sé" is one step back: the group wraps around.
  if (value === 'dont-know') await press('ArrowUp');
  else for (let i = 1; i < ORDER.indexOf(value) + 1; i++) {
    await press('ArrowDown');
  }
  await settle(el);
}

/** Tabs to the button `label` and presses `key` on it. */
async function pressButton(
  el: SctmmPerceptionSurvey,
  label: string,
  key = 'Enter',
) {
  await tabTo(el, isButton(label));
  await press(key);
  await settle(el);
}

async function element() {
  const wrapper = await fixture(html`<div>
    <button id="before">antes</button>
    <sctmm-perception-survey .survey=${smallSurvey()}>
    </sctmm-perception-survey>
  </div>`);
  const el = wrapper.querySelector('sctmm-perception-survey')!;
  await settle(el);
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

describe('<sctmm-perception-survey> with the keyboard alone', () => {
  silentConsole();
  cleanStorage();

  it('is answered and sent with Tab, Space, the arrows and Enter',
    async function () {
      this.timeout(30000);
      const el = await element();
      const submits = record<PerceptionSubmitDetail>('sctmm-submit');

      const segment = await tabTo(el, (node) =>
        (node as HTMLInputElement).name === SEGMENT);
      await press('Space');
      await press('ArrowDown');
      await press('ArrowDown');
      await settle(el);
      expect((segment as HTMLInputElement).value).to.equal('academia');
      await pressButton(el, 'Siguiente');
      expect(focused(el)).to.equal($(el, 'h2'));
      await pickWithKeys(el, 'ga-1', 4);
      await pickWithKeys(el, 'ga-2', 'dont-know');
      await pressButton(el, 'Siguiente');
      await pickWithKeys(el, 'ca-1', 6);
      await pressButton(el, 'Enviar respuestas', 'Space');
      submits.stop();

      expect(submits.events).to.have.length(1);
      expect(submits.events[0]!.detail.response).to.deep.include({
        segment: 'private',
        answers: { 'ga-1': 4, 'ga-2': 'dont-know', 'ca-1': 6 },
      });
      expect(headingText(el)).to.equal('Gracias');
      expect(focused(el)).to.equal($(el, 'h2'));
      expect(textOf(liveRegion(el))).to.equal('Paso 4 de 4: Gracias');
    });

  it('changes an answer with the arrow keys', async () => {
    const el = await element();
    await tabTo(el, (node) => (node as HTMLInputElement).name === SEGMENT);
    await press('Space');
    await pressButton(el, 'Siguiente');

    await pickWithKeys(el, 'ga-1', 2);
    await press('ArrowUp');
    await settle(el);

    expect(el.answers).to.deep.equal({ 'ga-1': 1 });
  });

  it('reaches an unanswered statement from the error summary with Enter',
    async () => {
      const el = await element();
      await tabTo(el, (node) => (node as HTMLInputElement).name === SEGMENT);
      await press('Space');
      await pressButton(el, 'Siguiente');
      await pressButton(el, 'Siguiente');
      expect(focused(el)).to.equal($(el, '[part="error-summary"]'));

      await press('Tab');
      await press('Enter');
      await settle(el);
      const input = focused(el) as HTMLInputElement;
      await press('Space');
      await settle(el);

      expect(input.name).to.equal('ga-1');
      expect(el.answers).to.deep.equal({ 'ga-1': 1 });
    });

  it('starts again from the thanks with Enter and puts focus on the ' +
    'first heading', async () => {
    const el = await element();
    el.segment = 'academia';
    el.answers = { 'ga-1': 1, 'ga-2': 2, 'ca-1': 3 };
    await settle(el);
    await el.submit();

    await pressButton(el, 'Responder de nuevo');

    expect(el.step).to.equal(0);
    expect(focused(el)).to.equal($(el, 'h2'));
    expect(textOf(liveRegion(el))).to.equal('Paso 1 de 4: Su sector');
  });
});
