// The README's example snapshot, shared by the test server (in Node) and
// the badge tests (in the browser), measured a given number of days ago.

/** Today minus `days`, as a local ISO date, as the badge reckons it. */
export function isoDaysAgo(days) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-` +
    pad(date.getDate());
}

/** The example snapshot, measured 30 days ago, with `changes` applied. */
export function exampleSnapshot(changes = {}) {
  return {
    format: 'sctmm/index-snapshot@1',
    entity: { name: 'Alcaldía de Ejemplo', divipola: '05001' },
    edition: '2020',
    measuredAt: isoDaysAgo(30),
    index: { score: 3.8, level: 4 },
    parts: {
      perception: { score: 3.5, level: 4 },
      results: { score: 4.1, level: 5 },
      capacity: { score: 3.8, level: 4 },
    },
    source: 'https://www.ejemplo.gov.co/transparencia/indice-cti.json',
    ...changes,
  };
}
