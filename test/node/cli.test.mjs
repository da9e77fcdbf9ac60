import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { defaultIds, sctmm, tempDir, write } from './helpers.mjs';

const ids = defaultIds();
const dir = tempDir();

/** A data row: id, segment, date, then `rating(i)` for statement i. */
function row(id, segment, rating, delimiter = ',') {
  return [id, segment, '2026-03-01', ...ids.map((_, i) => rating(i))]
    .join(delimiter);
}

const header = (delimiter = ',') =>
  ['id', 'segment', 'submittedAt', ...ids].join(delimiter);

function aggregateOf(result) {
  assert.equal(result.status, 0, result.stderr);
  return JSON.parse(result.stdout);
}

describe('sctmm --help, --version and usage errors', () => {
  it('prints the usage on standard output and exits 0', () => {
    const result = sctmm(['--help']);

    assert.equal(result.status, 0);
    assert.match(result.stdout, /^Usage: sctmm <command>/);
    assert.match(result.stdout, /aggregate \[--mapping M\.json\]/);
    assert.equal(result.stderr, '');
  });

  it('prints the usage on standard error and exits 2 without a command',
    () => {
      const result = sctmm([]);

      assert.equal(result.status, 2);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /^Usage: sctmm/);
    });

  it('prints the version of package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

    assert.equal(sctmm(['--version']).stdout, `${pkg.version}\n`);
    assert.equal(sctmm(['-V']).status, 0);
  });

  it('exits 2 and names the fault for an unknown command or option', () => {
    const command = sctmm(['count', 'x.csv']);
    const option = sctmm(['aggregate', '--bogus', 'x.csv']);
    const missing = sctmm(['aggregate']);

    assert.equal(command.status, 2);
    assert.match(command.stderr, /unknown command "count"/);
    assert.match(command.stderr, /Try "sctmm --help"/);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /aggregate: Unknown option '--bogus'/);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /name at least one CSV file/);
  });

  it('gives help for a command too', () => {
    assert.equal(sctmm(['score', '--help']).status, 0);
  });
});

describe('sctmm template', () => {
  it('prints the header of the default survey', () => {
    const result = sctmm(['template', 'responses']);

    assert.equal(result.status, 0);
    assert.equal(result.stdout, `${header()}\n`);
    assert.ok(ids.length >= 29);
  });

  it('writes the header with semicolons when asked', () => {
    const result = sctmm(['template', 'responses', '--delimiter', ';']);

    assert.equal(result.stdout, `${header(';')}\n`);
  });

  it('exits 2 for a template it does not know', () => {
    assert.equal(sctmm(['template', 'answers']).status, 2);
  });
});

describe('sctmm aggregate', () => {
  it('reads ;, a byte order mark, quoted fields and CRLF line ends', () => {
    const path = write(dir, 'semicolon.csv', '\ufeff' + [
      header(';'),
      row('"a;1"', '"academia"', () => '"5"', ';'),
      row('a2', 'public', (i) => (i === 0 ? '' : '2'), ';'),
      row('"a""3"', '', (i) => (i === 0 ? '6' : '"1"'), ';'),
    ].join('\r\n') + '\r\n');

    const aggregate = aggregateOf(sctmm(['aggregate', path]));

    assert.equal(aggregate.format, 'sctmm/perception-aggregate@1');
    assert.deepEqual(aggregate.survey, { id: 'perception-2020',
      version: '1' });
    assert.equal(aggregate.segments.academia.respondents, 1);
    assert.deepEqual(aggregate.segments.academia.counts[ids[0]],
      [0, 0, 0, 0, 0, 1, 0]);
    assert.deepEqual(aggregate.segments.public.counts[ids[0]],
      [1, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(aggregate.segments.public.counts[ids[1]],
      [0, 0, 1, 0, 0, 0, 0]);
    assert.deepEqual(aggregate.segments.unspecified.counts[ids[0]],
      [0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(aggregate.segments.unspecified.counts[ids[5]],
      [0, 1, 0, 0, 0, 0, 0]);
  });

  it('reports a malformed row by file and line, skips it, exits 0', () => {
    const path = write(dir, 'faults.csv', [
      header(),
      row('b1', 'private', () => '3'),
      row('b2', 'private', (i) => (i === 4 ? '7' : '3')),
      row('b3', 'gremio', () => '3'),
      row('b4', 'private', () => '3').slice(0, -2),
      row('b5', 'private', () => 'x'),
      row('b6', 'private', () => '4'),
    ].join('\n'));

    const result = sctmm(['aggregate', path]);
    const aggregate = aggregateOf(result);

    assert.equal(aggregate.segments.private.respondents, 2);
    assert.deepEqual(aggregate.segments.private.counts[ids[4]],
      [0, 0, 0, 1, 1, 0, 0]);
    const lines = result.stderr.trim().split('\n');
    assert.match(lines[0], new RegExp(`^${path}:3: column "${ids[4]}": ` +
      'rating 7 is outside 1 to 6$'));
    assert.match(lines[1], /faults\.csv:4: unknown segment "gremio"/);
    assert.match(lines[2], /faults\.csv:5: expected \d+ fields, got \d+$/);
    assert.match(lines[3], new RegExp(`faults\\.csv:6: ${ids.length} cells ` +
      'cannot be read: column "[a-z-]+1": "x" is not a'));
    assert.match(lines[4], new RegExp(`faults\\.csv: answers not known: ` +
      `"x" \\(${ids.length} cells\\); a responses CSV holds 1 to 6`));
    assert.match(lines[5], /faults\.csv: 4 rows skipped, 2 counted$/);
  });

  it('exits 1 with --strict when a row was skipped, still printing', () => {
    const path = write(dir, 'strict.csv', [
      header(), row('c1', 'public', () => '9'), row('c2', '', () => '1'),
    ].join('\n'));

    const result = sctmm(['aggregate', '--strict', path]);

    assert.equal(result.status, 1);
    assert.equal(JSON.parse(result.stdout).segments.unspecified.respondents,
      1);
  });

  it('reads standard input for -', () => {
    const input = [header(), row('d1', 'academia', () => '2')].join('\n');

    const aggregate = aggregateOf(sctmm(['aggregate', '-'], input));

    assert.equal(aggregate.segments.academia.respondents, 1);
  });

  it('adds up several files', () => {
    const a = write(dir, 'a.csv', `${header()}\n${row('e1', 'public',
      () => '1')}\n`);
    const b = write(dir, 'b.csv', `${header()}\n${row('e2', 'public',
      () => '1')}\n`);

    const aggregate = aggregateOf(sctmm(['aggregate', a, b]));

    assert.equal(aggregate.segments.public.respondents, 2);
  });

  it('says which file is missing or empty, without a stack, exit 1', () => {
    const missing = sctmm(['aggregate', `${dir}/nothing.csv`]);
    const empty = sctmm(['aggregate', write(dir, 'empty.csv', '')]);

    assert.equal(missing.status, 1);
    assert.equal(missing.stderr,
      `sctmm: ${dir}/nothing.csv: no such file\n`);
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /empty\.csv: not a valid responses file:\n/);
    assert.match(empty.stderr, /the file is empty/);
    assert.doesNotMatch(empty.stderr, /\n\s+at /);
  });

  it('fails a file whose header names no statement', () => {
    const path = write(dir, 'other.csv', 'Marca temporal,Pregunta\nx,5\n');

    const result = sctmm(['aggregate', path]);

    assert.equal(result.status, 1);
    assert.match(result.stderr, /needs a response mapping/);
  });

  it('names unknown columns and missing statements once per file', () => {
    const path = write(dir, 'partial.csv',
      `id,segment,extra,${ids[0]}\nf1,public,x,4\nf2,public,y,5\n`);

    const result = sctmm(['aggregate', path]);
    const aggregate = aggregateOf(result);

    assert.match(result.stderr, /1 unknown column ignored: "extra"\n/);
    assert.match(result.stderr, new RegExp(`no column for ${ids.length - 1}` +
      ' statements of the survey, counted as don\'t know'));
    assert.deepEqual(aggregate.segments.public.counts[ids[1]],
      [2, 0, 0, 0, 0, 0, 0]);
  });
});
