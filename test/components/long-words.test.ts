import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/components/index-badge/define.ts';
import '../../src/components/maturity-report/define.ts';
import '../../src/components/perception-survey/define.ts';
import '../../src/components/self-diagnosis/define.ts';
import { cleanStorage, silentConsole, until } from './helpers.ts';
import { EXAMPLE, settle } from './maturity-report/helpers.ts';

/** A name without a single place to break a line. */
const LONG = 'Municipio'.repeat(16);

/** A long address, as a portal's folders make them. */
const LONG_SRC = `${EXAMPLE}?carpeta=/transparencia/evaluaciones/2026/` +
  'evaluacion_cti_san_isidro_del_valle_version_definitiva_publicada';

/** Waits two frames, so that layout and scrolling have happened. */
const frames = () => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(resolve)));

const cases: [string, () => TemplateResult][] = [
  ['the self-diagnosis', () => html`<sctmm-self-diagnosis no-persist
    entity-name=${LONG}></sctmm-self-diagnosis>`],
  ['the survey', () => html`<sctmm-perception-survey no-persist
    entity-name=${LONG}></sctmm-perception-survey>`],
  ['the badge card', () => html`<sctmm-index-badge variant="card"
    score="3.8" entity-name=${LONG} measured-at="2026-06-30"
    ></sctmm-index-badge>`],
  ['the report read from a long address', () => html`<sctmm-maturity-report
    no-persist src=${LONG_SRC}></sctmm-maturity-report>`],
];

describe('long words on a 320 px phone', () => {
  silentConsole();
  cleanStorage();
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const [name, template] of cases) {
    it(`${name} wraps them and never scrolls the page sideways`,
      async () => {
        const el = await fixture<HTMLElement & {
          updateComplete: Promise<unknown>;
        }>(template());
        await el.updateComplete;
        if (el.localName === 'sctmm-maturity-report') {
          await until(() => !el.shadowRoot!.querySelector('.loading'),
            'the report to load');
          await settle(el as never);
        }
        await frames();

        const root = document.documentElement;
        expect(root.scrollWidth).to.be.at.most(root.clientWidth);
        const right = el.getBoundingClientRect().right;
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          if (!box.width || node.closest('.table-scroll')) continue;
          expect(box.right, node.localName + '.' + node.className)
            .to.be.at.most(right + 0.5);
        }
      });
  }
});
