import { expect, html } from '@open-wc/testing';
import {
  SEGMENT,
  build,
  buildSmall,
  choose,
  cleanStorage,
  clickNext,
  inboxUrl,
  silentConsole,
  uniqueKey,
  until,
  watchPage,
} from './perception-survey/helpers.ts';
import { enforceTrustedTypes } from './helpers.ts';

describe('<sctmm-perception-survey> under Trusted Types', () => {
  const output = silentConsole();
  cleanStorage();
  const page = watchPage();
  const violations = enforceTrustedTypes();

  it('goes from the segment to the thanks, errors and sending included, ' +
    'without a violation', async () => {
    output.allow(/atributo survey/);
    const el = await buildSmall({ endpoint: inboxUrl(uniqueKey('csp')) });
    const broken = await build(html`<sctmm-perception-survey survey="{">
      </sctmm-perception-survey>`);

    await clickNext(el);
    await choose(el, SEGMENT, 'academia');
    await clickNext(el);
    await clickNext(el);
    el.answers = { 'ga-1': 1, 'ga-2': 2, 'ca-1': 3 };
    await el.submit();
    await until(() => el.delivery === 'sent', 'the response sent');
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(broken.activeSurvey).to.equal(undefined);
    expect(violations.map((v) => `${v.violatedDirective}: ${v.sample}`))
      .to.deep.equal([]);
    expect(page.errors()).to.deep.equal([]);
  });
});
