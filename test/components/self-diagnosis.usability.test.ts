import { expect, html } from '@open-wc/testing';
import { defaultInstrument } from '../../src/engine/model/index.ts';
import {
  $,
  $$,
  $maybe,
  AXIS_QUESTIONS,
  STEPS,
  build,
  cleanStorage,
  clickNext,
  clickThroughAxes,
  radio,
  settle,
  silentConsole,
  textOf,
} from './helpers.ts';

/** A click as the browser sends it; `detail` counts clicks in a row. */
function clickWithDetail(target: Element, detail: number) {
  target.dispatchEvent(new MouseEvent('click', {
    bubbles: true,
    composed: true,
    cancelable: true,
    detail,
  }));
}

describe('<sctmm-self-diagnosis> guards against slips', () => {
  silentConsole();
  cleanStorage();

  describe('a double click on Next', () => {
    it('does not choose the option that appears under the pointer',
      async () => {
        const el = await build();
        await clickNext(el);
        const first = AXIS_QUESTIONS[0]![0]!;
        const label = radio(el, first, 1).closest('label')!;

        clickWithDetail(label, 2);
        await settle(el);

        expect(radio(el, first, 1).checked).to.equal(false);
        expect(el.responses).to.deep.equal({});
      });

    it('still lets a single click choose the option', async () => {
      const el = await build();
      await clickNext(el);
      const first = AXIS_QUESTIONS[0]![0]!;
      const label = radio(el, first, 1).closest('label')!;

      clickWithDetail(label, 1);
      await settle(el);

      expect(radio(el, first, 1).checked).to.equal(true);
      expect(el.responses).to.deep.equal({ [first]: 1 });
    });
  });

  describe('changing an answer from the review', () => {
    it('offers a button back to the review, which returns there',
      async () => {
        const el = await build();
        await clickThroughAxes(el, [1, 1, 1, 1, 1]);
        const links = $$(el, '.review-row a');

        links[5]!.click();
        await settle(el);
        const back = $(el, '[part="to-review"]');
        back.click();
        await settle(el);

        expect(el.step).to.equal(STEPS.review);
      });

    it('shows no such button on a step reached with Next', async () => {
      const el = await build();

      await clickNext(el);

      expect($maybe(el, '[part="to-review"]')).to.equal(null);
    });
  });
});

describe('<sctmm-self-diagnosis> result, read on paper', () => {
  silentConsole();
  cleanStorage();

  it('names the entity, the date and the questionnaire, and explains ' +
    'how a score becomes a level', async () => {
    const el = await build(html`<sctmm-self-diagnosis
      entity-name="Municipio de Prueba"></sctmm-self-diagnosis>`);
    await clickThroughAxes(el, [2, 2, 2, 2, 2]);

    await clickNext(el);

    const today = new Intl.DateTimeFormat('es-CO', { dateStyle: 'long' })
      .format(new Date());
    const overall = textOf($(el, '[part="overall"]'));
    expect(overall).to.contain('Entidad: Municipio de Prueba');
    expect(overall).to.contain(`Fecha: ${today}`);
    expect(overall).to.contain(defaultInstrument.title.es);
    expect(overall).to.contain('3,0 es nivel 3 y de 3,1 a 4,0 es nivel 4');
  });

  it('says only "Sin datos" for an axis whose every answer is ' +
    '"No aplica"', async () => {
    const el = await build();
    await clickThroughAxes(el, ['na', 3, 3, 3, 3]);

    await clickNext(el);

    const first = $$(el, '[part="axis-result"]')[0]!;
    expect(textOf(first.querySelector('.axis-score'))).to.equal('Sin datos');
  });
});

describe('<sctmm-self-diagnosis> on a hostile page', () => {
  silentConsole();
  cleanStorage();

  it('keeps its buttons the same size when the page sets ' +
    '"* { box-sizing: content-box }"', async () => {
    const el = await build();
    const before = $(el, '[part="next"]').getBoundingClientRect();
    const hostile = document.createElement('style');
    hostile.textContent = '* { box-sizing: content-box !important; }';

    document.head.append(hostile);
    const after = $(el, '[part="next"]').getBoundingClientRect();
    hostile.remove();

    expect(after.height).to.equal(before.height);
    expect(after.width).to.equal(before.width);
  });
});

describe('<sctmm-self-diagnosis> result radar', () => {
  silentConsole();
  cleanStorage();

  it('draws the score of each axis in a radar chart of the five axes',
    async () => {
      const el = await build();
      await clickThroughAxes(el, [1, 2, 3, 4, 5]);

      await clickNext(el);

      const radar = $(el, 'sctmm-radar-chart') as HTMLElement & {
        axes: { key: string }[];
        series: { values: Record<string, number | null> }[];
        max: number;
        updateComplete: Promise<boolean>;
      };
      await radar.updateComplete;
      const ids = defaultInstrument.axes.map((axis) => axis.id);
      expect(radar.axes.map((axis) => axis.key)).to.deep.equal(ids);
      expect(radar.series[0]!.values).to.deep.equal(
        Object.fromEntries(ids.map((id, i) => [id, i + 1])),
      );
      expect(radar.max).to.equal(6);
      const svg = radar.shadowRoot!.querySelector('svg[role="img"]');
      expect(svg?.getAttribute('aria-label')).to.contain(
        'Analítica y gestión de los datos',
      );
    });
});

describe('<sctmm-self-diagnosis> snapshot for the index badge', () => {
  silentConsole();
  cleanStorage();

  it('exports a partial snapshot with the capacity score only',
    async () => {
      const el = await build(html`<sctmm-self-diagnosis
        entity-name="Municipio de Prueba"></sctmm-self-diagnosis>`);
      await clickThroughAxes(el, [2, 2, 4, 4, 4]);

      const snapshot = el.exportSnapshot();

      const capacity = (2 + 2 + 4 + 4 + 4) / 5;
      expect(snapshot?.format).to.equal('sctmm/index-snapshot@1');
      expect(snapshot?.entity.name).to.equal('Municipio de Prueba');
      expect(snapshot?.index.score).to.be.closeTo(capacity, 1e-9);
      expect(snapshot?.index.level).to.equal(4);
      expect(snapshot?.parts?.capacity?.score).to.be.closeTo(capacity, 1e-9);
      expect(snapshot?.parts?.perception ?? null).to.equal(null);
      expect(snapshot?.parts?.results ?? null).to.equal(null);
    });
});

describe('<sctmm-self-diagnosis> result table on a phone', () => {
  silentConsole();
  cleanStorage();

  it('never breaks a column heading in the middle of a word', async () => {
    const el = await build(html`<sctmm-self-diagnosis
      style="width: 343px"></sctmm-self-diagnosis>`);
    await clickThroughAxes(el, [1, 2, 3, 4, 5]);

    await clickNext(el);

    const headings = $$(el, '[part="result-table"] thead th');
    const lines = headings.map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return new Set([...range.getClientRects()].map((r) => r.top)).size;
    });
    expect(lines).to.deep.equal([1, 1, 1]);
  });
});

describe('<sctmm-self-diagnosis> result on a 320 px phone', () => {
  silentConsole();
  cleanStorage();

  it('keeps the result table within the element', async () => {
    const el = await build(html`<sctmm-self-diagnosis lang="es"
      style="width: 288px"></sctmm-self-diagnosis>`);
    await clickThroughAxes(el, [1, 2, 3, 4, 5]);

    await clickNext(el);

    const table = $(el, '[part="result-table"]');
    const right = table.getBoundingClientRect().right;
    expect(right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });
});
