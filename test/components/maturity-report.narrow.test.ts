import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { cleanStorage, press, silentConsole } from './helpers.ts';
import {
  $,
  $$,
  complete,
  example,
  report,
} from './maturity-report/helpers.ts';

/** Waits two frames, so that layout and scrolling have happened. */
const frames = () => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(resolve)));

for (const width of [320, 360]) {
  describe(`<sctmm-maturity-report> on a phone, ${width} px`, () => {
    silentConsole();
    cleanStorage();
    before(() => setViewport({ width, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['es', 'en']) {
      it(`never scrolls the page sideways (${lang})`, async () => {
        const el = await report(await example(), lang);
        await frames();

        const root = document.documentElement;
        expect(root.scrollWidth).to.be.at.most(root.clientWidth);
        const host = el.getBoundingClientRect();
        for (const node of $$(el, '.report > *, .report-section > *')) {
          const box = node.getBoundingClientRect();
          expect(box.right, node.className).to.be.at.most(host.right + 0.5);
        }
      });
    }

    it('scrolls a wide table inside a named region that takes focus',
      async () => {
        const el = await report(complete());
        await frames();

        const region = $(el, '.table-scroll');
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.tabIndex).to.equal(0);
        const id = region.getAttribute('aria-labelledby');
        const title = $(el, `#${id}`);
        expect(title.textContent).to.equal('Puntaje y nivel por dimensión ' +
          'y subdimensión');
        expect($(el, 'table').getAttribute('aria-labelledby')).to.equal(id);
        expect(region.contains(title)).to.equal(true);
        expect(title.getBoundingClientRect().right).to.be.at.most(
          region.getBoundingClientRect().right + 0.5);
        expect(region.getBoundingClientRect().right).to.be.at.most(
          el.getBoundingClientRect().right + 0.5);

        region.focus();
        await press('ArrowRight');
        await frames();

        const scrolls = region.scrollWidth > region.clientWidth;
        expect(region.scrollLeft > 0).to.equal(scrolls);
      });
  });
}
