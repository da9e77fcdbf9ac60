/**
 * Warnings about a value that cannot be used quote it as the author
 * wrote it: the attribute's text, not the number it failed to become.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/index-badge/define.ts';
import '../../src/components/perception-survey/define.ts';
import type {
  SctmmIndexBadge,
} from '../../src/components/index-badge/index-badge.ts';
import type {
  SctmmPerceptionSurvey,
} from '../../src/components/perception-survey/perception-survey.ts';
import { silentConsole } from './helpers.ts';
import { smallSurvey } from './perception-survey/helpers.ts';

async function badge(template: TemplateResult): Promise<SctmmIndexBadge> {
  const el = await fixture<SctmmIndexBadge>(template);
  await el.updateComplete;
  return el;
}

describe('warnings quote what the author wrote', () => {
  const output = silentConsole();
  const texts = (pattern: RegExp) =>
    output.matching(pattern).map((call) => call.text);

  describe('<sctmm-index-badge>', () => {
    beforeEach(() => output.allow(/^\[sctmm-index-badge\] invalid-/));

    it('quotes max-age, refresh and timeout that are not numbers',
      async () => {
        await badge(html`<sctmm-index-badge score="3.8" max-age="x"
          refresh="abc" timeout="abc"></sctmm-index-badge>`);

        expect(texts(/invalid-/)).to.deep.equal([
          '[sctmm-index-badge] invalid-refresh: refresh="abc" is not a ' +
            'number of seconds; using 0.',
          '[sctmm-index-badge] invalid-timeout: timeout="abc" is not a ' +
            'number of seconds above 0; using 10.',
          '[sctmm-index-badge] invalid-max-age: max-age="x" is not a ' +
            'number of days; using 400.',
        ]);
      });

    it('quotes a negative refresh and a decimal comma as written',
      async () => {
        await badge(html`<sctmm-index-badge score="3.8" refresh="-1">
          </sctmm-index-badge>`);
        await badge(html`<sctmm-index-badge score="3.8" refresh="0,5">
          </sctmm-index-badge>`);

        expect(texts(/invalid-refresh/)).to.deep.equal([
          '[sctmm-index-badge] invalid-refresh: refresh="-1" is not a ' +
            'number of seconds; using 0.',
          '[sctmm-index-badge] invalid-refresh: refresh="0,5" is less ' +
            'than the minimum of 1 s; using 1.',
        ]);
      });

    it('names the property and its value when set by property',
      async () => {
        const el = await badge(html`<sctmm-index-badge score="3.8"
          max-age="30"></sctmm-index-badge>`);

        el.maxAge = Number.NaN;
        el.variant = 'round' as 'flat';
        await el.updateComplete;

        expect(texts(/invalid-/)).to.deep.equal([
          '[sctmm-index-badge] invalid-max-age: maxAge = NaN is not a ' +
            'number of days; using 400.',
          '[sctmm-index-badge] invalid-variant: variant = "round" is not ' +
            'one of flat, card; using flat.',
        ]);
      });
  });

  describe('<sctmm-perception-survey>', () => {
    beforeEach(() => output.allow(/invalid-retry-delay/));

    it('quotes a retry-delay that is not a number', async () => {
      const el = await fixture<SctmmPerceptionSurvey>(html`
        <sctmm-perception-survey retry-delay="abc" no-persist
          .survey=${smallSurvey()}></sctmm-perception-survey>`);

      expect(el.retryDelaySeconds).to.equal(15);
      expect(texts(/invalid-retry-delay/)).to.deep.equal([
        '[sctmm-perception-survey] invalid-retry-delay: retry-delay="abc" ' +
          'is not a number of seconds above 0; using 15.',
      ]);
    });

    it('warns as the element renders, not at the first retry', async () => {
      await fixture<SctmmPerceptionSurvey>(html`
        <sctmm-perception-survey retry-delay="-5" no-persist
          .survey=${smallSurvey()}></sctmm-perception-survey>`);

      expect(texts(/invalid-retry-delay/)).to.deep.equal([
        '[sctmm-perception-survey] invalid-retry-delay: retry-delay="-5" ' +
          'is not a number of seconds above 0; using 15.',
      ]);
    });

    it('names retryDelay when set by property', async () => {
      const el = await fixture<SctmmPerceptionSurvey>(html`
        <sctmm-perception-survey retry-delay="60" no-persist
          .survey=${smallSurvey()}></sctmm-perception-survey>`);

      el.retryDelay = -2;

      expect(el.retryDelaySeconds).to.equal(15);
      expect(texts(/invalid-retry-delay/)).to.deep.equal([
        '[sctmm-perception-survey] invalid-retry-delay: retryDelay = -2 ' +
          'is not a number of seconds above 0; using 15.',
      ]);
    });
  });
});
