// Serves the hostile host pages on 127.0.0.1, every answer under a strict
// Content-Security-Policy header with Trusted Types required.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { libraryScript, pageScript } from './library.js';
import {
  everyElement,
  page,
  probeBody,
  probeScript,
} from './pages.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The policy of every page: nothing inline, nothing from elsewhere. */
export const policy = "default-src 'self'; style-src 'self'; " +
  "script-src 'self'; require-trusted-types-for 'script'";

/** The version the second copy of the bundle claims to be. */
export const otherVersion = '0.2.0-hostile';

const html = 'text/html; charset=utf-8';
const js = 'text/javascript; charset=utf-8';
const css = 'text/css; charset=utf-8';
const json = 'application/json; charset=utf-8';
const file = (path) => () => readFile(`${root}${path}`, 'utf8');
const text = (value) => () => value;

const routes = {
  '/probe.html': [html, text(page({ title: 'CSP probe',
    scripts: ['/probe.js'], body: probeBody }))],
  '/every-element.html': [html, text(page({ title: 'Every element',
    styles: ['/layout.css'], scripts: ['/sctmm.js'], body: everyElement }))],
  '/hostile.html': [html, text(page({ title: 'Hostile CSS',
    styles: ['/layout.css', '/hostile.css'], scripts: ['/sctmm.js'],
    body: everyElement }))],
  '/inherited.html': [html, text(page({ title: 'Inherited text CSS',
    styles: ['/layout.css', '/inherited.css'], scripts: ['/sctmm.js'],
    body: everyElement }))],
  '/two-copies.html': [html, text(page({ title: 'Two copies',
    styles: ['/layout.css'], scripts: ['/sctmm.js', '/sctmm-other.js'],
    body: everyElement }))],
  '/react-attributes.html': [html, text(page({ title: 'React 18',
    styles: ['/layout.css'], modules: ['/react-attributes.js'],
    body: '<main id="root"></main>' }))],
  '/react-wrappers.html': [html, text(page({ title: 'React wrappers',
    styles: ['/layout.css'], modules: ['/react-wrappers.js'],
    body: '<main id="root"></main>' }))],
  '/layout.css': [css, file('test/hostile/pages/layout.css')],
  '/hostile.css': [css, file('test/hostile/pages/hostile.css')],
  '/inherited.css': [css, file('test/hostile/pages/inherited.css')],
  '/probe.js': [js, text(probeScript)],
  '/sctmm.js': [js, () => libraryScript()],
  '/sctmm-other.js': [js, () => libraryScript(otherVersion)],
  '/react-attributes.js': [js, () => pageScript('react-attributes')],
  '/react-wrappers.js': [js, () => pageScript('react-wrappers')],
  '/examples/assessment.json': [json, file('examples/assessment.json')],
  '/examples/index-snapshot.json': [json,
    file('examples/index-snapshot.json')],
  '/examples/indicator-set.json': [json, file('examples/indicator-set.json')],
};

/**
 * Starts the server on a free port of 127.0.0.1; resolves to its origin
 * and a `close` function. Bodies are made once, on first request.
 */
export async function startServer() {
  const made = new Map();
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const route = routes[path];
    const headers = { 'content-security-policy': policy,
      'cache-control': 'no-store' };
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (!route) {
      response.writeHead(404, headers).end();
      return;
    }
    const [type, make] = route;
    if (!made.has(path)) made.set(path, Promise.resolve().then(make));
    try {
      const body = await made.get(path);
      response.writeHead(200, { ...headers, 'content-type': type });
      response.end(body);
    } catch (error) {
      response.writeHead(500, headers).end(String(error?.message ?? error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
