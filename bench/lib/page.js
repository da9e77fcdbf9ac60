// Shared pieces of the browser benchmarks: bundle a page script with
// esbuild, serve it from 127.0.0.1, and open it in the system Chromium.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findBrowser, installHint } from '../../scripts/find-browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `entry` (a path from the repository root) as a minified ESM. */
export async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** A page that runs `script` as a module in a body `width` px wide. */
export function pageWith(width = 800) {
  return '<!doctype html><html lang="es"><meta charset="utf-8">' +
    '<title>bench</title><style>body{margin:0;font:16px Arial,' +
    `sans-serif}#stage{width:${width}px}</style>` +
    '<div id="stage"></div><script type="module" src="/page.js"></script>';
}

/**
 * Serves `files` (a map from path to `{ type, body }`) on 127.0.0.1 at a
 * free port; resolves to its base URL and a `close` function.
 */
export function serve(files) {
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type });
    response.end(file.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** Launches the system Chromium, headless, with the project's flags. */
export function launch(extraArgs = []) {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(installHint);
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
