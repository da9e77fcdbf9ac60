import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type {
  MaturityReportErrorDetail,
} from '../../src/components/maturity-report/events.ts';
import {
  cleanStorage,
  silentConsole,
  textOf,
  until,
  watchPage,
} from './helpers.ts';
import {
  $,
  $maybe,
  allText,
  build,
  capacityOnly,
  chooseFile,
  complete,
} from './maturity-report/helpers.ts';

/**
 * Builds the report while listening on the document for `sctmm-error`,
 * and waits for the first one and the message shown with it.
 */
async function failing(template: TemplateResult) {
  const events: CustomEvent<MaturityReportErrorDetail>[] = [];
  const listener = (event: Event) => {
    events.push(event as CustomEvent<MaturityReportErrorDetail>);
  };
  document.addEventListener('sctmm-error', listener);
  try {
    const el = await build(template);
    await until(() => events.length > 0, 'an sctmm-error event');
    await until(() => $maybe(el, '[part~="error"]') !== null,
      'the error message');
    return { el, events, message: textOf($(el, '[part~="error"]')) };
  } finally {
    document.removeEventListener('sctmm-error', listener);
  }
}

describe('<sctmm-maturity-report> assessments that cannot be shown', () => {
  const console = silentConsole();
  cleanStorage();
  const page = watchPage();

  beforeEach(() => console.allow(/\[sctmm-maturity-report\] unusable/));

  it('says where the JSON comes from when src is a CSV file', async () => {
    const { message } = await failing(html`<sctmm-maturity-report
      no-persist src="/examples/indicator-set.csv"></sctmm-maturity-report>`);

    expect(message).to.include('no es un documento JSON válido. Parece ' +
      'un archivo CSV: el informe abre el JSON que el autodiagnóstico ' +
      'exporta con «Descargar JSON».');
  });

  it('says the server answered 404', async () => {
    const { events, message } = await failing(html`<sctmm-maturity-report
      no-persist src="/no-such-assessment.json"></sctmm-maturity-report>`);

    expect(message).to.include('No se pudo descargar la evaluación ' +
      '(src="/no-such-assessment.json"): el servidor respondió con el ' +
      'código 404.');
    expect(events[0]!.detail).to.deep.include({ code: 'http',
      reason: 'http', origin: 'src', status: 404 });
    expect(page.errors()).to.deep.equal([]);
  });

  it('says a file that stops half-way is not JSON', async () => {
    const { events, message } = await failing(html`<sctmm-maturity-report
      no-persist src="/test/fixtures/assessment-not-json.json">
      </sctmm-maturity-report>`);

    expect(message).to.include('no es un documento JSON válido');
    expect(events[0]!.detail.code).to.equal('not-json');
  });

  it('lists the problems of an invalid document by path', async () => {
    const { el, events, message } = await failing(html`
      <sctmm-maturity-report no-persist lang="en"
        src="/test/fixtures/assessment-invalid.json">
      </sctmm-maturity-report>`);

    expect(message).to.include('The assessment (src="/test/fixtures/' +
      'assessment-invalid.json") has errors and cannot be used:');
    const paths = events[0]!.detail.issues.map((issue) => issue.path);
    expect(paths).to.deep.equal(['entity.name', 'measuredAt']);
    expect(textOf($(el, '[part~="error"] .issues'))).to.include(
      'measuredAt:');
  });

  it('names the attribute when its JSON does not parse', async () => {
    const { events, message } = await failing(html`<sctmm-maturity-report
      no-persist assessment='{"format": '></sctmm-maturity-report>`);

    expect(message).to.equal('No se puede mostrar el informe La ' +
      'evaluación (assessment) no es un documento JSON válido. Si usted ' +
      'administra este sitio, revise la evaluación indicada. También ' +
      'puede importar un archivo de evaluación.');
    expect(events[0]!.detail).to.deep.include({ code: 'not-json',
      origin: 'attribute' });
  });

  it('reads a valid assessment from its attribute', async () => {
    const json = JSON.stringify(capacityOnly());

    const el = await build(html`<sctmm-maturity-report no-persist
      assessment=${json}></sctmm-maturity-report>`);

    expect($(el, '[part~="header"]')).to.exist;
  });

  it('says why an object given by property cannot be used', async () => {
    const bad = { ...capacityOnly(), capacity: { score: 3, level: 3,
      axes: [{ id: 'astrology', score: 3, level: 3 }] } };

    const { events } = await failing(html`<sctmm-maturity-report
      no-persist .assessment=${bad}></sctmm-maturity-report>`);

    expect(events[0]!.detail).to.deep.include({ code: 'schema',
      reason: 'invalid', origin: 'property' });
    expect(events[0]!.detail.issues).to.deep.equal([{
      path: 'capacity.axes[0].id',
      message: '"astrology" is not an enabling axis of the model' }]);
  });

  it('refuses a 2021 assessment in a report of edition 2020, and says ' +
    'why', async () => {
    const { message } = await failing(html`<sctmm-maturity-report
      no-persist edition="2020" src="/test/fixtures/assessment-2021.json">
      </sctmm-maturity-report>`);

    expect(message).to.include('es de la edición 2021 del modelo, con 5 ' +
      'niveles, y este informe usa la edición 2020, con 6.');
  });

  it('names an edition attribute it does not know', async () => {
    const { events, message } = await failing(html`<sctmm-maturity-report
      no-persist edition="2019" .assessment=${complete()}>
      </sctmm-maturity-report>`);

    expect(message).to.include('El atributo edition="2019" no es una ' +
      'edición que sctmm conozca (2020 y 2021).');
    expect(events[0]!.detail.issues).to.deep.equal([{ path: 'edition',
      message: 'expected one of 2020, 2021' }]);
  });

  it('warns the developer once, and not for a file the user chose',
    async () => {
      const { el } = await failing(html`<sctmm-maturity-report no-persist
        src="/no-such-assessment.json"></sctmm-maturity-report>`);
      const before = console.matching(/unusable-assessment/).length;

      await chooseFile(el, 'not json');

      expect(before).to.equal(1);
      expect(console.matching(/unusable-assessment/)).to.have.length(1);
    });

  it('says it is loading while src is read, never a blank box',
    async () => {
      const el = await build(html`<sctmm-maturity-report no-persist
        src="/__badge/hang?key=report"></sctmm-maturity-report>`);

      expect(textOf($(el, '.loading'))).to.equal('Cargando la evaluación…');
      expect($(el, '.loading').getAttribute('aria-busy')).to.equal('true');
    });

  it('shows no NaN or blank report whatever went wrong', async () => {
    const { el } = await failing(html`<sctmm-maturity-report no-persist
      src="/test/fixtures/assessment-invalid.json"></sctmm-maturity-report>`);

    expect(allText(el)).to.not.match(/NaN|undefined/);
    expect(allText(el).length).to.be.greaterThan(50);
  });
});
