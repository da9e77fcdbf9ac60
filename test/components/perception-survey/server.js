// Routes of the test server for the <sctmm-perception-survey> tests, under
// /__survey/: an endpoint that takes responses, failing a set number of
// times first, so a test can watch the outbox retry. State is kept per
// `?key=`, so tests never share it; /__survey/stats?key= tells a test
// every request the endpoint saw.

const PREFIX = '/__survey/';

/** What the endpoint saw per key. */
const seen = new Map();

function statsOf(key) {
  let stats = seen.get(key);
  if (!stats) {
    stats = { hits: 0, requests: [] };
    seen.set(key, stats);
  }
  return stats;
}

function send(ctx, status, body) {
  ctx.respond = false;
  if (ctx.res.destroyed || ctx.req.socket.destroyed) return;
  const text = JSON.stringify(body);
  ctx.res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  ctx.res.end(text);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Records a request to the endpoint: method, content type and body. */
async function record(ctx, stats) {
  const text = await readBody(ctx.req);
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  stats.hits += 1;
  stats.requests.push({
    method: ctx.method,
    type: ctx.get('content-type'),
    body,
  });
}

/**
 * The endpoint: fails the first `fail` requests of a key (with `status`,
 * 503 by default, or by closing the socket when `status=drop`), then
 * answers 201. A list such as `status=500,drop` fails the first request
 * the first way, the next the second way, and so on; the last repeats.
 */
async function inbox(ctx) {
  const stats = statsOf(ctx.query.key);
  await record(ctx, stats);
  const fail = Number(ctx.query.fail ?? 0);
  if (stats.hits > fail) return send(ctx, 201, { ok: true });
  const ways = String(ctx.query.status ?? '503').split(',');
  const way = ways[Math.min(stats.hits, ways.length) - 1];
  if (way === 'drop') {
    ctx.req.socket.destroy();
    ctx.respond = false;
    return undefined;
  }
  return send(ctx, Number(way), { ok: false });
}

/** Koa middleware serving the routes under /__survey/. */
export async function surveyRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = ctx.path.slice(PREFIX.length);
  if (route === 'inbox') return inbox(ctx);
  if (route === 'stats') {
    const { hits, requests } = statsOf(ctx.query.key);
    return send(ctx, 200, { hits, requests });
  }
  return send(ctx, 404, { error: 'no such route' });
}
