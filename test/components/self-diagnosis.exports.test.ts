import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { defaultInstrument } from '../../src/engine/model/index.ts';
import {
  $,
  $$,
  $maybe,
  AXIS_IDS,
  DEFAULT_KEY,
  STEPS,
  STEP_TITLES,
  build,
  button,
  cleanStorage,
  focused,
  headingText,
  saved,
  settle,
  silentConsole,
  textOf,
} from './helpers.ts';
import {
  answersById,
  atResult,
  catchDownload,
  today,
} from './result-fixtures.ts';

describe('<sctmm-self-diagnosis> export, print and start over', () => {
  silentConsole();
  cleanStorage();

  it('downloads the Assessment as JSON', async () => {
    const el = await atResult();
    const download = catchDownload();

    try {
      button(el, 'Descargar JSON').click();
      await settle(el);
    } finally {
      download.restore();
    }

    const { caught } = download;
    expect(caught.clicks).to.equal(1);
    expect(caught.name)
      .to.equal(`autodiagnostico-capacidades-${today()}.json`);
    expect(caught.blob!.type).to.equal('application/json');
    const parsed = JSON.parse(await caught.blob!.text());
    expect(parsed).to.deep.equal(el.exportAssessment());
  });

  it('downloads the scores as CSV, in Spanish with ";" and a decimal ' +
    'comma', async () => {
    const el = await atResult();
    const download = catchDownload();

    try {
      button(el, 'Descargar CSV').click();
      await settle(el);
    } finally {
      download.restore();
    }

    const { caught } = download;
    expect(caught.name)
      .to.equal(`autodiagnostico-capacidades-${today()}.csv`);
    const bytes = new Uint8Array(await caught.blob!.arrayBuffer());
    // The UTF-8 byte order mark, so spreadsheets read the accents.
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes).split(/\r?\n/)
      .filter((line) => line !== '').map((line) => line.split(';'));
    expect(rows[0]).to.deep.equal(
      ['tipo', 'id', 'nombre', 'puntaje', 'nivel', 'nombre del nivel'],
    );
    const first = defaultInstrument.axes[0]!.capacities[0]!;
    // Scores to one decimal, half up, with a decimal comma:
    // 3.7833 -> 3,8; 14 / 4 = 3.5 -> 3,5; 3 -> 3,0.
    expect(rows.slice(1, 4)).to.deep.equal([
      ['total', '', '', '3,8', '4', 'Conectado'],
      ['eje', AXIS_IDS[0], 'Institucionalidad e innovación', '3,5', '4',
        'Conectado'],
      ['capacidad', first.id, first.title.es, '3,0', '3', 'Coordinado'],
    ]);
    // 1 header + 1 overall + 5 axes + 19 capacities.
    expect(rows).to.have.length(1 + 1 + 5 + 19);
  });

  it('downloads the CSV in English with "," and a decimal point',
    async () => {
      const el = await atResult(
        html`<sctmm-self-diagnosis lang="en"></sctmm-self-diagnosis>`,
      );
      const download = catchDownload();

      try {
        button(el, 'Download CSV').click();
        await settle(el);
      } finally {
        download.restore();
      }

      const { caught } = download;
      expect(caught.name).to.equal(`capacity-self-diagnosis-${today()}.csv`);
      const rows = (await caught.blob!.text()).split(/\r?\n/)
        .filter((line) => line !== '').map((line) => line.split(','));
      expect(rows[0]).to.deep.equal(
        ['kind', 'id', 'name', 'score', 'level', 'level name'],
      );
      // Axis 3 is the 3rd axis row: after the overall, axis 1 and its
      // 4 capacities, axis 2 and its 5. 7 / 4 = 1.75 -> 1.8 (half up).
      const third = rows[2 + 5 + 6]!;
      expect([rows[1], third]).to.deep.equal([
        ['overall', '', '', '3.8', '4', 'Connected'],
        ['axis', AXIS_IDS[2], 'Leadership and human capital', '1.8', '2',
          'Isolated'],
      ]);
    });

  it('opens the print dialog from "Imprimir"', async () => {
    const el = await atResult();
    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };

    try {
      button(el, 'Imprimir').click();
    } finally {
      window.print = print;
    }

    expect(printed).to.equal(1);
  });

  it('hides the step list and the buttons when printed', async () => {
    const el = await atResult();

    await emulateMedia({ media: 'print' });
    let display: string[];
    try {
      display = [
        getComputedStyle($(el, '[part="step-list"]')).display,
        ...$$(el, '[part="actions"]').map((a) => getComputedStyle(a).display),
        getComputedStyle($(el, '[part="overall"]')).display,
      ];
    } finally {
      await emulateMedia({ media: 'screen' });
    }

    expect(display).to.deep.equal(['none', 'none', 'block']);
  });

  it('asks before starting over, in a modal dialog', async () => {
    const el = await atResult();

    button(el, 'Empezar de nuevo').click();
    await settle(el);

    const dialog = $(el, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(textOf(dialog.querySelector('h3'))).to.equal(
      '¿Empezar de nuevo?',
    );
  });

  it('keeps every answer when starting over is cancelled', async () => {
    const el = await atResult();
    button(el, 'Empezar de nuevo').click();
    await settle(el);

    button(el, 'Cancelar').click();
    await settle(el);

    expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    expect(el.step).to.equal(STEPS.result);
    expect(el.responses).to.deep.equal(answersById());
    expect(saved()!.answers).to.deep.equal(answersById());
  });

  it('clears the answers and the saved copy when starting over is ' +
    'confirmed', async () => {
    const el = await atResult();
    button(el, 'Empezar de nuevo').click();
    await settle(el);

    button(el, 'Sí, borrar y empezar').click();
    await settle(el);

    expect(el.responses).to.deep.equal({});
    expect(el.step).to.equal(0);
    expect(headingText(el)).to.equal(STEP_TITLES.es[0]);
    expect(focused(el)).to.equal($(el, 'h2'));
    const left = saved(DEFAULT_KEY);
    expect(left === null || Object.keys(left.answers).length === 0)
      .to.equal(true);
    expect($maybe(el, 'dialog')).to.equal(null);
  });

  it('starts over with nothing answered on a new element', async () => {
    const el = await atResult();
    button(el, 'Empezar de nuevo').click();
    await settle(el);
    button(el, 'Sí, borrar y empezar').click();
    await settle(el);
    el.remove();

    const again = await build();

    expect(again.responses).to.deep.equal({});
    expect(again.step).to.equal(0);
  });
});
