import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cleanStorage, silentConsole } from './helpers.ts';
import {
  $,
  $$,
  type SctmmMaturityReport,
  capacityOnly,
  deepAll,
  example,
  report,
  settle,
} from './maturity-report/helpers.ts';

/** Switches to print media the way the print dialog does. */
async function printing(el: SctmmMaturityReport) {
  await emulateMedia({ media: 'print' });
  window.dispatchEvent(new Event('beforeprint'));
  await settle(el);
}

function visible(node: Element): boolean {
  return node.checkVisibility({ visibilityProperty: true });
}

function pageRules(): CSSPageRule[] {
  return document.adoptedStyleSheets.flatMap((sheet) =>
    [...sheet.cssRules].filter((rule): rule is CSSPageRule =>
      rule instanceof CSSPageRule));
}

describe('<sctmm-maturity-report> on paper', () => {
  silentConsole();
  cleanStorage();

  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints no button, field or other control', async () => {
    const el = await report(await example());

    await printing(el);

    const controls = deepAll(el.shadowRoot!,
      'button, input, select, textarea, [role="button"]');
    expect(controls.length).to.be.greaterThan(20);
    expect(controls.filter(visible)).to.deep.equal([]);
  });

  it('prints every table, those of the radars included', async () => {
    const el = await report(await example());

    await printing(el);

    const tables = deepAll(el.shadowRoot!, 'table');
    // The scores table and the data table of each of the two radars.
    expect(tables).to.have.length(3);
    expect(tables.filter((table) => !visible(table))).to.deep.equal([]);
  });

  it('prints each roadmap status as text', async () => {
    const el = await report({ ...capacityOnly(),
      roadmap: { steps: { strategy: 'done' } } });

    await printing(el);

    const printed = $$(el, '.status-print').filter(visible)
      .map((p) => p.textContent);
    expect(printed).to.have.length(7);
    expect(printed[0]).to.equal('Estado: Hecho');
  });

  it('lets sections share pages, breaking only before the scores table',
    async () => {
      const el = await report(await example());

      await printing(el);

      const breaks = $$(el, 'section.report-section')
        .map((section) => getComputedStyle(section).breakBefore);
      expect(breaks).to.deep.equal(Array(6).fill('auto'));
      expect(getComputedStyle($(el, '.table-scroll')).breakBefore)
        .to.equal('page');
    });

  it('keeps every card, step, group and figure whole', async () => {
    const el = await report(await example());

    await printing(el);

    const wholes = $$(el, '.measurement, .axis-next, .roadmap-step, ' +
      '.strengths, .note');
    expect(wholes.length).to.be.greaterThan(12);
    for (const node of wholes) {
      expect(getComputedStyle(node).breakInside, node.className)
        .to.equal('avoid');
    }
  });

  it('prints no instruction meant for the screen', async () => {
    const off = { ...capacityOnly() };
    off.capacity = { ...off.capacity!, score: 5.9 };
    const el = await report(off);

    await printing(el);

    const text = $$(el, 'p, summary, li').filter(visible)
      .map((node) => node.textContent ?? '').join(' ');
    expect(text).to.not.include('Marque el estado');
    expect(text).to.not.include('Ver qué valores cambiaron');
    expect(visible($(el, '.notes-details'))).to.equal(false);
    expect(text).to.include('Se recalculó un valor');
  });

  it('repeats the footer with the date and source at the foot of every ' +
    'page', async () => {
    const el = await report(await example());

    await printing(el);

    const footer = $(el, '[part~="footer"]');
    const style = getComputedStyle(footer);
    expect(style.position).to.equal('fixed');
    expect(style.bottom).to.equal('0px');
    expect(footer.textContent).to.include('Medición del 30 de noviembre ' +
      'de 2026').and.include('Fuente:');
    const body = getComputedStyle($(el, '.report'));
    expect(body.boxDecorationBreak).to.equal('clone');
  });

  it('asks the document for A4 portrait while a report is on the page',
    async () => {
      const el = await report(capacityOnly());

      // Chromium writes "A4 portrait" as "a4": portrait is the default.
      expect(pageRules().map((rule) => rule.style.getPropertyValue('size')))
        .to.deep.equal(['a4']);

      el.remove();

      expect(pageRules()).to.deep.equal([]);
    });
});

describe('<sctmm-maturity-report> on paper, two on one page', () => {
  silentConsole();
  cleanStorage();
  const print = window.print;

  afterEach(async () => {
    window.print = print;
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  /** How each report prints its footer: `fixed` repeats on each page. */
  function footers(...reports: SctmmMaturityReport[]) {
    return reports.map((el) =>
      getComputedStyle($(el, '[part~="footer"]')).position);
  }

  async function twoReports() {
    const first = await report(capacityOnly());
    const second = await report({ ...capacityOnly(),
      entity: { name: 'Otro municipio' } });
    return [first, second] as const;
  }

  it('repeats the footer of the first report only, printed from the ' +
    'browser', async () => {
    const [first, second] = await twoReports();

    await printing(first);

    expect(footers(first, second)).to.deep.equal(['fixed', 'static']);
    expect(document.documentElement.classList.contains(
      'sctmm-printing-report')).to.equal(false);
  });

  it('repeats the footer of the report whose Print button was pressed, ' +
    'and marks the page while it prints', async () => {
    const [first, second] = await twoReports();
    const during: boolean[] = [];
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      during.push(document.documentElement.classList.contains(
        'sctmm-printing-report'));
    };

    $(second, '[part~="print"]').click();
    await emulateMedia({ media: 'print' });

    expect(during).to.deep.equal([true]);
    expect(footers(first, second)).to.deep.equal(['static', 'fixed']);

    window.dispatchEvent(new Event('afterprint'));

    expect(document.documentElement.classList.contains(
      'sctmm-printing-report')).to.equal(false);
    expect(footers(first, second)).to.deep.equal(['fixed', 'static']);
  });

  it('leaves room for the footer on the pages of every report',
    async () => {
      const reports = await twoReports();

      await printing(reports[0]);

      for (const el of reports) {
        const body = getComputedStyle($(el, '.report'));
        expect(body.boxDecorationBreak).to.equal('clone');
        expect(parseFloat(body.paddingBottom)).to.be.greaterThan(40);
      }
    });
});
