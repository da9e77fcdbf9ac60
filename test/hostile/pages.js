// The hostile host pages, as HTML strings. Every page holds no inline
// script or style, so that the strict policy the server sends needs no
// exception: what a page adds comes from files on the same origin.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const assessment = JSON.parse(
  readFileSync(`${root}examples/assessment.json`, 'utf8'),
);

/** Escapes text for a double-quoted attribute. */
function attr(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
    .replace(/</g, '&lt;');
}

/** The dimension scores of a measurement of the example assessment. */
function dimensionValues(measurement) {
  return Object.fromEntries(
    assessment[measurement].dimensions.map((d) => [d.id, d.score]),
  );
}

/** The radar's series, from the example assessment, as JSON text. */
export const radarSeries = JSON.stringify([
  { name: 'Percepción', values: dimensionValues('perception') },
  { name: 'Resultados', values: dimensionValues('results') },
]);

/**
 * Every element of the library, each in its own section, with the real
 * example data of examples/: through attributes and `src` URLs only, as
 * plain HTML in a CMS gives them.
 */
export const everyElement = `
  <main>
    <h1>Ciudad inteligente</h1>
    <section class="badges">
      <sctmm-index-badge id="badge"
        src="/examples/index-snapshot.json"></sctmm-index-badge>
      <sctmm-index-badge id="badge-card" variant="card"
        src="/examples/index-snapshot.json"></sctmm-index-badge>
    </section>
    <section>
      <sctmm-radar-chart id="radar" class="embed" preset="dimensions"
        series="${attr(radarSeries)}"></sctmm-radar-chart>
    </section>
    <section>
      <sctmm-results-table id="table" class="embed"
        src="/examples/indicator-set.json"></sctmm-results-table>
    </section>
    <section>
      <sctmm-self-diagnosis id="diagnosis" class="embed" no-persist
        entity-name="Alcaldía de San Isidro del Valle"></sctmm-self-diagnosis>
    </section>
    <section>
      <sctmm-perception-survey id="survey" class="embed" no-persist
        entity-name="Alcaldía de San Isidro del Valle"
      ></sctmm-perception-survey>
    </section>
    <section>
      <sctmm-maturity-report id="report" class="embed" no-persist
        src="/examples/assessment.json"></sctmm-maturity-report>
    </section>
  </main>`;

/** A whole page: `body` with `styles` and classic `scripts` after it. */
export function page({ title, styles = [], scripts = [], modules = [],
  body }) {
  const links = styles.map((href) =>
    `<link rel="stylesheet" href="${href}">`);
  const classic = scripts.map((src) => `<script src="${src}"></script>`);
  const module = modules.map((src) =>
    `<script type="module" src="${src}"></script>`);
  return ['<!doctype html>', '<html lang="es">', '<head>',
    '<meta charset="utf-8">', `<title>${title}</title>`,
    ...links, ...module, '</head>',
    '<body>', body, ...classic, '</body>', '</html>'].join('\n');
}

/**
 * A page that breaks the policy on purpose, with an inline style, a
 * style attribute and an inline script, to show that the policy is
 * really in force; probe.js then tries an `innerHTML` string.
 */
export const probeBody = `
  <style>#probe { color: rgb(1, 2, 3); }</style>
  <p id="probe" style="background: rgb(4, 5, 6)">probe</p>
  <script>window.inlineScriptRan = true;</script>`;

/** What probe.js does: an HTML string where Trusted Types forbid it. */
export const probeScript = `
  try {
    document.getElementById('probe').innerHTML = '<b>x</b>';
    window.innerHtmlThrew = false;
  } catch (error) {
    window.innerHtmlThrew = error instanceof TypeError;
  }`;
