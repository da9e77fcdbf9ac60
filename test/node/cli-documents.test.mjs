import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultIds, sctmm, tempDir, write } from './helpers.mjs';

const ids = defaultIds();
const dir = tempDir();
const header = ['id', 'segment', 'submittedAt', ...ids].join(',');

/** A responses file of rows `[segment, rating]`, each rating everywhere. */
function responses(name, rows) {
  const lines = rows.map(([segment, rating], i) =>
    [`${name}-${i}`, segment, '', ...ids.map(() => rating)].join(','));
  return write(dir, `${name}.csv`, [header, ...lines].join('\n'));
}

/** The aggregate of a responses file, saved as JSON; gives its path. */
function aggregateFile(name, rows) {
  const result = sctmm(['aggregate', responses(name, rows)]);
  assert.equal(result.status, 0, result.stderr);
  return write(dir, `${name}.json`, result.stdout);
}

describe('sctmm merge', () => {
  it('adds aggregates as aggregating their files together does', () => {
    const a = aggregateFile('ma', [['public', '2'], ['', '5']]);
    const b = aggregateFile('mb', [['public', '4'], ['academia', '']]);
    const both = responses('mab', [['public', '2'], ['', '5'],
      ['public', '4'], ['academia', '']]);

    const merged = sctmm(['merge', a, b]);
    const direct = sctmm(['aggregate', both]);

    assert.equal(merged.status, 0, merged.stderr);
    assert.deepEqual(JSON.parse(merged.stdout), JSON.parse(direct.stdout));
  });

  it('reads one aggregate from standard input', () => {
    const a = aggregateFile('sa', [['private', '3']]);
    const input = sctmm(['merge', a]).stdout;

    const merged = sctmm(['merge', a, '-'], input);

    assert.equal(JSON.parse(merged.stdout).segments.private.respondents, 2);
  });

  it('exits 1 naming the file when aggregates cannot merge', () => {
    const a = aggregateFile('xa', [['private', '3']]);
    const other = JSON.parse(sctmm(['merge', a]).stdout);
    other.survey.id = 'another-survey';
    const b = write(dir, 'other.json', JSON.stringify(other));

    const result = sctmm(['merge', a, b]);

    assert.equal(result.status, 1);
    assert.match(result.stderr, /other\.json: cannot merge aggregates of /);
  });

  it('lists the issues of a document that is not an aggregate', () => {
    const bad = write(dir, 'bad.json', '{"format": "sctmm/other@1"}');
    const broken = write(dir, 'broken.json', '{"format": ');

    const invalid = sctmm(['merge', bad]);
    const notJson = sctmm(['merge', broken]);

    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /bad\.json: not a valid perception /);
    assert.match(invalid.stderr, /\n {2}format: /);
    assert.equal(notJson.status, 1);
    assert.match(notJson.stderr, /broken\.json: not JSON: /);
  });
});

describe('sctmm score', () => {
  it('prints score, level and n overall, per part and by segment', () => {
    const path = aggregateFile('score', [['public', '4'], ['public', '2'],
      ['academia', '6'], ['', '']]);

    const result = sctmm(['score', path]);
    const scored = JSON.parse(result.stdout);

    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual([scored.score, scored.level, scored.n], [4, 4, 4]);
    const [dimension] = scored.dimensions;
    assert.deepEqual([dimension.score, dimension.level], [4, 4]);
    assert.ok(dimension.subdimensions.every((sub) =>
      sub.n > 0 && sub.n % 3 === 0));
    assert.deepEqual([scored.bySegment.public.score,
      scored.bySegment.public.n], [3, 2]);
    assert.deepEqual([scored.bySegment.academia.score,
      scored.bySegment.academia.level], [6, 6]);
    assert.deepEqual([scored.bySegment.unspecified.score,
      scored.bySegment.unspecified.level], [null, null]);
  });

  it('asks for the survey of an aggregate of another survey', () => {
    const a = aggregateFile('os', [['private', '3']]);
    const other = JSON.parse(sctmm(['merge', a]).stdout);
    other.survey.id = 'another-survey';

    const result = sctmm(['score', write(dir, 'os2.json',
      JSON.stringify(other))]);

    assert.equal(result.status, 1);
    assert.match(result.stderr, /counts survey "another-survey", not /);
    assert.match(result.stderr, /--survey/);
  });

  it('exits 2 without exactly one file', () => {
    assert.equal(sctmm(['score']).status, 2);
  });
});

describe('sctmm template mapping and aggregate --mapping', () => {
  const texts = JSON.parse(sctmm(['template', 'mapping',
    write(dir, 'h.csv', `${ids.slice(0, 3).join(',')}\n`)]).stdout);

  it('drafts a mapping from an export header, noting what is unsure', () => {
    const path = write(dir, 'forms.csv', [
      '"Marca temporal","Correo","Sector al que pertenece",' +
        `"${ids[0]}","Pregunta libre"`,
      '"2024/03/15 10:23:45 a. m. GMT-5","","Sector público",' +
        '"5 - De acuerdo","hola"',
    ].join('\r\n'));

    const result = sctmm(['template', 'mapping', path]);
    const mapping = JSON.parse(result.stdout);

    assert.equal(result.status, 0, result.stderr);
    assert.equal(mapping.format, 'sctmm/response-mapping@1');
    assert.deepEqual(mapping.columns, {
      'Marca temporal': 'submittedAt',
      Correo: 'ignore',
      'Sector al que pertenece': 'segment',
      [ids[0]]: ids[0],
      'Pregunta libre': 'ignore',
    });
    assert.match(mapping.notes.Correo, /personal data/);
    assert.match(mapping.notes['Pregunta libre'], /not matched/);
    assert.deepEqual(texts.columns[ids[2]], ids[2]);
  });

  it('reads an export through its mapping', () => {
    const exported = write(dir, 'export.csv', [
      '"Marca temporal","Sector al que pertenece","P1"',
      '"2024/03/15 10:23:45","Sector público","5 - De acuerdo"',
      '"2024/03/15 10:24:00","Academia","No sé"',
      '"2024/03/15 10:25:00","Academia","Muy bien"',
    ].join('\n'));
    const mapping = write(dir, 'mapping.json', JSON.stringify({
      format: 'sctmm/response-mapping@1',
      columns: { 'Marca temporal': 'submittedAt',
        'Sector al que pertenece': 'segment', P1: ids[0] },
      answers: { 'Muy bien': 6 },
    }));

    const result = sctmm(['aggregate', '--mapping', mapping, exported]);
    const aggregate = JSON.parse(result.stdout);

    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(aggregate.segments.public.counts[ids[0]],
      [0, 0, 0, 0, 0, 1, 0]);
    assert.deepEqual(aggregate.segments.academia.counts[ids[0]],
      [1, 0, 0, 0, 0, 0, 1]);
  });

  it('refuses a mapping that names a statement the survey lacks', () => {
    const mapping = write(dir, 'wrong.json', JSON.stringify({
      format: 'sctmm/response-mapping@1', columns: { P1: 'no-such-one' },
    }));

    const result = sctmm(['aggregate', '--mapping', mapping, '-'], 'P1\n1');

    assert.equal(result.status, 1);
    assert.match(result.stderr, /columns\["P1"\]: unknown statement /);
  });
});

describe('sctmm sql', () => {
  it('prints SQL for the table named, wide by default', () => {
    const result = sctmm(['sql', '--table', 'survey.responses']);

    assert.equal(result.status, 0);
    assert.match(result.stdout, /FROM survey\.responses\n/);
    assert.match(result.stdout,
      /GROUP BY a\.segment_key, a\.statement, a\.rating, z\.respondents/);
  });

  it('exits 2 for a table name that is not plain or a shape unknown', () => {
    assert.equal(sctmm(['sql', '--table', 'x; DROP TABLE y']).status, 2);
    assert.equal(sctmm(['sql', '--shape', 'tall']).status, 2);
  });
});
