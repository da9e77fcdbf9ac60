import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import {
  $,
  $$,
  build,
  demoIndicatorSet,
  silentConsole,
  watchPage,
} from './results-table/helpers.ts';

/** Waits two frames, so that scrolling has been laid out. */
const frames = () => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The colour's alpha: 1 for an opaque `rgb(…)`. */
function alpha(color: string): number {
  const parts = /rgba?\(([^)]+)\)/.exec(color)?.[1]?.split(',') ?? [];
  return parts.length === 4 ? Number(parts[3]) : parts.length ? 1 : 0;
}

/** The demo table in `lang`, scrolled sideways by `by` pixels. */
async function scrolled(lang: string, by: number) {
  const el = await build(html`<sctmm-results-table lang=${lang}
    .indicators=${demoIndicatorSet()}></sctmm-results-table>`);
  const region = $(el, '[part="scroll"]');
  region.scrollLeft = by;
  await frames();
  return { el, region: region.getBoundingClientRect() };
}

/** Whether `box` lies inside the region, left to right. */
function inside(box: DOMRect, region: DOMRect): boolean {
  return box.left >= region.left - 0.5 && box.right <= region.right + 0.5 &&
    box.width > 0;
}

describe('<sctmm-results-table> scrolled sideways on a phone, 360 px',
  () => {
    silentConsole();
    const page = watchPage();
    before(() => setViewport({ width: 360, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => expect(page.errors()).to.deep.equal([]));

    for (const lang of ['es', 'en']) {
      it(`keeps every indicator name in view, on an opaque cell (${lang})`,
        async () => {
          const { el, region } = await scrolled(lang, 400);

          const names = [
            $(el, 'thead th.col-name'),
            ...$$(el, 'tbody th.name'),
          ];
          expect(names.length).to.be.greaterThan(20);
          for (const name of names) {
            const box = name.getBoundingClientRect();
            expect(box.left).to.be.closeTo(region.left + 1, 1.5);
            expect(alpha(getComputedStyle(name).backgroundColor)).to.equal(1);
          }
          const edge = getComputedStyle(names[1]!, '::after');
          expect(parseFloat(edge.borderInlineEndWidth)).to.be.at.least(1);
          expect(edge.borderInlineEndStyle).to.equal('solid');
          await expect(el).to.be.accessible();
        });

      it(`keeps each dimension's name and score readable (${lang})`,
        async () => {
          const { el, region } = await scrolled(lang, 10000);

          for (const label of $$(el, '.dimension-label')) {
            expect(inside(label.getBoundingClientRect(), region),
              label.textContent ?? '').to.equal(true);
          }
          expect(inside($(el, '.caption-text').getBoundingClientRect(),
            region)).to.equal(true);
        });
    }

    it('hides no cell under the names before it is scrolled', async () => {
      const { el } = await scrolled('es', 0);

      const name = $(el, 'tbody th.name').getBoundingClientRect();
      const next = $(el, 'tbody td.subdimension').getBoundingClientRect();
      expect(next.left).to.be.at.least(name.right - 0.5);
    });
  });
