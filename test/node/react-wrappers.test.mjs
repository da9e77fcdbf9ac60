// The React wrappers of src/react/ in React 18, in the system Chromium:
// objects reach the elements as properties, and every typed handler prop
// receives its event. The page is test/hostile/scripts/react-wrappers.ts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, violations } from '../hostile/browser.js';
import { startServer } from '../hostile/server.js';

const timeout = 60000;

/** Waits until the handlers named `names` have been called. */
function called(page, names) {
  return page.waitForFunction((wanted) => wanted.every((name) =>
    window.__react.calls[name]?.length), { timeout: 15000, polling: 50 },
  names);
}

describe('sctmm/react in React 18', { timeout: 3 * timeout }, () => {
  let server;
  let browser;
  let page;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await openPage(browser,
      `${server.origin}/react-wrappers.html`));
    await page.waitForFunction(() => document.querySelector('#report')
      ?.shadowRoot?.querySelector('[part~="header"]'), { timeout: 15000 });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sets objects as properties, not attributes', { timeout },
    async () => {
      const given = await page.evaluate(() => {
        const { refs, data } = window.__react;
        const pairs = [['badge', 'snapshot'], ['radar', 'series'],
          ['table', 'indicators'], ['diagnosis', 'instrument'],
          ['diagnosis', 'responses'], ['survey', 'survey'],
          ['report', 'assessment']];
        return pairs.map(([ref, name]) => {
          const el = refs[ref].current;
          // The self-diagnosis keeps its own copy of the responses.
          const same = JSON.stringify(el[name]) ===
            JSON.stringify(data[name]);
          return `${el.localName}.${name}: ` +
            `${same ? 'same data' : 'other'}, ` +
            `${el.hasAttribute(name) ? 'attribute set' : 'no attribute'}`;
        });
      });

      assert.deepEqual(given, [
        'sctmm-index-badge.snapshot: same data, no attribute',
        'sctmm-radar-chart.series: same data, no attribute',
        'sctmm-results-table.indicators: same data, no attribute',
        'sctmm-self-diagnosis.instrument: same data, no attribute',
        'sctmm-self-diagnosis.responses: same data, no attribute',
        'sctmm-perception-survey.survey: same data, no attribute',
        'sctmm-maturity-report.assessment: same data, no attribute',
      ]);
    });

  it('renders what the objects hold', { timeout }, async () => {
    const shown = await page.evaluate(() => {
      const root = (id) => document.getElementById(id).shadowRoot;
      const text = (id, selector) => root(id).querySelector(selector)
        ?.textContent.replace(/\s+/g, ' ').trim();
      return {
        badge: text('badge', '[part~="entity"]'),
        radar: root('radar').querySelectorAll('[part~="line"]').length,
        table: root('table').querySelectorAll('[part~="row"]').length,
        diagnosis: text('diagnosis', '[part~="step-list"] li:nth-child(2)'),
        survey: text('survey', '[part~="heading"]'),
        report: text('report', '[part~="header"] h1, [part~="header"] h2'),
      };
    });

    assert.deepEqual(shown, {
      badge: 'Alcaldía de San Isidro del Valle',
      radar: 1,
      table: 25,
      diagnosis: '2 Institucionalidad e innovación 4 de 4 respondidas',
      survey: 'Su sector',
      report: 'Informe de madurez de ciudad y territorio inteligente',
    });
  });

  it('passes the events the elements fire on their own to the handlers',
    { timeout }, async () => {
      await called(page, ['badge update', 'badge http', 'radar error',
        'table load json', 'report not-assessment']);

      const details = await page.evaluate(() => {
        const { calls } = window.__react;
        return {
          badge: calls['badge update'][0].snapshot.index.level,
          radar: calls['radar error'][0].code,
          table: calls['table load json'][0].indicators.indicators.length,
          report: calls['report not-assessment'][0].origin,
        };
      });

      assert.deepEqual(details,
        { badge: 4, radar: 'schema', table: 25, report: 'property' });
    });

  it('passes the events of what people do to the handlers', { timeout },
    async () => {
      await (await page.$('#diagnosis >>> [part~="next"]')).click();
      await (await page.$('#diagnosis >>> input[type="radio"]')).click();
      await page.$eval('#diagnosis', (el) => el.goToStep(7));
      await page.$eval('#survey', (el) => {
        el.segment = 'academia';
        el.answers = Object.fromEntries(el.activeSurvey.statements
          .map((statement) => [statement.id, 4]));
        return el.submit();
      });
      const choice = await page.$('#report >>> [part~="roadmap-step"] ' +
        'input[type="radio"]:not(:checked)');
      await choice.click();
      await called(page, ['diagnosis change', 'diagnosis complete',
        'survey submit', 'report roadmap']);

      const details = await page.evaluate(() => {
        const { calls } = window.__react;
        return {
          change: calls['diagnosis change'][0].answered,
          complete: calls['diagnosis complete'][0].result.level,
          submit: calls['survey submit'][0].response.segment,
          roadmap: typeof calls['report roadmap'][0].step,
        };
      });

      assert.deepEqual(details, { change: 19, complete: 3,
        submit: 'academia', roadmap: 'string' });
      assert.deepEqual(await violations(page), []);
    });
});
