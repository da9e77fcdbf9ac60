#!/usr/bin/env node
// Smoke test of the built library (dist/, from `npm run build`), as pages
// and projects would use it:
// - dist/sctmm.iife.js from a classic <script>, and dist/sctmm.bundle.js
//   from a <script type="module">, each on a page with every element,
//   under a strict Content-Security-Policy with Trusted Types;
// - each element's ES module entry (`sctmm/radar-chart`…) and the engine
//   (`sctmm/engine`) bundled by esbuild through package.json `exports`,
//   each page defining only what it imported;
// - the type declarations, compiled against by a small TypeScript file
//   with both `bundler` and `node16` module resolution.
// Prints one line per check and `N passed, N failed`; exits 1 on failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync,
  writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowser, installHint } from './find-browser.js';
import { report, runChecks } from './lib/tally.js';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const overallTimeout = 120_000;
const renderTimeout = 15_000;

const csp = "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'";

/** Every element: its entry in `exports`, its tag and markup to show. */
const elements = {
  'self-diagnosis': '<sctmm-self-diagnosis no-persist></sctmm-self-diagnosis>',
  'perception-survey': '<sctmm-perception-survey></sctmm-perception-survey>',
  'results-table': '<sctmm-results-table></sctmm-results-table>',
  'radar-chart': '<sctmm-radar-chart preset="axes" series=\'[{"name": ' +
    '"2026", "values": {"technology-standards": 3}}]\'></sctmm-radar-chart>',
  'index-badge': '<sctmm-index-badge score="3.8" measured-at="2026-06-30" ' +
    'entity-name="Alcaldía de Ejemplo"></sctmm-index-badge>',
  'maturity-report': '<sctmm-maturity-report></sctmm-maturity-report>',
};
const tags = Object.keys(elements).map((name) => `sctmm-${name}`);

/** The elements an entry defines besides its own: those it draws with. */
const alsoDefines = {
  'self-diagnosis': ['radar-chart'],
  'maturity-report': ['radar-chart', 'index-badge'],
};

async function check(name, fn) {
  try {
    report(true, name, await fn());
  } catch (e) {
    report(false, name, (e?.message ?? String(e)).split('\n')[0]);
  }
}

/** A page whose body is `body`, loading `script` as `kind`. */
function page(script, kind, body) {
  const type = kind === 'module' ? ' type="module"' : '';
  return '<!doctype html><html lang="es"><head><meta charset="utf-8">' +
    `<title>sctmm</title><script${type} src="${script}"></script>` +
    `</head><body>${body}</body></html>`;
}

/** `code` bundled by esbuild from this folder, as a page's own script. */
async function bundle(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true, format: 'esm', target: 'es2022', minify: true,
    write: false, logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/** Serves `routes` (path → HTML or JS text) and dist/ on 127.0.0.1. */
async function serve(routes) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    // Chromium asks for a favicon by itself; the pages have none.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const distFile = path.startsWith('/dist/') &&
      !path.includes('..') && join(root, path);
    const body = routes[path] ??
      (distFile && existsSync(distFile) ? readFileSync(distFile) : null);
    if (body === null) {
      res.writeHead(404).end();
      return;
    }
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`,
      'content-security-policy': csp, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Opens `url`, collecting errors, CSP violations included. */
async function open(browser, url) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  tab.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
  });
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective}`);
    });
  });
  await tab.goto(url);
  return { tab, errors };
}

/** The sctmm tags defined on the page, and whether each one rendered. */
async function rendered(tab) {
  await tab.waitForFunction((all) => all.every((tag) => {
    const el = document.querySelector(tag);
    return !el || !customElements.get(tag) ||
      el.shadowRoot?.textContent?.trim();
  }), { timeout: renderTimeout }, tags);
  return tab.evaluate((all) => all.filter((tag) => customElements.get(tag)),
    tags);
}

async function everyElement(browser, origin, name, path) {
  const { tab, errors } = await open(browser, `${origin}${path}`);
  try {
    await check(`${name}: defines and renders all six elements`, async () => {
      const defined = await rendered(tab);
      if (defined.length !== tags.length) {
        throw new Error(`defined only ${defined.join(', ')}`);
      }
      return defined.length;
    });
    if (errors.length) throw new Error(errors.slice(0, 3).join(' | '));
    report(true, `${name}: no errors or CSP violations`);
  } catch (e) {
    report(false, `${name}: no errors or CSP violations`, e.message);
  } finally {
    await tab.close();
  }
}

async function oneEntry(browser, origin, name) {
  const { tab, errors } = await open(browser, `${origin}/entry/${name}.html`);
  try {
    await check(`sctmm/${name}: defines only what it draws with`,
      async () => {
        const defined = await rendered(tab);
        const wanted = [name, ...(alsoDefines[name] ?? [])]
          .map((n) => `sctmm-${n}`).sort();
        if (defined.sort().join() !== wanted.join()) {
          throw new Error(`defined ${defined.join(', ') || 'nothing'}`);
        }
        if (errors.length) throw new Error(errors[0]);
        return defined.join(', ');
      });
  } finally {
    await tab.close();
  }
}

async function browserChecks(browser) {
  const all = Object.values(elements).join('\n');
  const routes = {
    '/iife.html': page('/dist/sctmm.iife.js', 'classic', all),
    '/bundle.html': page('/dist/sctmm.bundle.js', 'module', all),
    '/engine.html': page('/entry/engine.js', 'module', ''),
    '/entry/engine.js': await bundle("import { levelOf, defaultModel } " +
      "from 'sctmm/engine'; document.title = " +
      "`${levelOf(3.4, defaultModel.levels.length)}`;"),
  };
  for (const name of Object.keys(elements)) {
    routes[`/entry/${name}.js`] = await bundle(`import 'sctmm/${name}';`);
    routes[`/entry/${name}.html`] =
      page(`/entry/${name}.js`, 'module', elements[name]);
  }
  const { server, origin } = await serve(routes);
  try {
    await everyElement(browser, origin, 'sctmm.iife.js, classic script',
      '/iife.html');
    const { tab } = await open(browser, `${origin}/iife.html`);
    await check('sctmm.iife.js: window.sctmm holds the engine and classes',
      async () => {
        const found = await tab.evaluate(() => [
          window.sctmm?.levelOf?.(3.4, 6),
          typeof window.sctmm?.SctmmRadarChart,
        ]);
        if (found[0] !== 4 || found[1] !== 'function') {
          throw new Error(JSON.stringify(found));
        }
        return 'levelOf(3.4, 6) = 4';
      });
    await tab.close();
    await everyElement(browser, origin, 'sctmm.bundle.js, module script',
      '/bundle.html');
    for (const name of Object.keys(elements)) {
      await oneEntry(browser, origin, name);
    }
    const engine = await open(browser, `${origin}/engine.html`);
    await check('sctmm/engine: scores and defines no element', async () => {
      await engine.tab.waitForFunction(() => document.title === '4',
        { timeout: renderTimeout });
      const defined = await engine.tab.evaluate((all) =>
        all.filter((tag) => customElements.get(tag)), tags);
      if (defined.length) throw new Error(`defined ${defined.join(', ')}`);
      return 'levelOf(3.4, 6) = 4';
    });
    await engine.tab.close();
  } finally {
    server.close();
  }
}

const consumer = `
import { levelOf, parseSnapshot, type IndexSnapshot } from 'sctmm/engine';
import { SctmmRadarChart } from 'sctmm/radar-chart';
import 'sctmm/index-badge';
import { SctmmSelfDiagnosis, defaultInstrument } from 'sctmm';

const radar: SctmmRadarChart = document.createElement('sctmm-radar-chart');
radar.series = [{ name: '2026', values: { governance: 4 } }];
const badge = document.createElement('sctmm-index-badge');
const parsed = parseSnapshot({});
const snapshot: IndexSnapshot | null = parsed.ok ? parsed.value : null;
const level: number | null = levelOf(3.4, 6);
const wizard: SctmmSelfDiagnosis =
  document.createElement('sctmm-self-diagnosis');
wizard.instrument = defaultInstrument;
export { badge, level, snapshot };
`;

/** Compiles `consumer` against the package, as another project would. */
function typeChecks() {
  const dir = mkdtempSync(join(tmpdir(), 'sctmm-types-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'sctmm'), 'dir');
    writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
    writeFileSync(join(dir, 'index.ts'), consumer);
    for (const resolution of ['bundler', 'node16']) {
      check(`types: a project resolving with ${resolution} compiles`,
        () => {
          execFileSync(join(root, 'node_modules/.bin/tsc'), [
            '--noEmit', '--strict', '--skipLibCheck',
            '--target', 'es2022', '--lib', 'es2022,dom',
            '--module', resolution === 'bundler' ? 'esnext' : 'node16',
            '--moduleResolution', resolution, 'index.ts',
          ], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
          return 'sctmm, sctmm/engine, sctmm/radar-chart, sctmm/index-badge';
        });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  for (const file of ['dist/sctmm.iife.js', 'dist/sctmm.bundle.js',
    'dist/index.js', 'dist/types/index.d.ts']) {
    if (!existsSync(join(root, file))) {
      report(false, `${file} exists`, 'run `npm run build`');
      return;
    }
  }
  report(pkg.customElements === 'custom-elements.json' &&
    existsSync(join(root, 'custom-elements.json')),
  'package.json customElements names the built custom-elements.json');
  typeChecks();

  const executablePath = findBrowser();
  if (!executablePath) {
    report(false, 'a Chromium to run in', installHint);
    return;
  }
  const browser = await puppeteer.launch({
    executablePath, headless: true, args: ['--headless=new', ...chromiumArgs],
  });
  try {
    await browserChecks(browser);
  } finally {
    await browser.close();
  }
}

await runChecks('dist smoke run', main, overallTimeout);
