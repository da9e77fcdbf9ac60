// Routes of the test server for the <sctmm-index-badge> tests, under
// /__badge/: a real HTTP server (web-test-runner's, on 127.0.0.1) that
// answers with good snapshots, HTTP errors, slow and broken responses.
// Routes that take `?key=` count their requests per key, so tests never
// share state; /__badge/stats?key= tells a test what the server saw.

import { exampleSnapshot, isoDaysAgo } from './example-snapshot.js';

const PREFIX = '/__badge/';

/** Requests seen per key: count, times, concurrency and aborts. */
const seen = new Map();

function statsOf(key) {
  let stats = seen.get(key);
  if (!stats) {
    stats = { hits: 0, times: [], inFlight: 0, maxInFlight: 0, aborted: 0,
      start: Date.now() };
    seen.set(key, stats);
  }
  return stats;
}


const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers straight on the socket: web-test-runner's own middleware would
 * otherwise mark every path with an extension (good.json) cacheable for
 * a year, and the browser would answer refreshes from its cache.
 */
function send(ctx, status, type, body) {
  ctx.respond = false;
  // A client that gave up (a timeout, an abort) has closed the socket.
  if (ctx.res.destroyed || ctx.req.socket.destroyed) return;
  ctx.res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  ctx.res.end(body);
}

function json(ctx, body, status = 200) {
  send(ctx, status, 'application/json; charset=utf-8',
    typeof body === 'string' ? body : JSON.stringify(body));
}

function fail(ctx, status) {
  send(ctx, status, 'text/plain; charset=utf-8', `status ${status}`);
}

/** The answer of each route; `hit` is the request's number for its key. */
const routes = {
  'good.json': (ctx) => {
    const { measured, age } = ctx.query;
    json(ctx, exampleSnapshot({
      measuredAt: measured ?? isoDaysAgo(age === undefined ? 30 : +age),
    }));
  },
  'partial.json': (ctx) => json(ctx, exampleSnapshot({
    index: { score: 3.4, level: 4 },
    parts: { perception: null, results: null,
      capacity: { score: 3.4, level: 4 } },
  })),
  'edition-2021.json': (ctx) => json(ctx, exampleSnapshot({
    edition: '2021',
    index: { score: 4.5, level: 5 },
    parts: undefined,
  })),
  old: (ctx) => json(ctx, exampleSnapshot({ measuredAt: isoDaysAgo(500) })),
  404: (ctx) => fail(ctx, 404),
  500: (ctx) => fail(ctx, 500),
  slow: async (ctx) => {
    await wait(Number(ctx.query.ms ?? 1500));
    json(ctx, exampleSnapshot());
  },
  hang: async (ctx) => {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    ctx.respond = false;
  },
  html: (ctx) => send(ctx, 200, 'text/html; charset=utf-8',
    '<!doctype html><title>Error</title><h1>Página no encontrada</h1>'),
  'invalid-json': (ctx) => json(ctx, '{"format": "sctmm/index-snapshot@1", '),
  'score-null': (ctx) => json(ctx, exampleSnapshot({
    index: { score: null, level: 4 } })),
  'score-alto': (ctx) => json(ctx, exampleSnapshot({
    index: { score: 'alto', level: 4 } })),
  'level-9': (ctx) => json(ctx, exampleSnapshot({
    index: { score: 3.8, level: 9 } })),
  network: (ctx) => {
    ctx.req.socket.destroy();
    ctx.respond = false;
  },
  flaky: (ctx, hit) =>
    (hit === 1 ? json(ctx, exampleSnapshot()) : fail(ctx, 500)),
  recovering: (ctx, hit) =>
    (hit === 2 ? fail(ctx, 500) : json(ctx, exampleSnapshot())),
  changing: (ctx, hit) => json(ctx, hit < 3 ? exampleSnapshot()
    : exampleSnapshot({
      index: { score: 4.2, level: 5 },
      parts: {
        perception: { score: 3.8, level: 4 },
        results: { score: 4.6, level: 5 },
        capacity: { score: 4.2, level: 5 },
      },
    })),
  stats: (ctx) => {
    const { hits, times, maxInFlight, aborted } = statsOf(ctx.query.key);
    json(ctx, { hits, times, maxInFlight, aborted });
  },
};

/** Koa middleware serving the routes under /__badge/. */
export async function badgeRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = routes[ctx.path.slice(PREFIX.length)];
  if (!route) return fail(ctx, 404);

  const key = ctx.query.key;
  if (key === undefined || ctx.path.endsWith('/stats')) {
    return route(ctx, 1);
  }
  const stats = statsOf(key);
  stats.hits += 1;
  stats.times.push(Date.now() - stats.start);
  stats.inFlight += 1;
  stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
  ctx.res.on('close', () => {
    stats.inFlight -= 1;
    if (!ctx.res.writableFinished) stats.aborted += 1;
  });
  return route(ctx, stats.hits);
}
