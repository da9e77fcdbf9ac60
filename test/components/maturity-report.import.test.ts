import { expect, html } from '@open-wc/testing';
import type {
  MaturityReportErrorDetail,
  MaturityReportImportDetail,
} from '../../src/components/maturity-report/events.ts';
import { assessmentToJson } from '../../src/engine/assessment-format.ts';
import { cleanStorage, silentConsole, textOf } from './helpers.ts';
import {
  $,
  $maybe,
  type SctmmMaturityReport,
  build,
  capacityOnly,
  chooseFile,
  complete,
  partText,
  report,
  settle,
} from './maturity-report/helpers.ts';

/** Records the events of `type` that `el` fires. */
function record<T>(el: SctmmMaturityReport, type: string) {
  const heard: CustomEvent<T>[] = [];
  el.addEventListener(type, (event) => heard.push(event as CustomEvent<T>));
  return heard;
}

function status(el: SctmmMaturityReport): string {
  return partText(el, 'import-status');
}

/** A 2021 assessment as a file's text. */
function of2021(): string {
  const given = { ...capacityOnly(), edition: '2021' };
  given.capacity!.axes.forEach((axis, i) => {
    axis.score = i + 1;
    axis.level = i + 1;
  });
  given.capacity!.score = 3;
  given.capacity!.level = 3;
  return JSON.stringify(given);
}

describe('<sctmm-maturity-report> import', () => {
  silentConsole();
  cleanStorage();

  it('shows an imported file in place of the current assessment, and ' +
    'tells the page', async () => {
    const el = await report(capacityOnly());
    const heard = record<MaturityReportImportDetail>(el, 'sctmm-import');
    const other = { ...complete(), entity: { name: 'Municipio Importado' } };

    await chooseFile(el, assessmentToJson(other), 'otra.json');

    expect(partText(el, 'header')).to.include('Municipio Importado');
    expect(status(el)).to.equal('Se importó «otra.json»: Municipio ' +
      'Importado, medición del 30 de noviembre de 2026.');
    expect(heard).to.have.length(1);
    expect(heard[0]!.detail.fileName).to.equal('otra.json');
    expect(heard[0]!.detail.assessment.entity.name)
      .to.equal('Municipio Importado');
    expect(el.exportAssessment()!.perception).to.deep.equal(
      complete().perception);
  });

  it('imports into an empty report', async () => {
    const el = await build(html`<sctmm-maturity-report no-persist>
      </sctmm-maturity-report>`);
    expect(textOf($(el, '[part~="empty"]'))).to.include(
      'Todavía no hay una evaluación');

    await chooseFile(el, assessmentToJson(complete()));

    expect($maybe(el, '[part~="empty"]')).to.equal(null);
    expect($(el, '[part~="index"]')).to.exist;
  });

  it('leaves the current assessment untouched when the file is not ' +
    'JSON, and says why', async () => {
    const el = await report(complete());
    const before = JSON.stringify(el.exportAssessment());
    const errors = record<MaturityReportErrorDetail>(el, 'sctmm-error');
    const imports = record(el, 'sctmm-import');

    await chooseFile(el, '{ "format": "sctmm/assess', 'roto.json');

    expect(JSON.stringify(el.exportAssessment())).to.equal(before);
    expect(partText(el, 'header')).to.include('Municipio de Prueba');
    expect(status(el)).to.equal('El archivo («roto.json») no es un ' +
      'documento JSON válido. El informe sigue mostrando la evaluación ' +
      'anterior.');
    expect(imports).to.have.length(0);
    expect(errors.map((e) => [e.detail.code, e.detail.reason,
      e.detail.origin])).to.deep.equal([['not-json', 'not-json', 'file']]);
  });

  it('lists the problems of an invalid file by path', async () => {
    const el = await report(complete());
    const broken = { ...capacityOnly(), measuredAt: 'ayer' };

    await chooseFile(el, JSON.stringify(broken), 'mal.json');

    expect(status(el)).to.include('El archivo («mal.json») tiene errores ' +
      'y no se puede usar:');
    expect(textOf($(el, '[part~="import-status"] .issues'))).to.include(
      'measuredAt:');
    expect(partText(el, 'header')).to.include('Código DIVIPOLA: 25899');
  });

  it('names the kind of a document that is not an assessment', async () => {
    const el = await report(complete());
    const snapshot = {
      format: 'sctmm/index-snapshot@1',
      entity: { name: 'X' },
      measuredAt: '2026-06-30',
      index: { score: 3.8, level: 4 },
    };

    await chooseFile(el, JSON.stringify(snapshot), 'indice.json');

    expect(status(el)).to.include('El archivo («indice.json») no es una ' +
      'evaluación: es un índice publicado.');
  });

  it('says why a 5-level file cannot join a 6-level report', async () => {
    const el = await build(html`<sctmm-maturity-report no-persist
      edition="2020" .assessment=${complete()}></sctmm-maturity-report>`);
    const errors = record<MaturityReportErrorDetail>(el, 'sctmm-error');

    await chooseFile(el, of2021(), '2021.json');

    expect(status(el)).to.include('es de la edición 2021 del modelo, con ' +
      '5 niveles, y este informe usa la edición 2020, con 6. Un puntaje ' +
      'no se puede pasar a otra escala sin cambiar lo que significa su ' +
      'nivel, así que no se convierte.');
    expect(errors[0]!.detail.reason).to.equal('edition');
    expect(errors[0]!.detail.issues[0]!.path).to.equal('edition');
    expect(partText(el, 'header')).to.include('edición 2020');
  });

  it('shows a 2021 file in its own edition when the report has none',
    async () => {
      const el = await report(complete());

      await chooseFile(el, of2021(), '2021.json');

      expect(partText(el, 'header')).to.include('edición 2021 (5 niveles)');
      expect(textOf($(el, '[part~="measurement"][data-measurement=' +
        '"capacity"]'))).to.include('Nivel 3 de 5: Intermedio');
    });

  it('tells of the values it recomputed from their parts', async () => {
    const el = await report(complete());
    const off = capacityOnly();
    off.capacity!.score = 5.5;

    await chooseFile(el, JSON.stringify(off), 'desfasado.json');

    expect(partText(el, 'notes')).to.include('Un valor de la evaluación ' +
      'no coincidía con sus partes y se recalculó:')
      .and.include('capacity.score: was 5.5; 3.4 from its axes');
    expect(el.exportAssessment()!.capacity!.score).to.equal(3.4);
  });

  it('reads back what it exported', async () => {
    const el = await report(complete());
    const exported = assessmentToJson(el.exportAssessment()!);
    const other = await report(capacityOnly());

    await chooseFile(other, exported, 'exportado.json');

    expect(other.exportAssessment()).to.deep.equal(el.exportAssessment());
  });

  it('gives way to an assessment the page sets after an import',
    async () => {
      const el = await report(capacityOnly());
      await chooseFile(el, assessmentToJson(complete()));

      el.assessment = { ...capacityOnly(), entity: { name: 'De la página' } };
      await settle(el);

      expect(partText(el, 'header')).to.include('De la página');
    });

  it('shows nothing once the page sets the assessment to null',
    async () => {
      const el = await report(capacityOnly());

      el.assessment = null;
      await settle(el);

      expect($(el, '[part~="empty"]')).to.exist;
      expect(el.exportAssessment()).to.equal(undefined);
    });

  it('opens the file chooser from the Import button', async () => {
    const el = await report(complete());
    const input = $(el, 'input[type="file"]') as HTMLInputElement;
    let opened = 0;
    input.addEventListener('click', (event) => {
      event.preventDefault();
      opened += 1;
    });

    $(el, '[part~="import"]').click();

    expect(opened).to.equal(1);
    expect(input.accept).to.equal('application/json,.json');
    expect(input.hidden).to.equal(true);
  });
});
