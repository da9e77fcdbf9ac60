import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
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
  const console = silentConsole();
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
      'documento JSON válido. El informe conserva la evaluación anterior.');
    expect(imports).to.have.length(0);
    expect(errors.map((e) => [e.detail.code, e.detail.reason,
      e.detail.origin])).to.deep.equal([['not-json', 'not-json', 'file']]);
  });

  it('says a file just over 5 MB weighs a little over, not 5 MB', async () => {
    const el = await report(complete());
    const big = new File([new Uint8Array(5_000_001)], 'justo.json');

    await el.importFile(big);
    await settle(el);

    expect(status(el)).to.include('El archivo («justo.json») pesa algo ' +
      'más de 5 MB y el informe abre archivos de hasta 5 MB.');
  });

  it('says to open the JSON when given the self-diagnosis CSV', async () => {
    const el = await report(complete(), 'en');

    await chooseFile(el, '\ufeffEje;Puntaje;Nivel\nGeneral;3,4;4\n',
      'autodiagnostico.CSV');

    expect(status(el)).to.equal('The file (“autodiagnostico.CSV”) is not ' +
      'a valid JSON document. It looks like a CSV file: the report opens ' +
      'the JSON that the self-diagnosis exports with “Download JSON”. The ' +
      'report keeps the previous assessment.');
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

  it('tells of the values it recomputed in sentences, the details in a ' +
    'disclosure, the raw notes in the event', async () => {
    const el = await report(complete());
    const heard = record<MaturityReportImportDetail>(el, 'sctmm-import');
    const off = capacityOnly();
    off.capacity!.score = 5.9;
    off.capacity!.axes[0]!.level = 6;

    await chooseFile(el, JSON.stringify(off), 'desfasado.json');

    expect(status(el)).to.include('Se recalcularon 2 valores que no ' +
      'coincidían con sus partes.');
    const notes = $(el, '[part~="notes"]');
    expect(textOf(notes.querySelector('p'))).to.equal('Se recalcularon 2 ' +
      'valores que no coincidían con sus partes.');
    const details = notes.querySelector('details')!;
    expect(textOf(details.querySelector('summary'))).to.equal(
      'Ver qué valores cambiaron');
    expect([...details.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Institucionalidad e innovación (capacidades), nivel: decía 6; ' +
      'ahora 1.',
      'Capacidades de la entidad, puntaje: decía 5,9; ahora 3,4.',
    ]);
    expect(textOf(notes)).to.not.match(/capacity\.|was|from its/);
    expect(heard[0]!.detail.notes.map((n) => n.path)).to.deep.equal(
      ['capacity.axes[0].level', 'capacity.score']);
    expect(el.exportAssessment()!.capacity!.score).to.equal(3.4);
  });

  it('writes the recomputed values as English does, in English',
    async () => {
      const el = await report(complete(), 'en');
      const off = capacityOnly();
      off.capacity!.score = 5.9;

      await chooseFile(el, JSON.stringify(off), 'off.json');

      expect(status(el)).to.include('One value that did not match its ' +
        'parts was recomputed.');
      expect(textOf($(el, '[part~="notes"] li'))).to.equal(
        "The entity's capacity, score: was 5.9; now 3.4.");
    });

  it('introduces the list of problems with the colon, and says the ' +
    'report keeps its assessment after it', async () => {
    const el = await report(complete());
    const broken = { ...capacityOnly(), measuredAt: 'ayer' };

    await chooseFile(el, JSON.stringify(broken), 'mal.json');

    const region = $(el, '[part~="import-status"]');
    const children = [...region.children].map((child) => child.tagName);
    expect(children).to.deep.equal(['P', 'UL', 'P']);
    expect(textOf(region.children[0])).to.match(/no se puede usar:$/);
    expect(textOf(region.children[2])).to.equal(
      'El informe conserva la evaluación anterior.');
  });

  it('ends every refusal with its own sentence on the kept assessment',
    async () => {
      const files = ['no json', JSON.stringify({ ...capacityOnly(),
        format: 'sctmm/assessment@0' }), JSON.stringify({
        ...capacityOnly(), capacity: { score: 'x' } })];

      for (const file of files) {
        const el = await report(complete());

        await chooseFile(el, file, 'x.json');

        const region = $(el, '[part~="import-status"]');
        const paragraphs = [...region.querySelectorAll(':scope > p')];
        expect(textOf(paragraphs.at(-1))).to.equal(
          'El informe conserva la evaluación anterior.');
        const listed = region.querySelector('ul') !== null;
        expect(textOf(paragraphs[0]).endsWith(':')).to.equal(listed);
      }
    });

  it('says plainly that a file is of an older format version, or has ' +
    'no format tag', async () => {
    const el = await report(complete());
    const { format: _, ...untagged } = capacityOnly();
    const older = { ...capacityOnly(), format: 'sctmm/assessment@0' };

    await chooseFile(el, JSON.stringify(older), 'vieja.json');
    const olderText = status(el);
    await chooseFile(el, JSON.stringify(untagged), 'sin.json');

    expect(olderText).to.include('El archivo («vieja.json») es de una ' +
      'versión anterior del formato de evaluación (@0) que esta versión ' +
      'de sctmm no puede leer');
    expect(status(el)).to.include('El archivo («sin.json») no tiene ' +
      'etiqueta de formato (el campo «format»): ¿es una evaluación?');
  });

  it('refuses a file over 5 MB without reading it, and says so',
    async () => {
      const el = await report(complete());
      const errors = record<MaturityReportErrorDetail>(el, 'sctmm-error');
      // Sizes are decimal, as everywhere in the project: 1 MB = 10^6 B.
      const big = new File([new Uint8Array(6_000_039)], 'enorme.json');
      let read = false;
      big.text = () => {
        read = true;
        return Promise.resolve('');
      };

      const shown = await el.importFile(big);
      await settle(el);

      expect(shown).to.equal(false);
      expect(read).to.equal(false);
      expect(status(el)).to.equal('El archivo («enorme.json») pesa 6 MB ' +
        'y el informe abre archivos de hasta 5 MB. Una evaluación ocupa ' +
        'pocos kilobytes: revise que sea el archivo correcto. El informe ' +
        'conserva la evaluación anterior.');
      expect(errors.map((e) => [e.detail.code, e.detail.reason]))
        .to.deep.equal([['too-large', 'too-large']]);
      expect(partText(el, 'header')).to.include('Municipio de Prueba');
    });

  it('shows an imported file, or refuses it with the reason, whatever ' +
    'the edition attribute says', async () => {
    console.allow(/unusable-assessment/);
    const file = () => new File([assessmentToJson(complete())], 'ok.json');
    const setups = [undefined, '2020', '2021', '2030', ''];

    for (const edition of setups) {
      const el = await build(html`<sctmm-maturity-report no-persist
        edition=${edition ?? nothing} .assessment=${capacityOnly()}>
        </sctmm-maturity-report>`);
      const imports = record<MaturityReportImportDetail>(el,
        'sctmm-import');

      const shown = await el.importFile(file());
      await settle(el);

      if (shown) {
        expect(imports, edition).to.have.length(1);
        expect(imports[0]!.detail.assessment.entity.name).to.equal(
          'Municipio de Prueba');
        expect(el.exportAssessment(), edition).to.not.equal(undefined);
        expect(status(el)).to.match(/^Se importó «ok\.json»/);
        expect($maybe(el, '[part~="error"]'), edition).to.equal(null);
      } else {
        expect(imports, edition).to.have.length(0);
        expect($(el, '[part~="import-status"]').classList.contains(
          'failed'), edition).to.equal(true);
      }
    }
  });

  it('shows a file imported into a report whose edition attribute is ' +
    'unknown, in the file\'s own edition', async () => {
    console.allow(/unusable-assessment/);
    const el = await build(html`<sctmm-maturity-report no-persist
      edition="2030" .assessment=${capacityOnly()}>
      </sctmm-maturity-report>`);
    const imports = record<MaturityReportImportDetail>(el, 'sctmm-import');
    expect($(el, '[part~="error"]')).to.exist;

    const shown = await el.importFile(new File(
      [assessmentToJson(complete())], 'ok.json'));
    await settle(el);

    expect(shown).to.equal(true);
    expect(partText(el, 'header')).to.include('edición 2020');
    expect(imports[0]!.detail.assessment).to.deep.include(
      { measuredAt: '2026-11-30' });
    expect($maybe(el, '[part~="error"]')).to.equal(null);
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
