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

  it('starts each section after the index on a new page', async () => {
    const el = await report(await example());

    await printing(el);

    const breaks = $$(el, 'section.report-section')
      .map((section) => getComputedStyle(section).breakBefore);
    expect(breaks).to.deep.equal(['auto', ...Array(5).fill('page')]);
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
