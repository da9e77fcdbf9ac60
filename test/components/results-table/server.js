// Routes of the test server for the <sctmm-results-table> tests, under
// /__results/: the demo's indicator set as JSON and as CSV with and
// without telling content types, CSV and JSON in Windows-1252 (also
// mislabelled as UTF-8), CSVs with rows or columns that cannot be read,
// HTTP errors, a page that is not JSON, documents that are not indicator
// sets, and an answer that never comes.
import { readFile } from 'node:fs/promises';

const PREFIX = '/__results/';
const examples = new URL('../../../examples/', import.meta.url);

const JSON_TYPE = 'application/json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8';

/** Two readable rows, then three that cannot be read, Spanish style. */
export const PARTIAL_CSV = [
  'indicador;subdimensión;nombre;unidad;polaridad;linea_base;' +
    'periodo_linea_base;valor_actual;periodo_actual;promedio_pares;' +
    'mejor_nacional',
  'homicide-rate;seguridad;Tasa de homicidios;por cada 100.000 ' +
    'habitantes;menor;31,4;2019;24,9;2023;26,8;9,7',
  'online-procedures;gobierno-digital;Trámites en línea;% de los ' +
    'trámites;mayor;18;2019;n.d.;2023;27,5;63',
  'waste-recovered;gestion-de-basuras;Residuos aprovechados;%;mayor;' +
    '9,5;2019;9,56;2023;;',
  'commute-time;movilidad-inteligente;Tiempo de viaje;minutos;menor;38;' +
    '2019;31;2023;36;28',
  'solo-tres;campos;de más',
].join('\r\n');

/** Two readable rows with accents and an en dash, Windows-1252 style. */
export const ACCENTED_CSV = [
  'indicador;subdimensión;nombre;unidad;polaridad;linea_base;' +
    'periodo_linea_base;valor_actual;periodo_actual',
  'homicide-rate;seguridad;Tasa de homicidios – área urbana;por cada ' +
    '100.000 habitantes;menor;31,4;2019;24,9;2023',
  'online-procedures;gobierno-digital;Trámites en línea;% de los ' +
    'trámites;mayor;18;2019;41;2023',
].join('\r\n');

/** The same two indicators as a JSON set. */
export const ACCENTED_JSON = JSON.stringify({
  format: 'sctmm/indicator-set@1',
  entity: { name: 'Alcaldía de Tunía – Cauca' },
  indicators: [{
    id: 'online-procedures',
    subdimension: 'gobierno-digital',
    name: { es: 'Trámites en línea', en: 'Procedures online' },
    unit: { es: '% de los trámites', en: '% of procedures' },
    polarity: 'higher',
    baseline: { value: 18, period: '2019' },
    current: { value: 41, period: '2023' },
  }],
});

/** `text` in Windows-1252: Latin-1, plus the en dash at 0x96. */
function windows1252(text) {
  return Buffer.from(text.replaceAll('–', '\x96'), 'latin1');
}

/** A CSV without the columns an indicator set needs. */
const UNREADABLE_CSV = 'municipio;valor\r\nSan Isidro;3,4\r\n';

/** A valid set of the 2021 edition, whose model has 5 levels. */
const EDITION_2021 = {
  format: 'sctmm/indicator-set@1',
  edition: '2021',
  indicators: [{
    id: 'homicide-rate',
    subdimension: 'seguridad',
    name: { es: 'Tasa de homicidios', en: 'Homicide rate' },
    unit: { es: 'por cada 100.000 habitantes', en: 'per 100,000 residents' },
    polarity: 'lower',
    baseline: { value: 31.4, period: '2019' },
    current: { value: 24.9, period: '2023' },
    peers: { average: 26.8, best: 9.7 },
  }],
};

function send(ctx, status, type, body) {
  ctx.respond = false;
  if (ctx.res.destroyed || ctx.req.socket.destroyed) return;
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  ctx.res.writeHead(status, {
    ...(type ? { 'content-type': type } : {}),
    'content-length': bytes.length,
    'cache-control': 'no-store',
  });
  ctx.res.end(bytes);
}

const example = (name) => readFile(new URL(name, examples));

const routes = {
  'set.json': async (ctx) =>
    send(ctx, 200, JSON_TYPE, await example('indicator-set.json')),
  'set': async (ctx) =>
    send(ctx, 200, JSON_TYPE, await example('indicator-set.json')),
  'set.csv': async (ctx) =>
    send(ctx, 200, CSV_TYPE, await example('indicator-set.csv')),
  'plain.csv': async (ctx) => send(ctx, 200, 'text/plain; charset=utf-8',
    await example('indicator-set.csv')),
  'export': (ctx) => send(ctx, 200, 'text/csv',
    Buffer.from(PARTIAL_CSV, 'latin1')),
  'partial.csv': (ctx) => send(ctx, 200, CSV_TYPE, PARTIAL_CSV),
  'cp1252.csv': (ctx) =>
    send(ctx, 200, 'text/csv', windows1252(ACCENTED_CSV)),
  'cp1252-as-utf8.csv': (ctx) =>
    send(ctx, 200, CSV_TYPE, windows1252(ACCENTED_CSV)),
  'cp1252-as-utf8.json': (ctx) =>
    send(ctx, 200, JSON_TYPE, windows1252(ACCENTED_JSON)),
  'latin1-named.csv': (ctx) => send(ctx, 200,
    'text/csv; charset=ISO-8859-1', windows1252(ACCENTED_CSV)),
  'utf8.csv': (ctx) => send(ctx, 200, CSV_TYPE, ACCENTED_CSV),
  'plain': async (ctx) => send(ctx, 200, 'text/plain; charset=utf-8',
    await example('indicator-set.csv')),
  'octets': async (ctx) => send(ctx, 200, 'application/octet-stream',
    await example('indicator-set.csv')),
  'untyped': async (ctx) => send(ctx, 200, null,
    await example('indicator-set.csv')),
  'unreadable.csv': (ctx) => send(ctx, 200, CSV_TYPE, UNREADABLE_CSV),
  'broken.json': (ctx) => send(ctx, 200, JSON_TYPE, '{"format": '),
  'invalid.json': (ctx) => send(ctx, 200, JSON_TYPE, JSON.stringify({
    format: 'sctmm/indicator-set@1',
    indicators: [{ id: 'homicide-rate', polarity: 'down' }],
  })),
  'edition-2021.json': (ctx) =>
    send(ctx, 200, JSON_TYPE, JSON.stringify(EDITION_2021)),
  'html': (ctx) => send(ctx, 200, 'text/html; charset=utf-8',
    '<!doctype html><title>Error</title><h1>Página no encontrada</h1>'),
  'hang': async (ctx) => {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    ctx.respond = false;
  },
  'network': (ctx) => {
    ctx.req.socket.destroy();
    ctx.respond = false;
  },
};

/** Koa middleware serving the routes under /__results/. */
export async function resultsRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const route = routes[ctx.path.slice(PREFIX.length)];
  if (!route) return send(ctx, 404, 'text/plain; charset=utf-8', 'not found');
  return route(ctx);
}
