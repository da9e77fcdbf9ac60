import { expect, html } from '@open-wc/testing';
import {
  build,
  reach,
  silentConsole,
  until,
  watchPage,
} from './index-badge/helpers.ts';
import { enforceTrustedTypes } from './helpers.ts';

describe('<sctmm-index-badge> under Trusted Types', () => {
  const output = silentConsole();
  const page = watchPage();
  const violations = enforceTrustedTypes();
  afterEach(() => expect(page.errors()).to.deep.equal([]));

  it('enforces Trusted Types on this page, and reports it', async () => {
    const div = document.createElement('div');

    expect(() => { div.innerHTML = '<b>x</b>'; }).to.throw(TypeError);

    await until(() => violations.length === 1, 'the violation report');
    expect(violations[0]!.sample).to.contain('<b>x</b>');
    violations.length = 0;
  });

  for (const variant of ['flat', 'card']) {
    it(`renders every state of the ${variant} badge without a violation`,
      async () => {
        output.allow(/snapshot-unavailable|invalid-attributes/);

        const badges = await Promise.all([
          build(html`<sctmm-index-badge variant=${variant}>
            </sctmm-index-badge>`),
          build(html`<sctmm-index-badge variant=${variant} score="alto">
            </sctmm-index-badge>`),
          build(html`<sctmm-index-badge variant=${variant}
            src="/__badge/good.json"></sctmm-index-badge>`),
          build(html`<sctmm-index-badge variant=${variant}
            src="/__badge/old"></sctmm-index-badge>`),
          build(html`<sctmm-index-badge variant=${variant}
            src="/__badge/404"></sctmm-index-badge>`),
        ]);
        await reach(badges[2]!, 'ready');
        await reach(badges[3]!, 'stale');
        await reach(badges[4]!, 'error');
        const svgs = badges.map((el) => el.toSVG());

        expect(svgs.every((svg) => svg.startsWith('<svg'))).to.equal(true);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(violations.map((v) => `${v.violatedDirective}: ${v.sample}`))
          .to.deep.equal([]);
      });
  }
});
