import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultIds, sctmm, tempDir, write } from './helpers.mjs';

const ids = defaultIds();
const dir = tempDir();
const header = ['id', 'segment', 'submittedAt', ...ids].join(',');

/** Data rows: id, segment, date, then `rating(i)` for statement i. */
function rows(count, rating = (r, i) => String(1 + ((r + i) % 6))) {
  return Array.from({ length: count }, (_, r) => ['r' + r,
    ['academia', 'public', ''][r % 3], '2026-03-01',
    ...ids.map((_, i) => rating(r, i))].join(','));
}

/** The aggregate of `path`, failing the test when the command fails. */
function aggregateOf(path, args = []) {
  const result = sctmm(['aggregate', ...args, path]);
  assert.equal(result.status, 0, result.stderr);
  return { aggregate: JSON.parse(result.stdout), stderr: result.stderr };
}

describe('sctmm aggregate: line ends and encodings of spreadsheets', () => {
  it('reads lines that end with a lone CR as lines', () => {
    const lines = [header, ...rows(5)];
    const lf = write(dir, 'lf.csv', `${lines.join('\n')}\n`);
    const cr = write(dir, 'cr.csv', `${lines.join('\r')}\r`);
    const crNoEnd = write(dir, 'cr-open.csv', lines.join('\r'));

    const expected = aggregateOf(lf).aggregate;

    assert.deepEqual(aggregateOf(cr), { aggregate: expected, stderr: '' });
    assert.deepEqual(aggregateOf(crNoEnd).aggregate, expected);
    assert.equal(expected.segments.academia.respondents, 2);
  });

  it('says so when a file holds no row after its header', () => {
    const path = write(dir, 'header-only.csv', `${header}\r\n\r\n`);

    const { aggregate, stderr } = aggregateOf(path);

    assert.deepEqual(aggregate.segments, {});
    assert.equal(stderr, `${path}: no rows of responses after the header\n`);
  });

  it('drafts a mapping from the header of a file with CR line ends', () => {
    const path = write(dir, 'cr-export.csv',
      '"Marca temporal","Sector","Pregunta"\r"2024","Academia","5"\r');

    const result = sctmm(['template', 'mapping', path]);

    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(Object.keys(JSON.parse(result.stdout).columns),
      ['Marca temporal', 'Sector', 'Pregunta']);
  });

  it('reads a Windows-1252 export and says so once', () => {
    const text = [
      'Marca temporal;¿A qué sector pertenece?;Opinión',
      '2024/03/15;Sector público;Sí, mucho (5)',
      '2024/03/15;Academia;Ni de acuerdo ni en desacuerdo (3)',
      '2024/03/16;Academia;Ñoño',
    ].join('\r\n');
    const utf8 = write(dir, 'utf8.csv', text);
    const latin = write(dir, 'cp1252.csv', Buffer.from(text, 'latin1'));
    const mapping = write(dir, 'opinion.json', JSON.stringify({
      format: 'sctmm/response-mapping@1',
      columns: { '¿A qué sector pertenece?': 'segment',
        'Marca temporal': 'submittedAt', 'Opinión': ids[0] },
    }));

    const expected = aggregateOf(utf8, ['--mapping', mapping]);
    const read = aggregateOf(latin, ['--mapping', mapping]);
    const draft = sctmm(['template', 'mapping', latin]);

    assert.deepEqual(read.aggregate, expected.aggregate);
    assert.equal(expected.aggregate.segments.public.counts[ids[0]][5], 1);
    const [notice, ...rest] = read.stderr.split('\n');
    assert.match(notice, /cp1252\.csv: not UTF-8; read as Windows-1252/);
    assert.equal(rest.join('\n'), expected.stderr.replaceAll('utf8.csv',
      'cp1252.csv'));
    assert.match(read.stderr, /"Ñoño"/);
    assert.doesNotMatch(read.stderr, /\ufffd/);
    assert.ok(Object.hasOwn(JSON.parse(draft.stdout).columns,
      '¿A qué sector pertenece?'));
  });

  it('fails a file of one endless line, saying why, not that it is ' +
    'empty', () => {
    const path = write(dir, 'one-line.csv', 'x,'.repeat(1_500_000));

    const counted = sctmm(['aggregate', path]);
    const drafted = sctmm(['template', 'mapping', path]);

    assert.equal(counted.status, 1);
    assert.match(counted.stderr, /line 1: the header cannot be read: a line/);
    assert.equal(drafted.status, 1);
    assert.match(drafted.stderr, /one-line\.csv:1: the header cannot be /);
    for (const { stderr } of [counted, drafted]) {
      assert.match(stderr, /longer than 1048576 bytes/);
      assert.doesNotMatch(stderr, /empty/);
    }
  });
});

describe('sctmm aggregate: what it says about rows it skips', () => {
  it('gives a long closed quoted field its reason: too long', () => {
    const [first, second] = rows(2);
    const long = `"${'a'.repeat(3_000_000)}"`;
    const path = write(dir, 'long-field.csv', [header,
      first.replace(/^r0/, long), second].join('\n') + '\n');

    const { aggregate, stderr } = aggregateOf(path);

    assert.match(stderr, /long-field\.csv:2: a record longer than 1048576 /);
    assert.match(stderr, /a quoted field runs past it/);
    assert.doesNotMatch(stderr, /never closed/);
    assert.equal(aggregate.segments.public.respondents, 1);
  });

  it('says which line repeats the header of files joined together', () => {
    const [a, b, c] = rows(3);
    const path = write(dir, 'joined.csv',
      [header, a, `\ufeff${header}`, b, header.replaceAll(',', ';'), c]
        .join('\n') + '\n');

    const { aggregate, stderr } = aggregateOf(path);

    assert.match(stderr, /joined\.csv:3: this line repeats the header/);
    assert.match(stderr, /joined\.csv:5: expected \d+ fields, got 1\n/);
    assert.equal(aggregate.segments.academia.respondents, 1);
    assert.equal(aggregate.segments.public.respondents, 1);
  });

  it('sums up a row of many bad cells in one short line, and names ' +
    'unknown answers once per file with their counts', () => {
    const questions = ids.map((id, i) => `${i + 1}. ¿Qué tan de acuerdo ` +
      `está con esta afirmación sobre la ciudad? [${id}]`);
    const columns = Object.fromEntries(questions.map((q, i) => [q, ids[i]]));
    const mapping = write(dir, 'lime.json', JSON.stringify({
      format: 'sctmm/response-mapping@1', columns }));
    const answers = ['Muy bien', 'De acuerdo (5)', 'Bien', 'Muy bien'];
    const data = Array.from({ length: 30 }, (_, r) =>
      questions.map((_, i) => `"${answers[(r + i) % 4]}"`).join(','));
    const path = write(dir, 'lime.csv', [
      questions.map((q) => `"${q}"`).join(','), ...data].join('\n'));

    const cells = (text, r) =>
      ids.filter((_, i) => answers[(r + i) % 4] === text).length;
    const total = (text) => Array.from({ length: 30 }, (_, r) =>
      cells(text, r)).reduce((a, b) => a + b);

    const { aggregate, stderr } = aggregateOf(path, ['--mapping', mapping]);

    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 32);
    assert.ok(stderr.length < 12_000, `${stderr.length} bytes`);
    assert.ok(lines.every((line) => line.length < 400));
    const bad = cells('Muy bien', 0) + cells('Bien', 0);
    assert.match(lines[0], new RegExp(`^${path}:2: ${bad} cells cannot ` +
      'be read: column "1\\. ¿Qué tan de acuerdo está con [^"]*…": ' +
      'answer "Muy bien" is not known; '));
    assert.match(lines[0], new RegExp(`; and ${bad - 3} more$`));
    assert.equal(lines[30], `${path}: answers not known: "Muy bien" ` +
      `(${total('Muy bien')} cells), "Bien" (${total('Bien')} cells); ` +
      'give each a value in the mapping\'s "answers"');
    assert.equal(lines[31], `${path}: 30 rows skipped, 0 counted`);
    assert.deepEqual(aggregate.segments, {});
  });

  it('reads a number in brackets at the end of an answer', () => {
    const mapping = write(dir, 'p1.json', JSON.stringify({
      format: 'sctmm/response-mapping@1', columns: { P1: ids[0] } }));
    const path = write(dir, 'trailing.csv',
      'P1\nDe acuerdo (5)\nTotalmente de acuerdo [6]\n  Algo ( 2 ) \n');

    const { aggregate, stderr } = aggregateOf(path, ['--mapping', mapping]);

    assert.equal(stderr.match(/no column for/g)?.length, 1);
    assert.deepEqual(aggregate.segments.unspecified.counts[ids[0]],
      [0, 0, 1, 0, 0, 1, 1]);
  });

  it('drafts a mapping whose answers come from the first rows', () => {
    const path = write(dir, 'sampled.csv', [
      `"Marca temporal","${ids[0]}","${ids[1]}"`,
      '"2024","De acuerdo (5)","Regular"',
      '"2024","No sé","De acuerdo (5)"',
    ].join('\n'));

    const result = sctmm(['template', 'mapping', path]);
    const mapping = JSON.parse(result.stdout);

    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(mapping.answers, { 'De acuerdo (5)': 5,
      'No sé': 'dont-know' });
    assert.match(mapping.notes[ids[1]], /do not read: "Regular"/);
  });

  it('writes counts of one in the singular', () => {
    const path = write(dir, 'one.csv', [
      `${header},extra`,
      `${rows(1)[0]},x`,
      `${rows(1, () => '9')[0]},y`,
    ].join('\n'));
    const partial = write(dir, 'partial-one.csv',
      `${ids.slice(1).join(',')}\n${ids.slice(1).map(() => '2').join(',')}`);

    const { stderr } = aggregateOf(path);
    const missing = aggregateOf(partial).stderr;

    assert.match(stderr, /: 1 unknown column ignored: "extra"\n/);
    assert.match(stderr, /: 1 row skipped, 1 counted\n/);
    assert.match(missing, /no column for 1 statement of the survey/);
  });
});

describe('sctmm score and merge: statements the survey lacks', () => {
  const path = write(dir, 'base.csv', `${header}\n${rows(3).join('\n')}\n`);
  const base = JSON.parse(sctmm(['aggregate', path]).stdout);

  it('exit 1 naming the statements', () => {
    const odd = structuredClone(base);
    odd.segments.academia.counts['no-such-1'] = [0, 0, 0, 0, 0, 0, 1];
    odd.segments.public.counts['no-such-2'] = [1, 0, 0, 0, 0, 0, 0];
    const file = write(dir, 'odd.json', JSON.stringify(odd));
    const good = write(dir, 'good.json', JSON.stringify(base));

    const scored = sctmm(['score', file]);
    const merged = sctmm(['merge', good, file]);

    for (const result of [scored, merged]) {
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /odd\.json: counts 2 statements that /);
      assert.match(result.stderr, /does not have: "no-such-1", "no-such-2"/);
    }
  });

  it('merge takes --survey as every command does', () => {
    const good = write(dir, 'good2.json', JSON.stringify(base));

    const merged = sctmm(['merge', '--survey', 'nothing.json', good]);

    assert.equal(merged.status, 1);
    assert.match(merged.stderr, /nothing\.json: no such file/);
  });
});

describe('sctmm counts', () => {
  const head = 'segment,statement,rating,n,respondents';

  it('turns counts into the aggregate, filling in "don\'t know"', () => {
    const path = write(dir, 'counts.csv', [head,
      `academia,${ids[0]},5,2,3`, `academia,${ids[0]},0,1,3`,
      `unspecified,${ids[1]},6,1,1`].join('\n'));

    const result = sctmm(['counts', path]);
    const aggregate = JSON.parse(result.stdout);

    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(Object.keys(aggregate.segments),
      ['academia', 'unspecified']);
    assert.equal(aggregate.segments.academia.respondents, 3);
    assert.deepEqual(aggregate.segments.academia.counts[ids[0]],
      [1, 0, 0, 0, 0, 2, 0]);
    assert.deepEqual(aggregate.segments.academia.counts[ids[1]],
      [3, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(Object.keys(aggregate.segments.unspecified.counts),
      ids);
  });

  it('exits 1 naming the lines that do not add up', () => {
    const path = write(dir, 'bad-counts.csv', [head,
      `academia,${ids[0]},5,2,3`, `academia,${ids[0]},5,1,3`,
      `academia,${ids[1]},9,1,3`, `public,${ids[1]},1,4,3`,
      `private,${ids[2]},1,1,3`, `private,${ids[3]},1,1,4`,
      'public,no-such-id,1,1,3'].join('\n'));
    const short = write(dir, 'short-counts.csv', 'segment,n\npublic,1\n');

    const bad = sctmm(['counts', path]);
    const missing = sctmm(['counts', short]);

    assert.equal(bad.status, 1);
    assert.match(bad.stderr,
      /line 3: segment academia, statement .+, rating 5 is also on line 2/);
    assert.match(bad.stderr, /line 4: rating "9" is not 0 to 6/);
    assert.match(bad.stderr, /line 7: segment private has 4 respondents/);
    assert.match(bad.stderr,
      /statement: not statements of survey "perception-2020": "no-such-id"/);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /missing statement, rating, respondents/);
  });

  it('exits 1 when a statement counts more answers than respondents',
    () => {
      const path = write(dir, 'over.csv', [head,
        `public,${ids[1]},1,4,3`].join('\n'));

      const result = sctmm(['counts', path]);

      assert.equal(result.status, 1);
      assert.match(result.stderr, /counts 4 answers, not the segment's 3/);
    });
});
