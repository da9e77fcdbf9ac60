#!/usr/bin/env node
// Smoke test of what we ship to people, not of the sources: the built demo
// (dist-demo/) and the static Storybook (storybook-static/), each served from
// 127.0.0.1 on a free port and opened in the system Chromium.
//
// It builds nothing: run `npm run build:demo` and `npm run build-storybook`
// first (`npm run smoke` does both). Prints one line per check and ends with
// `N passed, N failed`; exits 1 when a check fails.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowser, installHint } from './find-browser.js';
import { report, runChecks } from './lib/tally.js';

const root = resolve(import.meta.dirname, '..');
const demoDir = join(root, 'dist-demo');
const storybookDir = join(root, 'storybook-static');
const tag = 'sctmm-self-diagnosis';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const renderTimeout = 15_000;
// The whole run stops here whatever hangs, so CI never waits on it.
const overallTimeout = 180_000;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serves `dir` read-only on 127.0.0.1 on a free port. */
async function serve(dir) {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolve(dir, `.${path}`);
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * A new page that records its errors and the `sctmm-error` events fired
 * in it. Failures listed in `expected` (URL substrings) are left out: the
 * stories of a missing instrument ask for a missing file on purpose.
 */
async function openPage(browser, expected = []) {
  const page = await browser.newPage();
  const errors = [];
  // Chromium asks for /favicon.ico by itself; Storybook's iframe has none.
  const ignored = (url = '') =>
    url.endsWith('/favicon.ico') || expected.some((e) => url.includes(e));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error' || ignored(m.location()?.url)) return;
    errors.push(`console error: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? 'failed';
    // Storybook aborts requests it no longer needs when it switches stories.
    if (why === 'net::ERR_ABORTED' || ignored(r.url())) return;
    errors.push(`request ${why}: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !ignored(r.url())) {
      errors.push(`HTTP ${r.status()}: ${r.url()}`);
    }
  });
  await page.evaluateOnNewDocument(() => {
    window.__sctmmErrors = [];
    addEventListener('sctmm-error', (e) => {
      window.__sctmmErrors.push(JSON.stringify(e.detail ?? null));
    });
  });
  return { page, errors };
}

/** Text of the first `selector` in the shadow root of every `tag`. */
async function shadowText(page, selector, timeout = renderTimeout) {
  await page.waitForFunction(
    (t, s) => {
      const all = [...document.querySelectorAll(t)];
      return (
        all.length > 0 &&
        all.every((el) => el.shadowRoot?.querySelector(s)?.textContent?.trim())
      );
    },
    { timeout },
    tag,
    selector,
  );
  return page.evaluate(
    (t, s) =>
      [...document.querySelectorAll(t)].map((el) =>
        el.shadowRoot.querySelector(s).textContent.trim().replace(/\s+/g, ' '),
      ),
    tag,
    selector,
  );
}

/**
 * WCAG 2.1 A and AA violations axe finds on the page, shadow roots
 * included, as one line each. axe goes in through the DevTools protocol,
 * which the page's Content-Security-Policy does not govern.
 */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const { violations } = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return violations.map(
      (v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, wcag);
}

async function check(name, fn) {
  try {
    const detail = await fn();
    report(true, name, detail);
  } catch (e) {
    report(false, name, (e?.message ?? String(e)).split('\n')[0]);
  }
}

function noErrors(name, errors) {
  const unique = [...new Set(errors)];
  report(
    unique.length === 0,
    name,
    unique.length ? `${unique.length}: ${unique.slice(0, 5).join(' | ')}` : '',
  );
}

/**
 * Waits for the demo's results table to settle and says what it shows:
 * its rows and caption, read from examples/indicator-set.csv; fails if
 * it shows an error or no row.
 */
async function resultsTable(page) {
  const table = 'sctmm-results-table';
  await page.waitForFunction(
    (t) => ['ready', 'error'].includes(
      document.querySelector(t)?.getAttribute('state')),
    { timeout: renderTimeout },
    table,
  );
  const shown = await page.evaluate((t) => {
    const el = document.querySelector(t);
    const root = el.shadowRoot;
    const text = (s) => root.querySelector(s)?.textContent.trim()
      .replace(/\s+/g, ' ') ?? '';
    return {
      state: el.getAttribute('state'),
      src: el.getAttribute('src'),
      rows: root.querySelectorAll('tr.indicator-row').length,
      caption: text('caption'),
      error: text('[part="error"]'),
    };
  }, table);
  if (shown.state !== 'ready') throw new Error(shown.error);
  if (!shown.rows) throw new Error('no indicator rows');
  return `${shown.src}: ${shown.rows} rows, "${shown.caption}"`;
}

/**
 * Waits for the demo's perception survey to show its first step; says
 * its heading and how long the survey is.
 */
async function surveyFirstStep(page) {
  const survey = 'sctmm-perception-survey';
  await page.waitForFunction(
    (t) => document.querySelector(t)?.shadowRoot
      ?.querySelector('[part~="heading"]')?.textContent.trim(),
    { timeout: renderTimeout },
    survey,
  );
  return page.evaluate((t) => {
    const root = document.querySelector(t).shadowRoot;
    const text = (s) => root.querySelector(s)?.textContent.trim()
      .replace(/\s+/g, ' ') ?? '';
    if (!root.querySelector('input[type="radio"]')) {
      throw new Error('no segment question');
    }
    return `${text('[part~="heading"]')}; ${text('[part="privacy"]')}`;
  }, survey);
}

/**
 * Answers the demo's survey from script and sends it, as a respondent
 * would by clicking; the page must then show the response that its
 * `sctmm-submit` event carried.
 */
async function surveyResponseShown(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('sctmm-perception-survey');
    el.segment = 'civil-society';
    el.answers = Object.fromEntries(el.activeSurvey.statements
      .map((statement) => [statement.id, 4]));
    const response = await el.submit();
    const box = document.querySelector('#respuesta-encuesta');
    const code = box.querySelector('#respuesta-json');
    const shown = JSON.parse(code.textContent);
    if (box.hidden || shown.id !== response?.id) {
      throw new Error('the page does not show the response');
    }
    return `${shown.format}, ${Object.keys(shown.answers).length} answers`;
  });
}

async function smokeDemo(browser) {
  if (!existsSync(join(demoDir, 'index.html'))) {
    const hint = 'run `npm run build:demo`';
    report(false, 'demo: dist-demo/index.html exists', hint);
    return;
  }
  const { server, origin } = await serve(demoDir);
  const { page, errors } = await openPage(browser);
  try {
    await check('demo: page loads', async () => {
      const res = await page.goto(`${origin}/index.html`);
      if (!res.ok()) throw new Error(`HTTP ${res.status()}`);
      return await page.title();
    });
    await check(`demo: every <${tag}> renders an h2`, async () => {
      const texts = await shadowText(page, 'h2');
      return texts.map((t) => JSON.stringify(t)).join(', ');
    });
    await check('demo: example instrument is served', async () => {
      const url = `${origin}/examples/checklist-instrument.json`;
      const status = await page.evaluate(async (u) => {
        const r = await fetch(u);
        await r.json();
        return r.status;
      }, url);
      if (status !== 200) throw new Error(`HTTP ${status}`);
      return 'examples/checklist-instrument.json';
    });
    await check('demo: <sctmm-results-table> shows the example CSV',
      async () => resultsTable(page));
    await check('demo: <sctmm-perception-survey> shows its first step',
      async () => surveyFirstStep(page));
    for (const width of [1280, 375]) {
      await check(`demo: axe, WCAG 2.1 AA, ${width} px wide`, async () => {
        await page.setViewport({ width, height: 900 });
        const found = await axeViolations(page);
        if (found.length) throw new Error(found.join(' | '));
        const wide = await page.evaluate(
          () => document.documentElement.scrollWidth,
        );
        if (wide > width) throw new Error(`page is ${wide} px wide`);
      });
    }
    await check('demo: the survey\'s response is shown in the page',
      async () => surveyResponseShown(page));
    await check('demo: no sctmm-error event', async () => {
      const fired = await page.evaluate(() => window.__sctmmErrors);
      if (fired.length) throw new Error(fired.join(' | '));
    });
    noErrors('demo: no errors in the console (strict CSP)', errors);
  } finally {
    await page.close();
    server.close();
  }
}

/** Every entry of Storybook's index: stories and docs pages. */
function allEntries() {
  const file = join(storybookDir, 'index.json');
  return Object.values(JSON.parse(readFileSync(file, 'utf8')).entries);
}

/** Entries of the self-diagnosis stories file in Storybook's index. */
function storyEntries() {
  return allEntries().filter((e) =>
    e.importPath.includes('self-diagnosis.stories'),
  );
}

/** The id of the story named `name` in the self-diagnosis stories file. */
function storyId(name) {
  const entry = storyEntries().find(
    (e) => e.type === 'story' && e.name === name,
  );
  if (!entry) throw new Error(`no story named ${name} in index.json`);
  return entry.id;
}

/** Waits until Storybook has rendered the story and run its play function. */
async function storyFinished(page) {
  await page.waitForFunction(
    () => {
      const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored';
    },
    { timeout: renderTimeout },
  );
}

async function smokeStorybook(browser) {
  if (!existsSync(join(storybookDir, 'iframe.html'))) {
    report(
      false,
      'storybook: storybook-static/iframe.html exists',
      'run `npm run build-storybook`',
    );
    return;
  }
  const { server, origin } = await serve(storybookDir);
  try {
    const story = await openPage(browser);
    await check('storybook: Intro story renders an h2', async () => {
      const id = storyId('Intro');
      await story.page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
      const [text] = await shadowText(story.page, 'h2');
      return `${id}: ${JSON.stringify(text)}`;
    });
    noErrors('storybook: no errors in the Intro story', story.errors);
    await story.page.close();

    // Every story, its play function included: a failed expectation is a
    // console error.
    for (const entry of allEntries().filter((e) => e.type === 'story')) {
      const run = await openPage(browser, ['/fixtures/does-not-exist.json']);
      await check(`storybook: story "${entry.title} / ${entry.name}" plays`,
        async () => {
          await run.page.goto(
            `${origin}/iframe.html?id=${entry.id}&viewMode=story`,
          );
          await storyFinished(run.page);
          const unique = [...new Set(run.errors)];
          if (unique.length) throw new Error(unique.slice(0, 3).join(' | '));
        });
      await run.page.close();
    }

    // The Docs pages find an element in the manifest by its tag name, which
    // the analyzer only learns from customElements.define() in the analyzed
    // files or from a `@tagname` JSDoc tag on the class.
    await check(`manifest: custom-elements.json names <${tag}>`, async () => {
      const manifest = JSON.parse(
        readFileSync(join(root, 'custom-elements.json'), 'utf8'),
      );
      const found = manifest.modules
        ?.flatMap((m) => m.declarations ?? [])
        .find((d) => d.tagName === tag);
      if (!found) {
        throw new Error(`no declaration has tagName ${tag}: add @tagname`);
      }
      return found.name;
    });

    // The Custom Elements Manifest trap: the docs page must list the API.
    // It also renders the stories of a missing instrument, which fail to
    // load their file on purpose.
    const docs = await openPage(browser, ['/fixtures/does-not-exist.json']);
    await check('storybook: Docs page lists the public API', async () => {
      const id = storyEntries().find((e) => e.type === 'docs')?.id;
      if (!id) throw new Error('no Docs page: is @storybook/addon-docs in?');
      await docs.page.goto(`${origin}/iframe.html?id=${id}&viewMode=docs`);
      const wanted = ['storage-key', 'responses', 'goToStep', 'sctmm-complete'];
      await docs.page.waitForFunction(
        (w) => {
          const table = document.querySelector('.docblock-argstable');
          return w.every((x) => table?.textContent?.includes(x));
        },
        { timeout: renderTimeout },
        wanted,
      );
      const names = await docs.page.$$eval(
        '.docblock-argstable tbody tr td:first-child',
        (cells) => cells.map((c) => c.textContent.trim()),
      );
      const hidden = names.filter((n) => n.startsWith('_'));
      if (hidden.length) throw new Error(`private rows: ${hidden.join(', ')}`);
      return `${id}: ${wanted.join(', ')}; ${names.length} rows, none private`;
    });
    noErrors('storybook: no errors on the Docs page', docs.errors);
    await docs.page.close();
  } finally {
    server.close();
  }
}

async function main() {
  const executablePath = findBrowser();
  if (!executablePath) {
    report(false, 'a Chromium to run in', installHint);
    return;
  }
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--headless=new', ...chromiumArgs],
  });
  try {
    await smokeDemo(browser);
    await smokeStorybook(browser);
  } finally {
    await browser.close();
  }
}

await runChecks('smoke run', main, overallTimeout);
