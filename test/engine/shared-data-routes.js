// A read-only route of the test server, /__data/<name>, that serves the
// two real open-data files the results tests read, as they are, from
// the folder scripts/shared-data.js finds (SCTMM_DATA_DIR, or
// ../shared/data beside this repository or the one it was cloned from).
// Nothing else is served, and only to this machine: the files are never
// copied into the repository.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findDataDir } from '../../scripts/shared-data.js';

const PREFIX = '/__data/';
const FILES = new Set([
  'mintic_internet_fijo_penetracion_municipio_20250804.csv',
  'divipola_municipios_dane.csv',
]);
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

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
      body = await readFile(resolve(findDataDir([...FILES]), name));
      status = 200;
    } catch (error) {
      status = 500;
      body = error.code ? `cannot read ${name}: ${error.code}`
        : error.message;
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
