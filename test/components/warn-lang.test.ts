/**
 * Every element speaks Spanish for a language it does not speak, and
 * says so once per kind of element, wherever that `lang` is written:
 * on the element, on an ancestor or on the document.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { type LitElement, nothing } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/components/index-badge/define.ts';
import '../../src/components/maturity-report/define.ts';
import '../../src/components/perception-survey/define.ts';
import '../../src/components/radar-chart/define.ts';
import '../../src/components/results-table/define.ts';
import '../../src/components/self-diagnosis/define.ts';
import { silentConsole } from './helpers.ts';

const TAGS = [
  'sctmm-index-badge',
  'sctmm-maturity-report',
  'sctmm-perception-survey',
  'sctmm-radar-chart',
  'sctmm-results-table',
  'sctmm-self-diagnosis',
];

/** What an element says about a `lang="<tag>"` it does not speak. */
function warning(element: string, tag: string, from = '') {
  const where = from ? `, inherited from <${from}>,` : '';
  return `[${element}] unsupported-lang: lang="${tag}"${where} is not a ` +
    'language of this element (es, en); it speaks Spanish.';
}

/** Builds `tag` inside a `<div>` with `lang` on the div or the element. */
async function inside(
  tag: string,
  attributes: { div?: string; own?: string },
): Promise<LitElement> {
  const name = unsafeStatic(tag);
  const div = await fixture<HTMLDivElement>(staticHtml`<div
    lang=${attributes.div ?? 'es'}><${name} no-persist
    lang=${attributes.own ?? nothing}></${name}></div>`);
  const el = div.firstElementChild as LitElement;
  await el.updateComplete;
  return el;
}

describe('a language no element speaks', () => {
  const output = silentConsole();
  const texts = () =>
    output.matching(/unsupported-lang/).map((call) => call.text);
  beforeEach(() => output.allow(/unsupported-lang/));

  for (const [i, tag] of TAGS.entries()) {
    it(`is told by <${tag}> when inherited from a <div>`, async () => {
      const lang = `fr-x-${i}`;

      const el = await inside(tag, { div: lang });
      el.requestUpdate();
      await el.updateComplete;

      expect(texts()).to.deep.equal([warning(tag, lang, 'div')]);
    });

    it(`is told by <${tag}> when on the element`, async () => {
      const lang = `de-x-${i}`;

      await inside(tag, { own: lang });

      expect(texts()).to.deep.equal([warning(tag, lang)]);
    });
  }

  it('is told when it is the document\'s, <html lang="pt">', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    root.setAttribute('lang', 'pt');
    try {
      const el = await fixture<LitElement>(html`<sctmm-self-diagnosis
        no-persist></sctmm-self-diagnosis>`);
      await el.updateComplete;
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }

    expect(texts()).to.deep.equal(
      [warning('sctmm-self-diagnosis', 'pt', 'html')]);
  });

  it('is told once for many elements of a kind', async () => {
    await fixture(html`<div lang="it">
      <sctmm-index-badge score="3.8"></sctmm-index-badge>
      <sctmm-index-badge score="2.1"></sctmm-index-badge>
      <sctmm-index-badge lang="it" score="1.2"></sctmm-index-badge>
    </div>`);

    expect(texts()).to.deep.equal(
      [warning('sctmm-index-badge', 'it', 'div')]);
  });

  it('is spoken as Spanish', async () => {
    const el = await fixture<LitElement>(html`<sctmm-index-badge lang="ja"
      score="3.8"></sctmm-index-badge>`);

    const value = el.shadowRoot!.querySelector('[part="value"]');
    expect(value?.textContent?.trim()).to.equal('Nivel 4 · 3,8');
  });

  for (const lang of ['es', 'en', 'es-CO', 'en-US', 'EN-gb', '']) {
    it(`is not "${lang}", which is spoken or unset`, async () => {
      for (const tag of TAGS) await inside(tag, { div: lang });
      for (const tag of TAGS) await inside(tag, { own: lang });

      expect(texts()).to.deep.equal([]);
    });
  }
});
