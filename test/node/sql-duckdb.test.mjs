import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
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

/**
 * Writes cells that the command line does not read, or reads only once
 * trimmed, into some rows of a generated file; they change the types
 * DuckDB guesses for their columns: text where `x` or `5.0` sits
 * beside numbers, whole numbers where `0` or ` 4 ` does. Columns 3 to 6
 * are the first statements.
 */
function spoil(path, ids) {
  const faults = [
    [3, 'x'], [3, '5.0'], [3, '2.5'], [4, ' 4 '], [5, '0'], [6, ' 3'],
  ];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 1; i < lines.length - 1; i += 1) {
    const [column, text] = faults[i % 41] ?? [];
    if (column === undefined) continue;
    const cells = lines[i].split(',');
    assert.equal(cells.length, ids.length + 3);
    cells[column] = text;
    lines[i] = cells.join(',');
  }
  writeFileSync(path, lines.join('\n'));
}

/** The column types DuckDB gave `table`, by name. */
async function typesOf(connection, table) {
  const reader = await connection.runAndReadAll(`DESCRIBE ${table}`);
  return Object.fromEntries(reader.getRowObjects()
    .map((row) => [row.column_name, row.column_type]));
}

/**
 * Runs `sql` in DuckDB, saves its rows as CSV, and reads them back with
 * `sctmm counts`: the aggregate JSON, parsed.
 */
async function countsBack(connection, sql, dir, name) {
  const file = join(dir, `${name}.csv`);
  const query = sql.trim().replace(/;$/, '');
  await connection.run(`COPY (${query}) TO '${file}' (HEADER)`);
  const result = sctmm(['counts', file]);
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

/**
 * Two tables of a responses CSV: `table`, wide, with the types DuckDB's
 * `read_csv` guesses (or as `options` say), and `table_long`, one row
 * per answer, whose ratings are text when `mixed` (the wide columns'
 * types differ, and UNPIVOT needs one).
 */
async function loadTables(connection, path, ids, table, options = {}) {
  const renamed = ids.map((id) => `"${id}" AS ${id.replaceAll('-', '_')}`);
  const text = options.text ? ', all_varchar = true' : '';
  await connection.run(`CREATE TABLE ${table} AS
    SELECT id, segment, ${renamed.join(', ')}
    FROM read_csv('${path}', header = true${text})`);
  const source = options.mixed ? `(SELECT id, segment,
    COLUMNS(* EXCLUDE (id, segment))::VARCHAR FROM ${table})` : table;
  await connection.run(`CREATE TABLE ${table}_long AS
    SELECT id, segment, replace(statement, '_', '-') AS statement, rating
    FROM (UNPIVOT ${source}
      ON COLUMNS(* EXCLUDE (id, segment))
      INTO NAME statement VALUE rating)`);
}

describe('sctmm sql in DuckDB, against sctmm aggregate', () => {
  const dir = tempDir();
  const path = join(dir, 'responses.csv');
  const spoiled = join(dir, 'spoiled.csv');
  let ids;
  let expected;
  let aggregate;
  let spoiledAggregate;
  let connection;

  before(async () => {
    ids = defaultIds();
    await writeResponses(path, { rows: ROWS, ids, seed: 7, faults: true });
    const result = sctmm(['aggregate', path]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /rows skipped/);
    aggregate = JSON.parse(result.stdout);
    expected = cellsOf(aggregate);

    await writeResponses(spoiled, { rows: ROWS, ids, seed: 8,
      faults: true });
    spoil(spoiled, ids);
    const again = sctmm(['aggregate', spoiled]);
    assert.equal(again.status, 0, again.stderr);
    spoiledAggregate = JSON.parse(again.stdout);

    const db = await DuckDBInstance.create(':memory:');
    connection = await db.connect();
    await loadTables(connection, path, ids, 'responses');
    await loadTables(connection, spoiled, ids, 'auto', { mixed: true });
    await loadTables(connection, spoiled, ids, 'text', { text: true });
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

  it('leaves out whole rows as the command line does, whatever types ' +
    'DuckDB guessed', async () => {
    const types = await typesOf(connection, 'auto');
    const wide = sctmm(['sql', '--table', 'auto']).stdout;
    const long = sctmm(['sql', '--shape', 'long', '--table',
      'auto_long']).stdout;

    const fromWide = await cellsOfSql(connection, wide);
    const fromLong = await cellsOfSql(connection, long);

    assert.equal(types[ids[0].replaceAll('-', '_')], 'VARCHAR');
    assert.equal(types[ids[2].replaceAll('-', '_')], 'BIGINT');
    assert.deepEqual(fromWide, cellsOf(spoiledAggregate));
    assert.deepEqual(fromLong, cellsOf(spoiledAggregate));
  });

  it('gives the same counts from a table of text, cell by cell', async () => {
    const sql = sctmm(['sql', '--table', 'text']).stdout;

    const actual = await cellsOfSql(connection, sql);

    assert.deepEqual(actual, cellsOf(spoiledAggregate));
  });

  it('gives back, through sctmm counts, the aggregate sctmm aggregate ' +
    'prints', async () => {
    const wide = sctmm(['sql']).stdout;
    const long = sctmm(['sql', '--shape', 'long', '--table',
      'auto_long']).stdout;

    const fromWide = await countsBack(connection, wide, dir, 'wide');
    const fromLong = await countsBack(connection, long, dir, 'long');

    assert.deepEqual(fromWide, aggregate);
    assert.deepEqual(fromLong, spoiledAggregate);
  });
});
