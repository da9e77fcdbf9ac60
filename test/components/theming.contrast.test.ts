import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/index-badge/define.ts';
import '../../src/components/radar-chart/define.ts';
import {
  type Theme,
  darkTheme,
  highContrastTheme,
} from '../../stories/support/themes.ts';
import { until } from './helpers.ts';

/** The red, green and blue of `#rrggbb` or `rgb(r, g, b)`, 0..255. */
function channels(color: string): number[] {
  const text = color.trim();
  const hex = /^#([0-9a-f]{6})$/i.exec(text);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16));
  const rgb = /^rgba?\((\d+), (\d+), (\d+)/.exec(text);
  if (rgb) return rgb.slice(1, 4).map(Number);
  throw new Error(`not a colour: ${color}`);
}

/** The relative luminance of a colour, as WCAG 2 defines it. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of two colours, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Pairs of the shared tokens that meet on screen, with the ratio WCAG
 * 2.1 AA asks: 4.5 for text, 3 for borders and focus rings.
 */
const tokenPairs: [string, string, number][] = [
  ['--_text', '--_surface', 4.5],
  ['--_muted', '--_surface', 4.5],
  ['--_primary-dark', '--_surface', 4.5],
  ['--_primary', '--_surface', 4.5],
  ['--_error', '--_surface', 4.5],
  ['--_success', '--_surface', 4.5],
  ['--_text', '--_surface-alt', 4.5],
  ['--_muted', '--_surface-alt', 4.5],
  ['--_primary-dark', '--_surface-alt', 4.5],
  ['--_error', '--_surface-alt', 4.5],
  ['--_surface', '--_primary-dark', 4.5],
  ['--_surface', '--_primary', 4.5],
  ['--_border', '--_surface', 3],
  ['--_focus', '--_text', 3],
];

const sixSeries = Array.from({ length: 6 }, (_, i) => ({
  name: `Serie ${i + 1}`,
  values: { a: 1 + i * 0.5, b: 2, c: 3 },
}));

describe('the default theme', () => {
  it('is GOV.CO blue, dark blue and Work Sans', async () => {
    const el = await fixture(html`<sctmm-radar-chart></sctmm-radar-chart>`);
    const style = getComputedStyle(el);

    expect(style.getPropertyValue('--_primary').trim()).to.equal('#3366cc');
    expect(style.getPropertyValue('--_primary-dark').trim())
      .to.equal('#004884');
    expect(style.fontFamily).to.match(/^"?Work Sans"?,/);
  });

  for (const [fg, bg, min] of tokenPairs) {
    it(`puts ${fg} on ${bg} at ${min}:1 or more`, async () => {
      const el = await fixture(html`<sctmm-radar-chart></sctmm-radar-chart>`);
      const style = getComputedStyle(el);

      const ratio = contrast(style.getPropertyValue(fg),
        style.getPropertyValue(bg));

      expect(ratio, `${fg} on ${bg}`).to.be.at.least(min);
    });
  }

  it('writes the badge label and every level in white at 4.5:1 or more',
    async () => {
      const badges = await Promise.all([1, 2, 3, 4, 5, 6].map((level) =>
        fixture(html`<sctmm-index-badge score=${level - 0.5}
          level=${level}></sctmm-index-badge>`)));
      const boxes = badges.flatMap((badge) => ['label', 'value'].map(
        (part) => badge.shadowRoot!.querySelector(`[part~="${part}"]`)!));

      const ratios = boxes.map((box) => {
        const style = getComputedStyle(box);
        return contrast(style.color, style.backgroundColor);
      });

      expect(ratios).to.have.length(12);
      expect(Math.min(...ratios)).to.be.at.least(4.5);
    });

  it('draws the six radar series and the grid at 3:1 or more on white',
    async () => {
      const chart = await fixture<HTMLElement>(html`<sctmm-radar-chart
        .series=${sixSeries}></sctmm-radar-chart>`);
      await until(() => chart.shadowRoot!
        .querySelectorAll('[part~="line"]').length === 6, 'six lines');
      const surface = getComputedStyle(chart).getPropertyValue('--_surface');

      const strokes = [...chart.shadowRoot!.querySelectorAll(
        '[part~="line"], [part~="ring"]')].map((line) =>
        getComputedStyle(line).stroke);

      expect(strokes.length).to.be.at.least(7);
      for (const stroke of strokes) {
        expect(contrast(stroke, surface), stroke).to.be.at.least(3);
      }
    });
});

/**
 * The themes of the theming stories: the same pairs, except that the
 * focus ring must stand out from the surface itself.
 */
const themes: [string, Theme][] = [
  ['dark', darkTheme],
  ['high-contrast', highContrastTheme],
];
const themePairs: [string, string, number][] = [
  ...tokenPairs.filter(([fg]) => fg !== '--_focus'),
  ['--_focus', '--_surface', 3],
];

for (const [name, theme] of themes) {
  describe(`the ${name} theme of the stories`, () => {
    it('passes WCAG AA on every pair of its tokens', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <sctmm-radar-chart></sctmm-radar-chart></div>`);
      for (const [property, value] of Object.entries(theme)) {
        wrapper.style.setProperty(property, value);
      }
      const style = getComputedStyle(wrapper.firstElementChild!);

      const failing = themePairs.filter(([fg, bg, min]) =>
        contrast(style.getPropertyValue(fg), style.getPropertyValue(bg)) <
        min).map(([fg, bg]) => `${fg} on ${bg}`);

      expect(style.getPropertyValue('--_surface').trim())
        .to.equal(theme['--sctmm-color-surface']);
      expect(failing).to.deep.equal([]);
    });
  });
}
