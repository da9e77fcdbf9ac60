// The system Chromium for the hostile pages, and pages that record what
// a developer would see: console output, page errors, failed requests,
// Content-Security-Policy violations and `sctmm-error` events.
import puppeteer from 'puppeteer-core';
import {
  chromiumArgs,
  findBrowser,
  installHint,
} from '../../scripts/find-browser.js';

/** Launches the system Chromium, headless. */
export function launchBrowser() {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(installHint);
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--headless=new', ...chromiumArgs],
  });
}

/**
 * Opens `url` in a new page `width` px wide. The recorders go in through
 * the DevTools protocol before any script of the page runs, so the
 * page's own policy does not govern them.
 */
export async function openPage(browser, url, { width = 1000 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const log = { console: [], errors: [] };
  page.on('console', (message) => {
    log.console.push({ type: message.type(), text: message.text() });
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('requestfailed', (request) => {
    log.errors.push(`${request.failure()?.errorText}: ${request.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    window.__sctmmErrors = [];
    addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective}: ` +
        `${event.blockedURI} ${event.sample}`.trim());
    }, true);
    addEventListener('sctmm-error', (event) => {
      const { code, message } = event.detail;
      window.__sctmmErrors.push({ tag: event.target.localName, code,
        message });
    });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, log, response };
}

/** The policy violations a page reported so far. */
export function violations(page) {
  return page.evaluate(() => window.__violations);
}

/** The `sctmm-error` events fired on a page so far. */
export function sctmmErrors(page) {
  return page.evaluate(() => window.__sctmmErrors);
}

/** Console messages of `types` (e.g. warn, error), as text. */
export function consoleOf(log, ...types) {
  return log.console.filter((m) => types.includes(m.type))
    .map((m) => `${m.type}: ${m.text}`);
}
