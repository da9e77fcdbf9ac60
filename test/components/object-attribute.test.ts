import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/maturity-report/define.ts';
import '../../src/components/perception-survey/define.ts';
import '../../src/components/radar-chart/define.ts';
import '../../src/components/results-table/define.ts';
import type { SctmmErrorDetail } from '../../src/components/shared/events.ts';
import { NotJson } from '../../src/components/shared/json-attribute.ts';
import { silentConsole, textOf, until } from './helpers.ts';

/** Each element with an object a framework set as an attribute. */
const cases: [string, string, (text: string) => TemplateResult][] = [
  ['sctmm-radar-chart', 'series', (text) => html`<sctmm-radar-chart
    preset="dimensions" series=${text}></sctmm-radar-chart>`],
  ['sctmm-results-table', 'indicators', (text) => html`<sctmm-results-table
    indicators=${text}></sctmm-results-table>`],
  ['sctmm-perception-survey', 'survey', (text) => html`<sctmm-perception-survey
    no-persist survey=${text}></sctmm-perception-survey>`],
  ['sctmm-maturity-report', 'assessment', (text) => html`<sctmm-maturity-report
    no-persist assessment=${text}></sctmm-maturity-report>`],
];

describe('an object set as a JSON attribute', () => {
  const output = silentConsole();
  let fired: SctmmErrorDetail[] = [];
  const record = (event: Event) =>
    fired.push((event as CustomEvent<SctmmErrorDetail>).detail);
  beforeEach(() => {
    fired = [];
    document.addEventListener('sctmm-error', record);
  });
  afterEach(() => document.removeEventListener('sctmm-error', record));

  it('is told apart from text that is not JSON', () => {
    expect(new NotJson('[object Object]').code).to.equal('object-attribute');
    expect(new NotJson('[object Object],[object Object]').code)
      .to.equal('object-attribute');
    expect(new NotJson('{"a":').code).to.equal('not-json');
    expect(new NotJson('1,2,3').code).to.equal('not-json');
  });

  for (const [tag, property, template] of cases) {
    it(`<${tag}> names the property ${property} to use, in Spanish`,
      async () => {
        output.allow(/object-attribute|\[object Object\]/);

        const el = await fixture(template('[object Object],[object Object]'));
        await until(() => !!el.shadowRoot?.querySelector('[part~="error"]'),
          'the error message');
        const shown = textOf(el.shadowRoot!.querySelector('[part~="error"]'));

        expect(shown).to.contain(`El atributo ${property} recibió`);
        expect(shown).to.contain(`a la propiedad ${property} desde`);
        expect(fired.map((d) => d.code)).to.deep.equal(['object-attribute']);
        expect(fired[0]!.message).to.contain(`propiedad ${property}`);
        expect(output.matching(/\[object Object\]/)).to.have.length(1);
      });
  }

  it('is explained in English when the page is in English', async () => {
    output.allow(/\[object Object\]/);

    const el = await fixture(html`<div lang="en"><sctmm-radar-chart
      series="[object Object]"></sctmm-radar-chart></div>`);
    const chart = el.querySelector('sctmm-radar-chart')!;
    await until(() => !!chart.shadowRoot?.querySelector('[part~="error"]'),
      'the error message');

    expect(textOf(chart.shadowRoot!.querySelector('[part~="error"]')))
      .to.contain('Set the data on the property series from JavaScript');
  });
});
