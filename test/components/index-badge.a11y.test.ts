import { expect, html } from '@open-wc/testing';
import {
  $,
  type SctmmIndexBadge,
  build,
  isoDaysAgo,
  reach,
  silentConsole,
  uniqueKey,
  watchPage,
} from './index-badge/helpers.ts';

type Lang = 'es' | 'en';
type Variant = 'flat' | 'card';

/** A badge reading `src`, once it shows `state`. */
async function liveIn(state: string, src: string, lang: Lang,
  variant: Variant, refresh = 0) {
  const el = await build(html`<sctmm-index-badge lang=${lang}
    variant=${variant} src=${src} refresh=${refresh}></sctmm-index-badge>`);
  await reach(el, state, 4000);
  return el;
}

/** The states of the badge, each reached as a page author would. */
const states: Record<string,
  (lang: Lang, variant: Variant) => Promise<SctmmIndexBadge>> = {
  'empty': (lang, variant) => build(html`<sctmm-index-badge lang=${lang}
    variant=${variant}></sctmm-index-badge>`),
  'ready from attributes': (lang, variant) => build(html`<sctmm-index-badge
    lang=${lang} variant=${variant} score="3.8"
    entity-name="Alcaldía de Ejemplo" measured-at=${isoDaysAgo(30)}>
    </sctmm-index-badge>`),
  'loading': (lang, variant) => liveIn('loading',
    `/__badge/hang?key=${uniqueKey()}`, lang, variant),
  'ready from src': (lang, variant) => liveIn('ready', '/__badge/good.json',
    lang, variant),
  'ready and partial': (lang, variant) => liveIn('ready',
    '/__badge/partial.json', lang, variant),
  'stale by age': (lang, variant) => liveIn('stale', '/__badge/old', lang,
    variant),
  'stale after a failed refresh': (lang, variant) => liveIn('stale',
    `/__badge/flaky?key=${uniqueKey()}`, lang, variant, 1),
  'error from src': (lang, variant) => liveIn('error', '/__badge/404', lang,
    variant),
  'error with issues': (lang, variant) => liveIn('error',
    '/__badge/level-9', lang, variant),
  'error from attributes': (lang, variant) => build(html`<sctmm-index-badge
    lang=${lang} variant=${variant} score="alto"></sctmm-index-badge>`),
};

describe('<sctmm-index-badge> accessibility', () => {
  const output = silentConsole();
  const page = watchPage();
  beforeEach(() => output.allow(
    /snapshot-unavailable|invalid-snapshot|invalid-attributes/));
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  for (const lang of ['es', 'en'] as const) {
    for (const variant of ['flat', 'card'] as const) {
      describe(`in ${lang}, ${variant}`, () => {
        for (const [state, reachState] of Object.entries(states)) {
          it(`passes axe ${state}`, async () => {
            const el = await reachState(lang, variant);

            await expect(el).to.be.accessible();
          });
        }
      });
    }
  }
});

/** The relative luminance of a CSS colour `rgb(r, g, b)`. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3)
    .map((c) => Number(c) / 255)
    .map((c) => c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The contrast of a segment's text with its own background. */
function segmentContrast(el: SctmmIndexBadge, part: string): number {
  const style = getComputedStyle($(el, `[part="${part}"]`));
  return contrast(style.color, style.backgroundColor);
}

describe('<sctmm-index-badge> colours', () => {
  silentConsole();

  for (const score of ['1', '2', '3', '4', '5', '6']) {
    it(`keeps the value of level ${score} readable (4.5:1)`, async () => {
      const el = await build(html`<sctmm-index-badge score=${score}>
        </sctmm-index-badge>`);

      expect(segmentContrast(el, 'label')).to.be.at.least(4.5);
      expect(segmentContrast(el, 'value')).to.be.at.least(4.5);
    });
  }

  it('gives each level its own colour', async () => {
    const colors = new Set<string>();
    for (const score of ['1', '2', '3', '4', '5', '6']) {
      const el = await build(html`<sctmm-index-badge score=${score}>
        </sctmm-index-badge>`);
      colors.add(getComputedStyle($(el, '[part="value"]')).backgroundColor);
    }

    expect(colors.size).to.equal(6);
  });

  it('keeps a stale value and its note readable', async () => {
    const el = await build(html`<sctmm-index-badge score="3.8"
      measured-at=${isoDaysAgo(500)}></sctmm-index-badge>`);

    expect(segmentContrast(el, 'value')).to.be.at.least(4.5);
    expect(segmentContrast(el, 'note')).to.be.at.least(4.5);
  });

  it('takes a level colour from its custom property', async () => {
    const el = await build(html`<sctmm-index-badge score="3.8"
      style="--sctmm-badge-level-4-color: rgb(0, 0, 0)"></sctmm-index-badge>`);

    expect(getComputedStyle($(el, '[part="value"]')).backgroundColor)
      .to.equal('rgb(0, 0, 0)');
  });
});
