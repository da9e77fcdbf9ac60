import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeResponses } from '../../scripts/generate-responses.js';
import { defaultIds, sctmm, tempDir } from './helpers.mjs';

const ROWS = 4000;

/** Every non-zero cell of an aggregate as `segment|statement|rating`. */
function cellsOf(aggregate) {
  const cells = new Map();
  for (const [segment, group] of Object.entries(aggregate.segments)) {
    for (const [statement, counts] of Object.entries(group.counts)) {
      counts.forEach((n, rating) => {
        if (n) cells.set(`${segment}|${statement}|${rating}`, n);
      });
    }
  }
  return cells;
}

/** The rows an SQL query gives, as the same kind of map. */
async function cellsOfSql(connection, sql) {
  const reader = await connection.runAndReadAll(sql);
  const cells = new Map();
  for (const row of reader.getRowObjects()) {
    const key = `${row.segment}|${row.statement}|${Number(row.rating)}`;
    assert.ok(!cells.has(key), `${key} comes twice`);
    cells.set(key, Number(row.n));
  }
  return cells;
}

describe('sctmm sql in DuckDB, against sctmm aggregate', () => {
  const dir = tempDir();
  const path = join(dir, 'responses.csv');
  let expected;
  let connection;

  before(async () => {
    const ids = defaultIds();
    await writeResponses(path, { rows: ROWS, ids, seed: 7, faults: true });
    const result = sctmm(['aggregate', path]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /rows skipped/);
    expected = cellsOf(JSON.parse(result.stdout));

    const db = await DuckDBInstance.create(':memory:');
    connection = await db.connect();
    const renamed = ids.map((id) => `"${id}" AS ${id.replaceAll('-', '_')}`);
    await connection.run(`CREATE TABLE responses AS
      SELECT id, segment, ${renamed.join(', ')}
      FROM read_csv('${path}', header = true)`);
    await connection.run(`CREATE TABLE responses_long AS
      SELECT id, segment, replace(statement, '_', '-') AS statement, rating
      FROM (UNPIVOT responses
        ON COLUMNS(* EXCLUDE (id, segment))
        INTO NAME statement VALUE rating)`);
  });

  it('gives the same counts from the wide table, cell by cell', async () => {
    const sql = sctmm(['sql']).stdout;

    const actual = await cellsOfSql(connection, sql);

    assert.ok(expected.size > 1000);
    assert.deepEqual(actual, expected);
  });

  it('gives the same counts from the long table, cell by cell', async () => {
    const sql = sctmm(['sql', '--shape', 'long', '--table',
      'responses_long']).stdout;

    const actual = await cellsOfSql(connection, sql);

    assert.deepEqual(actual, expected);
  });
});
