// A read-only route of the test server, /__data/<name>, that serves the
// two real open-data files the results tests read, as they are, from
// ../shared/data beside the repository (or SCTMM_DATA_DIR). Nothing else
// is served, and only to this machine: the files are never copied into
// the repository.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PREFIX = '/__data/';
const FILES = new Set([
  'mintic_internet_fijo_penetracion_municipio_20250804.csv',
  'divipola_municipios_dane.csv',
]);
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = process.env.SCTMM_DATA_DIR ?? resolve(root, '../shared/data');

/** Koa middleware for web-test-runner: the /__data/ route. */
export async function sharedDataRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const name = ctx.path.slice(PREFIX.length);
  const local = LOOPBACK.has(ctx.req.socket.remoteAddress);
  const allowed = local && ctx.method === 'GET' && FILES.has(name);

  let status = 404;
  let body = `not served: ${name}`;
  if (allowed) {
    try {
      body = await readFile(resolve(dir, name));
      status = 200;
    } catch (error) {
      status = 500;
      body = `cannot read ${name} in ${dir}: ${error.code ?? error}`;
    }
  }

  // Written straight to the socket, past the dev server's own handling.
  ctx.respond = false;
  ctx.res.writeHead(status, {
    'content-type': status === 200 ? 'text/csv; charset=utf-8'
      : 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  ctx.res.end(body);
}
