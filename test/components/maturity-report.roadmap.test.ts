import { expect, html, oneEvent } from '@open-wc/testing';
import type {
  MaturityReportErrorDetail,
  MaturityReportRoadmapDetail,
} from '../../src/components/maturity-report/events.ts';
import { cleanStorage, press, silentConsole, textOf } from './helpers.ts';
import {
  $,
  $$,
  type SctmmMaturityReport,
  build,
  capacityOnly,
  settle,
} from './maturity-report/helpers.ts';
import { catchDownload } from './result-fixtures.ts';

/** Where the roadmap of the test municipality (DIVIPOLA 25899) is kept. */
const KEY = 'sctmm-maturity-report:25899';

function persisted(assessment: unknown = capacityOnly()) {
  return build(html`<sctmm-maturity-report
    .assessment=${assessment}></sctmm-maturity-report>`);
}

function radio(el: SctmmMaturityReport, step: string, status: string) {
  return $(el, `[data-step="${step}"] input[value="${status}"]`) as
    HTMLInputElement;
}

function statuses(el: SctmmMaturityReport): string[] {
  return $$(el, '[part~="roadmap-step"] input:checked')
    .map((input) => (input as HTMLInputElement).value);
}

function savedSteps(): Record<string, string> | undefined {
  const raw = localStorage.getItem(KEY);
  return raw === null ? undefined : JSON.parse(raw).answers.steps;
}

describe('<sctmm-maturity-report> roadmap', () => {
  silentConsole();
  cleanStorage();

  describe('keyboard', () => {
    it('sets a status with the arrow keys and tells the page', async () => {
      const el = await persisted();
      radio(el, 'strategy', 'not-started').focus();

      const heard = oneEvent(el, 'sctmm-roadmap-change');
      await press('ArrowRight');
      const event = await heard as CustomEvent<MaturityReportRoadmapDetail>;
      await settle(el);

      expect(radio(el, 'strategy', 'in-progress').checked).to.equal(true);
      expect(event.detail.step).to.equal('strategy');
      expect(event.detail.status).to.equal('in-progress');
      expect(event.detail.roadmap.steps).to.deep.equal(
        { strategy: 'in-progress' });
      expect(el.shadowRoot!.activeElement).to.equal(
        radio(el, 'strategy', 'in-progress'));
    });

    it('reaches "Hecho" with a second arrow and updates the progress',
      async () => {
        const el = await persisted();
        radio(el, 'baseline', 'not-started').focus();

        await press('ArrowRight');
        await press('ArrowRight');
        await settle(el);

        expect(radio(el, 'baseline', 'done').checked).to.equal(true);
        expect(textOf($(el, '.roadmap-progress'))).to.equal(
          'Avance: 1 de 7 pasos hechos y 0 en curso.');
        expect($(el, '[data-step="baseline"]').dataset.status)
          .to.equal('done');
      });

    it('is one tab stop per step', async () => {
      const el = await persisted();
      radio(el, 'strategy', 'not-started').focus();

      await press('Tab');

      expect(el.shadowRoot!.activeElement).to.equal(
        radio(el, 'socialize', 'not-started'));
    });

    it('names each radio group after its step', async () => {
      const el = await persisted();

      const group = $(el, '[data-step="evaluation"] fieldset');
      expect(textOf(group.querySelector('legend'))).to.equal('7. Evaluar');
      expect(group.querySelectorAll('input[type="radio"]'))
        .to.have.length(3);
    });
  });

  describe('persistence', () => {
    it('keeps the statuses through a reload', async () => {
      const first = await persisted();
      radio(first, 'strategy', 'not-started').focus();
      await press('ArrowRight');
      await settle(first);
      first.remove();

      const again = await persisted();

      expect(statuses(again)[0]).to.equal('in-progress');
      expect(savedSteps()).to.deep.equal({ strategy: 'in-progress' });
      const saved = JSON.parse(localStorage.getItem(KEY)!);
      expect(saved.format).to.equal('sctmm/saved-progress@1');
      expect(saved.source).to.deep.equal(
        { id: 'sctmm-roadmap', version: '1' });
    });

    it('prefers the saved statuses to older ones in the assessment',
      async () => {
        const first = await persisted();
        radio(first, 'strategy', 'done').click();
        await settle(first);
        first.remove();
        const given = { ...capacityOnly(), roadmap: {
          updatedAt: '2020-01-01T00:00:00Z', steps: { strategy: 'not-started',
            evaluation: 'done' } } };

        const again = await persisted(given);

        expect(statuses(again)[0]).to.equal('done');
        expect(statuses(again)[6]).to.equal('not-started');
      });

    it('prefers newer statuses in the assessment to the saved ones',
      async () => {
        const first = await persisted();
        radio(first, 'strategy', 'done').click();
        await settle(first);
        first.remove();
        await new Promise((resolve) => setTimeout(resolve, 5));
        const given = { ...capacityOnly(), roadmap: {
          updatedAt: new Date().toISOString(),
          steps: { evaluation: 'in-progress' } } };

        const again = await persisted(given);

        expect(statuses(again)[0]).to.equal('not-started');
        expect(statuses(again)[6]).to.equal('in-progress');
      });

    it('keeps what the user marked over a served file dated in the ' +
      'future, through every reload', async () => {
      const served = { ...capacityOnly(), roadmap: {
        updatedAt: '2999-01-01T00:00:00Z',
        steps: { evaluation: 'in-progress' } } };
      const first = await persisted(served);
      expect(statuses(first)[6]).to.equal('in-progress');
      radio(first, 'strategy', 'done').click();
      await settle(first);
      first.remove();

      const again = await persisted(served);
      radio(again, 'baseline', 'in-progress').click();
      await settle(again);
      again.remove();
      const third = await persisted(served);

      expect(statuses(third)[0]).to.equal('done');
      expect(statuses(third)[3]).to.equal('in-progress');
      expect(statuses(third)[6]).to.equal('in-progress');
      expect(third.exportAssessment()!.roadmap).to.not.have.property(
        'basedOn');
    });

    it('keeps each entity\'s roadmap apart', async () => {
      const first = await persisted();
      radio(first, 'strategy', 'done').click();
      await settle(first);
      const other = { ...capacityOnly(), entity: { name: 'Otro Municipio' } };

      const second = await persisted(other);

      expect(statuses(second)[0]).to.equal('not-started');
      expect(localStorage.getItem(
        'sctmm-maturity-report:otro-municipio')).to.equal(null);
    });

    it('saves under storage-key when given', async () => {
      const el = await build(html`<sctmm-maturity-report
        storage-key="mi-hoja-de-ruta"
        .assessment=${capacityOnly()}></sctmm-maturity-report>`);

      radio(el, 'socialize', 'in-progress').click();
      await settle(el);

      const saved = JSON.parse(localStorage.getItem('mi-hoja-de-ruta')!);
      expect(saved.answers.steps).to.deep.equal(
        { socialize: 'in-progress' });
    });

    it('saves nothing with no-persist, and says so', async () => {
      const el = await build(html`<sctmm-maturity-report no-persist
        .assessment=${capacityOnly()}></sctmm-maturity-report>`);

      radio(el, 'strategy', 'done').click();
      await settle(el);

      expect(localStorage.length).to.equal(0);
      expect(textOf($(el, '[part~="roadmap"]'))).to.include(
        'no se guarda en este dispositivo');
    });

    it('says when storage refuses the roadmap, and keeps it in memory',
      async () => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
        try {
          const el = await persisted();
          const heard = oneEvent(el, 'sctmm-error');

          radio(el, 'strategy', 'done').click();
          const event = await heard as
            CustomEvent<MaturityReportErrorDetail>;
          await settle(el);

          expect(event.detail.code).to.equal('storage');
          expect(textOf($(el, '[part~="notice"]'))).to.include(
            'No se pudo guardar el estado de la hoja de ruta');
          expect(statuses(el)[0]).to.equal('done');
        } finally {
          Storage.prototype.setItem = setItem;
        }
      });
  });

  describe('export', () => {
    it('includes the statuses in the exported assessment', async () => {
      const el = await persisted();
      radio(el, 'initiatives', 'in-progress').click();
      await settle(el);
      const download = catchDownload();

      try {
        $(el, '[part~="export"]').click();
      } finally {
        download.restore();
      }

      const { caught } = download;
      expect(caught.name).to.equal(
        'evaluacion-municipio-de-prueba-2026-11-30.json');
      const file = JSON.parse(await caught.blob!.text());
      expect(file.roadmap.steps).to.deep.equal({ initiatives: 'in-progress' });
      expect(file.roadmap.updatedAt).to.match(/^\d{4}-\d\d-\d\dT/);
      expect(file).to.deep.equal(el.exportAssessment());
      expect(file.capacity).to.deep.equal(capacityOnly().capacity);
    });
  });
});
