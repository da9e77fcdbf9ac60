import { expect } from '@open-wc/testing';
import {
  $,
  $$,
  $maybe,
  SEGMENT,
  build,
  buildSmall,
  choose,
  cleanStorage,
  clickNext,
  description,
  focused,
  headingText,
  liveRegion,
  radio,
  settle,
  silentConsole,
  textOf,
} from './perception-survey/helpers.ts';

/** A click as the browser sends it; `detail` counts clicks in a row. */
function clickWithDetail(target: Element, detail: number) {
  target.dispatchEvent(new MouseEvent('click', {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail,
  }));
}

describe('<sctmm-perception-survey> moving between steps', () => {
  silentConsole();
  cleanStorage();

  describe('unanswered questions', () => {
    it('stays on the segment step and lists the segment question',
      async () => {
        const el = await buildSmall();

        await clickNext(el);

        expect(el.step).to.equal(0);
        const summary = $(el, '[part="error-summary"]');
        expect(summary.getAttribute('role')).to.equal('alert');
        expect(textOf(summary.querySelector('h3'))).to.equal(
          'Falta 1 respuesta',
        );
        expect([...summary.querySelectorAll('a')].map(textOf))
          .to.deep.equal(['¿Desde qué sector responde?']);
        expect(focused(el)).to.equal(summary);
      });

    it('lists every unanswered statement of a dimension and marks each',
      async () => {
        const el = await buildSmall();
        await choose(el, SEGMENT, 'academia');
        await clickNext(el);

        await clickNext(el);

        expect(el.step).to.equal(1);
        const summary = $(el, '[part="error-summary"]');
        expect(textOf(summary.querySelector('h3'))).to.equal(
          'Faltan 2 respuestas',
        );
        expect([...summary.querySelectorAll('a')].map(textOf))
          .to.deep.equal(['La alcaldía rinde cuentas.',
            'Los datos públicos son fáciles de hallar.']);
        const first = radio(el, 'ga-1', 1);
        expect(description(first)).to.equal('Elija una opción.');
        expect(first.getAttribute('aria-invalid')).to.equal('true');
      });

    it('counts "No sé" as an answer', async () => {
      const el = await buildSmall();
      await choose(el, SEGMENT, 'academia');
      await clickNext(el);
      await choose(el, 'ga-1', 'dont-know');
      await choose(el, 'ga-2', 'dont-know');

      await clickNext(el);

      expect(el.step).to.equal(2);
      expect($maybe(el, '[part="error-summary"]')).to.equal(null);
    });

    it('moves focus to the segment question from the summary\'s link',
      async () => {
        const el = await buildSmall();
        await clickNext(el);

        $(el, '[part="error-summary"] a').click();
        await settle(el);

        expect(focused(el)).to.equal(radio(el, SEGMENT, 'academia'));
      });

    it('moves focus to the statement from the summary\'s link',
      async () => {
        const el = await buildSmall();
        await choose(el, SEGMENT, 'academia');
        await clickNext(el);
        await clickNext(el);

        $$(el, '[part="error-summary"] a')[1]!.click();
        await settle(el);

        expect(focused(el)).to.equal(radio(el, 'ga-2', 1));
      });

    it('says "Elija una opción." on the radio the summary\'s link focuses',
      async () => {
        const el = await buildSmall();
        await clickNext(el);

        $(el, '[part="error-summary"] a').click();
        await settle(el);

        const input = focused(el)!;
        expect(input).to.equal(radio(el, SEGMENT, 'academia'));
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(description(input)).to.equal('Elija una opción.');
        expect($(el, `#q-${SEGMENT}`).hasAttribute('aria-describedby'))
          .to.equal(false);
      });

    it('says "Choose an option." on every radio of a statement in English',
      async () => {
        const el = await buildSmall({ lang: 'en' });
        await choose(el, SEGMENT, 'academia');
        await clickNext(el);
        await clickNext(el);

        $$(el, '[part="error-summary"] a')[1]!.click();
        await settle(el);

        const radios = $$(el, 'input[name="ga-2"]');
        expect(radios).to.include(focused(el));
        expect(radios.map(description)).to.deep.equal(
          radios.map(() => 'Choose an option.'));
        expect(radios.map((r) => r.getAttribute('aria-invalid')))
          .to.deep.equal(radios.map(() => 'true'));
      });

    it('removes a statement\'s error once it is answered', async () => {
      const el = await buildSmall();
      await choose(el, SEGMENT, 'academia');
      await clickNext(el);
      await clickNext(el);

      await choose(el, 'ga-1', 3);

      for (const input of $$(el, 'input[name="ga-1"]')) {
        expect(input.hasAttribute('aria-invalid')).to.equal(false);
        expect(description(input)).to.equal('');
      }
      expect(radio(el, 'ga-2', 1).getAttribute('aria-invalid'))
        .to.equal('true');
      expect(textOf($(el, '[part="error-summary"] h3'))).to.equal(
        'Falta 1 respuesta',
      );
    });
  });

  describe('focus and announcements', () => {
    it('moves focus to the heading and announces "Paso 2 de 8" on Next',
      async () => {
        const el = await build();
        await choose(el, SEGMENT, 'public');

        await clickNext(el);

        expect(focused(el)).to.equal($(el, 'h2'));
        expect(headingText(el)).to.equal('Gobernanza');
        expect(textOf(liveRegion(el))).to.equal('Paso 2 de 8: Gobernanza');
        expect(textOf($(el, '[part="progress"]'))).to.equal('Paso 2 de 8');
      });

    it('keeps one polite live region, empty, from the first render',
      async () => {
        const el = await build();

        const regions = $$(el, '[aria-live]');
        expect(regions).to.have.length(1);
        expect(regions[0]!.getAttribute('role')).to.equal('status');
        expect(textOf(regions[0])).to.equal('');
      });

    it('goes back without checking, with Anterior', async () => {
      const el = await buildSmall();
      await choose(el, SEGMENT, 'public');
      await clickNext(el);

      $(el, '[part="back"]').click();
      await settle(el);

      expect(el.step).to.equal(0);
      expect(radio(el, SEGMENT, 'public').checked).to.equal(true);
      expect(focused(el)).to.equal($(el, 'h2'));
    });

    it('labels the last step\'s button "Enviar respuestas"', async () => {
      const el = await buildSmall();
      await choose(el, SEGMENT, 'public');
      await clickNext(el);
      await choose(el, 'ga-1', 1);
      await choose(el, 'ga-2', 1);

      await clickNext(el);

      expect(textOf($(el, '[part~="next"]'))).to.equal('Enviar respuestas');
      expect($(el, '[part~="next"]').matches('[part~="submit"]'))
        .to.equal(true);
    });
  });

  describe('the step list', () => {
    it('jumps back to an answered step', async () => {
      const el = await buildSmall();
      await choose(el, SEGMENT, 'public');
      await clickNext(el);
      await choose(el, 'ga-1', 1);
      await choose(el, 'ga-2', 1);
      await clickNext(el);

      $$(el, '[part="step-list"] button')[0]!.click();
      await settle(el);

      expect(el.step).to.equal(0);
      expect(focused(el)).to.equal($(el, 'h2'));
    });

    it('stops a jump forward at the first step with a gap', async () => {
      const el = await buildSmall();
      await choose(el, SEGMENT, 'public');

      $$(el, '[part="step-list"] button')[2]!.click();
      await settle(el);

      expect(el.step).to.equal(1);
      expect(focused(el)).to.equal($(el, '[part="error-summary"]'));
    });

    it('says how many statements of each step are answered', async () => {
      const el = await buildSmall();
      await choose(el, SEGMENT, 'public');
      await clickNext(el);

      await choose(el, 'ga-1', 6);

      const status = $$(el, '[part="step-list"] .step-status').map(textOf);
      expect(status).to.deep.equal(['1 de 2 respondidas',
        '0 de 1 respondida']);
    });
  });

  describe('a double click on Next', () => {
    it('does not choose the option that appears under the pointer',
      async () => {
        const el = await buildSmall();
        await choose(el, SEGMENT, 'public');
        await clickNext(el);
        const label = radio(el, 'ga-1', 1).closest('label')!;

        clickWithDetail(label, 2);
        await settle(el);

        expect(radio(el, 'ga-1', 1).checked).to.equal(false);
        expect(el.answers).to.deep.equal({});
      });
  });
});
