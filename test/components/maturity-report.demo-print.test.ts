import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { silentConsole } from './helpers.ts';
import {
  $,
  type SctmmMaturityReport,
  capacityOnly,
  settle,
} from './maturity-report/helpers.ts';

/** The demo page's own style sheet, as index.html links it. */
async function demoStyles(): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo.css';
  const loaded = new Promise((resolve) => link.addEventListener('load',
    resolve));
  document.head.append(link);
  await loaded;
  return link;
}

/** A page laid out as the demo: other tools around the report. */
async function demoPage() {
  const page = await fixture<HTMLElement>(html`<main class="container">
    <h1>Autodiagnóstico</h1>
    <div class="layout">
      <div class="layout-main">
        <section class="tool" id="otro"><h2>Formulario</h2>
          <p>Otra herramienta</p></section>
        <section class="tool" id="seccion-informe"><h2>Informe</h2>
          <sctmm-maturity-report no-persist .assessment=${capacityOnly()}>
          </sctmm-maturity-report></section>
      </div>
      <aside class="layout-side"><p>Sus datos</p></aside>
    </div>
  </main>`);
  const report = page.querySelector<SctmmMaturityReport>(
    'sctmm-maturity-report')!;
  await settle(report);
  return { page, report };
}

function shown(node: Element | null): boolean {
  return !!node && node.checkVisibility();
}

describe('the demo page on paper', () => {
  silentConsole();
  const print = window.print;
  let link: HTMLLinkElement;

  beforeEach(async () => {
    link = await demoStyles();
  });

  afterEach(async () => {
    window.print = print;
    link.remove();
    await emulateMedia({ media: 'screen' });
    window.dispatchEvent(new Event('afterprint'));
  });

  it('prints the report alone from its "Imprimir", its footer on every ' +
    'page', async () => {
    const { page, report } = await demoPage();
    const seen: Record<string, boolean>[] = [];
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      seen.push({
        other: shown(page.querySelector('#otro')),
        title: shown(page.querySelector('h1')),
        heading: shown(page.querySelector('#seccion-informe h2')),
        report: shown(report),
      });
    };
    await emulateMedia({ media: 'print' });

    $(report, '[part~="print"]').click();

    expect(seen).to.deep.equal([{ other: false, title: false,
      heading: false, report: true }]);
    expect(getComputedStyle($(report, '[part~="footer"]')).position)
      .to.equal('fixed');
  });

  it('prints the whole page from the browser, the report\'s footer once ' +
    'under it', async () => {
    const { page, report } = await demoPage();

    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(report);

    expect(shown(page.querySelector('#otro'))).to.equal(true);
    expect(getComputedStyle($(report, '[part~="footer"]')).position)
      .to.equal('static');
  });
});
