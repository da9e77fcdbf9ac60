import { expect, html } from '@open-wc/testing';
import { enforceTrustedTypes } from './helpers.ts';
import {
  $,
  build,
  demoIndicatorSet,
  isSortButton,
  press,
  reach,
  settle,
  silentConsole,
  tabTo,
  until,
  watchPage,
} from './results-table/helpers.ts';

describe('<sctmm-results-table> under Trusted Types', () => {
  const output = silentConsole();
  const page = watchPage();
  const violations = enforceTrustedTypes();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  it('enforces Trusted Types on this page, and reports it', async () => {
    const div = document.createElement('div');

    expect(() => { div.innerHTML = '<b>x</b>'; }).to.throw(TypeError);

    await until(() => violations.length === 1, 'the violation report');
    violations.length = 0;
  });

  it('renders, sorts, opens reasons and shows errors without a violation',
    async () => {
      output.allow(/indicators-unavailable|csv-rows-left-out/);
      const [table, csv, failing] = await Promise.all([
        build(html`<sctmm-results-table .indicators=${demoIndicatorSet()}>
          </sctmm-results-table>`),
        build(html`<sctmm-results-table src="/__results/partial.csv">
          </sctmm-results-table>`),
        build(html`<sctmm-results-table src="/__results/404">
          </sctmm-results-table>`),
      ]);
      await reach(csv!, 'ready');
      await reach(failing!, 'error');

      await tabTo(table!, isSortButton('Nivel'));
      await press('Enter');
      $(table!, 'button.why').click();
      await settle(table!);

      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(violations.map((v) => `${v.violatedDirective}: ${v.sample}`))
        .to.deep.equal([]);
    });
});
