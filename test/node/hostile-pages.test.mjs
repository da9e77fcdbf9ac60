// The elements on hostile host pages, in the system Chromium: a strict
// Content-Security-Policy with Trusted Types, careless global CSS, text
// settings the page passes on by inheritance, two copies of the bundle,
// and React 18 passing objects as attributes.
// test/hostile/ holds the pages, their server and the checks.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  consoleOf,
  launchBrowser,
  openPage,
  sctmmErrors,
  violations,
} from '../hostile/browser.js';
import {
  differences,
  everyElementReady,
  forcedColors,
  geometry,
  shadowText,
  textStyles,
  useEveryElement,
} from '../hostile/checks.js';
import { otherVersion, policy, startServer } from '../hostile/server.js';

const timeout = 60000;

describe('hostile host pages', { timeout: 5 * timeout }, () => {
  let server;
  let browser;
  const open = (name, options) =>
    openPage(browser, `${server.origin}/${name}.html`, options);

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('a strict policy with Trusted Types, sent as a header', () => {
    it('is in force: inline style, style attribute, inline script and ' +
      'an innerHTML string are blocked and reported', { timeout },
    async () => {
      const { page, response } = await open('probe');

      const blocked = await page.evaluate(() => ({
        color: getComputedStyle(document.getElementById('probe')).color,
        background: getComputedStyle(document.getElementById('probe'))
          .backgroundColor,
        inlineScriptRan: window.inlineScriptRan ?? false,
        innerHtmlThrew: window.innerHtmlThrew,
      }));
      const reported = await violations(page);

      assert.equal(response.headers()['content-security-policy'], policy);
      assert.notEqual(blocked.color, 'rgb(1, 2, 3)');
      assert.notEqual(blocked.background, 'rgb(4, 5, 6)');
      assert.equal(blocked.inlineScriptRan, false);
      assert.equal(blocked.innerHtmlThrew, true);
      assert.deepEqual(reported.map((v) => v.split(':')[0]).sort(), [
        'require-trusted-types-for', 'script-src-elem', 'style-src-attr',
        'style-src-elem']);
      await page.close();
    });

    it('every element shows its data and is used with no violation, ' +
      'no error event and a silent console', { timeout }, async () => {
      const { page, log } = await open('every-element');

      await everyElementReady(page);
      const used = await useEveryElement(page);

      assert.equal(used.diagnosis, 'Institucionalidad e innovación');
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(await sctmmErrors(page), []);
      assert.deepEqual(log.console.map((m) => `${m.type}: ${m.text}`), []);
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  });

  describe('careless global CSS of the host page', () => {
    it('leaves every element and its parts where a clean page has them',
      { timeout }, async () => {
        const clean = await open('every-element');
        const hostile = await open('hostile');
        await everyElementReady(clean.page);
        await everyElementReady(hostile.page);

        const before = await geometry(clean.page);
        const after = await geometry(hostile.page);
        const rootSize = await hostile.page.evaluate(() =>
          getComputedStyle(document.documentElement).fontSize);

        assert.equal(rootSize, '10px');
        assert.ok(Object.keys(before).length > 200);
        assert.deepEqual(differences(before, after), []);
        await clean.page.close();
        await hostile.page.close();
      });

    it('leaves every button clickable and reachable by Tab',
      { timeout }, async () => {
        const { page, log } = await open('hostile');
        await everyElementReady(page);

        const used = await useEveryElement(page);

        assert.deepEqual(used, {
          radar: 'Ocultar datos',
          table: 'reason shown',
          survey: 'Gobernanza',
          focus: 'next',
          diagnosis: 'Institucionalidad e innovación',
        });
        assert.deepEqual(consoleOf(log, 'warn', 'error'), []);
        await page.close();
      });
  });

  describe('text settings the page passes on by inheritance', () => {
    for (const width of [1000, 360]) {
      it(`leave every element's text, parts and width as on a clean page, ` +
        `${width} px wide`, { timeout }, async () => {
        const clean = await open('every-element', { width });
        const inherited = await open('inherited', { width });
        await everyElementReady(clean.page);
        await everyElementReady(inherited.page);

        const boxes = [await geometry(clean.page),
          await geometry(inherited.page)];
        const texts = [await textStyles(clean.page),
          await textStyles(inherited.page)];
        const page = await inherited.page.evaluate(() => {
          const style = getComputedStyle(document.querySelector('h1'));
          return { width: document.scrollingElement.scrollWidth,
            h1: [style.fontSize, style.textTransform, style.whiteSpace] };
        });

        assert.deepEqual(page.h1, ['8px', 'uppercase', 'nowrap']);
        assert.ok(Object.keys(boxes[0]).length > 200);
        assert.deepEqual(differences(...boxes), []);
        assert.deepEqual(differences(...texts), []);
        assert.ok(page.width <= width, `the page is ${page.width} px wide`);
        await clean.page.close();
        await inherited.page.close();
      });
    }

    it('leave every button clickable and reachable by Tab, 360 px wide',
      { timeout }, async () => {
        const { page, log } = await open('inherited', { width: 360 });
        await everyElementReady(page);

        const used = await useEveryElement(page);

        assert.equal(used.survey, 'Gobernanza');
        assert.equal(used.focus, 'next');
        assert.equal(used.diagnosis, 'Institucionalidad e innovación');
        assert.deepEqual(consoleOf(log, 'warn', 'error'), []);
        await page.close();
      });
  });

  describe('forced colours (Windows contrast themes)', () => {
    for (const scheme of ['light', 'dark']) {
      it(`keep every element legible in the system's ${scheme} colours`,
        { timeout }, async () => {
          const { page, log } = await open('every-element');
          const cdp = await page.createCDPSession();
          await cdp.send('Emulation.setEmulatedMedia', { features: [
            { name: 'forced-colors', value: 'active' },
            { name: 'prefers-color-scheme', value: scheme }] });
          await everyElementReady(page);

          const forced = await forcedColors(page);
          const used = await useEveryElement(page);

          assert.deepEqual(forced.painted, [forced.system]);
          assert.deepEqual(forced.unreadable, []);
          assert.equal(used.focus, 'next');
          assert.deepEqual(consoleOf(log, 'warn', 'error'), []);
          await page.close();
        });
    }
  });

  describe('two copies of the bundle, of two versions', () => {
    it('warn once, naming both versions, and every element works',
      { timeout }, async () => {
        const { page, log } = await open('two-copies');
        await everyElementReady(page);

        const used = await useEveryElement(page);
        const state = await page.evaluate(() => ({
          registry: globalThis.__sctmm,
          secondVersion: window.sctmm.VERSION,
          secondDefinedNothing: customElements.get('sctmm-radar-chart') !==
            window.sctmm.SctmmRadarChart,
          secondEngineWorks: window.sctmm.levelOf(3.8, 6),
        }));
        const warnings = consoleOf(log, 'warn', 'error');

        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], new RegExp(`sctmm ${otherVersion} is ` +
          'loaded on a page where sctmm 0\\.1\\.0 already defines'));
        assert.deepEqual(state.registry.copies, ['0.1.0', otherVersion]);
        assert.deepEqual(new Set(Object.values(state.registry.elements)),
          new Set(['0.1.0']));
        assert.equal(Object.keys(state.registry.elements).length, 6);
        assert.equal(state.secondVersion, otherVersion);
        assert.equal(state.secondDefinedNothing, true);
        assert.equal(state.secondEngineWorks, 4);
        assert.equal(used.diagnosis, 'Institucionalidad e innovación');
        assert.deepEqual(await violations(page), []);
        await page.close();
      });
  });

  describe('React 18 passing objects as attributes', () => {
    it('each element says which property to use, fires sctmm-error and ' +
      'warns once', { timeout }, async () => {
      const { page, log } = await open('react-attributes');
      const wanted = { radar: 'series', table: 'indicators',
        survey: 'survey', report: 'assessment' };
      await page.waitForFunction((ids) => ids.every((id) =>
        document.getElementById(id)?.shadowRoot
          ?.querySelector('[part~="error"]')), { timeout: 15000 },
      Object.keys(wanted));

      const shown = {};
      for (const id of Object.keys(wanted)) {
        shown[id] = await shadowText(page, id, '[part~="error"]');
      }
      const fired = await sctmmErrors(page);
      const warnings = consoleOf(log, 'warn');

      for (const [id, property] of Object.entries(wanted)) {
        assert.match(shown[id], new RegExp(`El atributo ${property} ` +
          'recibió "\\[object Object\\]"'));
        assert.match(shown[id], new RegExp('Asigne los datos a la ' +
          `propiedad ${property} desde JavaScript`));
      }
      assert.deepEqual(fired.map((e) => `${e.tag} ${e.code}`).sort(), [
        'sctmm-maturity-report object-attribute',
        'sctmm-perception-survey object-attribute',
        'sctmm-radar-chart object-attribute',
        'sctmm-results-table object-attribute']);
      assert.equal(warnings.length, 4, warnings.join('\n'));
      assert.ok(warnings.every((w) => w.includes('[object Object]')));
      assert.equal(await shadowText(page, 'badge', '[part~="value"]'),
        'Nivel 4 · 3,8');
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  });
});
