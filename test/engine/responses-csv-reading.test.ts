import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CsvAggregator } from '../../src/engine/csv-aggregator.ts';
import { MAX_RECORD_BYTES } from '../../src/engine/csv-scanner.ts';
import {
  OTHER_COLUMN,
  QuickRows,
  SEGMENT_COLUMN,
} from '../../src/engine/quick-row.ts';
import { plainRules } from '../../src/engine/response-cells.ts';
import {
  ResponseCsvReader,
  type ResponseRowProblem,
} from '../../src/engine/response-reader.ts';
import {
  aggregateResponsesCsv,
  readResponsesCsv,
} from '../../src/engine/responses-csv.ts';
import { tinySurvey } from './perception-builders.ts';

const survey = tinySurvey();
const header = 'id,segment,submittedAt,a1,a2,p1,c1,x1';
const rows = ['r1,academia,t,1,2,3,4,5', 'r2,,t,6,,6,,6',
  'r3,public,,2,2,2,2,2'];

/** The value of reading `input`, failing the test when the file fails. */
function read(input: string | Uint8Array) {
  const result = readResponsesCsv(input, survey);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** Bytes of a text of Latin-1 characters, as Windows-1252 writes them. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

/** The aggregate of `bytes` pushed in chunks of `size` bytes. */
function chunked(bytes: Uint8Array, size: number) {
  const aggregator = new CsvAggregator(survey);
  for (let at = 0; at < bytes.length; at += size) {
    aggregator.push(bytes.subarray(at, at + size));
  }
  return aggregator.finish();
}

describe('readResponsesCsv: line ends and encodings', () => {
  it('reads lines that end with a lone CR, as old Excel for Mac saves',
    () => {
      const lf = read(`${header}\n${rows.join('\n')}\n`);

      const cr = read(`${header}\r${rows.join('\r')}\r`);
      const open = read(`\ufeff${header}\r${rows.join('\r')}`);

      expect(cr.responses).to.deep.equal(lf.responses);
      expect(open.responses).to.deep.equal(lf.responses);
      expect(cr.problems).to.deep.equal([]);
    });

  it('counts a file of lone CRs the same in chunks of any size', () => {
    const text = `${header}\r${rows.join('\r')}\r"r\r4",civil-society,` +
      ',1,1,1,1,9\r';
    const bytes = new TextEncoder().encode(text);
    const whole = aggregateResponsesCsv(bytes, survey);

    fc.assert(fc.property(fc.integer({ min: 1, max: 60 }), (size) => {
      const parts = chunked(bytes, size);

      expect(parts.ok && parts.value.aggregate)
        .to.deep.equal(whole.ok && whole.value.aggregate);
    }));
    expect(whole.ok && whole.value.counted).to.equal(3);
    expect(whole.ok && whole.value.problems).to.deep.equal([
      { line: 5, reason: 'column "x1": rating 9 is outside 1 to 6' },
    ]);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    const text = `${header}\nañoñuevo,público,mañana,1,2,3,4,5\n` +
      'r2,academia,ayer,1,1,1,1,1\n';

    const latin = read(windows1252(text));
    const utf8 = read(new TextEncoder().encode(text));

    expect(latin.encoding).to.equal('windows-1252');
    expect(utf8.encoding).to.equal('utf-8');
    expect(latin.responses[0]?.id).to.equal('r2');
    expect(latin.problems).to.deep.equal(utf8.problems);
    expect(latin.problems[0]?.reason).to.equal('unknown segment "público" ' +
      '(expected academia, public, private, civil-society or empty)');
  });

  it('fails a header it cannot read, saying why', () => {
    const long = readResponsesCsv('x'.repeat(MAX_RECORD_BYTES + 10), survey);
    const open = readResponsesCsv(`"id,${header}\n${rows[0]}\n`, survey);
    const stray = readResponsesCsv(`"id"x,a1\n1,2\n`, survey);

    expect(long).to.deep.equal({ ok: false, issues: [{ path: 'line 1',
      message: 'the header cannot be read: a line longer than ' +
        `${MAX_RECORD_BYTES} bytes` }] });
    expect(!open.ok && open.issues).to.deep.equal([{ path: 'line 1',
      message: 'the header cannot be read: a quote opened on this line ' +
        'is never closed' }]);
    expect(!stray.ok && stray.issues[0]?.message).to.equal('the header ' +
      'cannot be read: characters after a closing quote');
  });
});

describe('readResponsesCsv: what it says about rows it skips', () => {
  it('says a closed field past the limit makes a record too long', () => {
    const field = 'a'.repeat(2 * MAX_RECORD_BYTES);
    const text = `${header}\n"${field}",,,1,1,1,1,1\n${rows[0]}\n`;
    const bytes = new TextEncoder().encode(text);
    const problems: ResponseRowProblem[] = [];
    const aggregator = new CsvAggregator(survey,
      { problem: (problem) => problems.push(problem) });

    for (let at = 0; at < bytes.length; at += 1 << 20) {
      aggregator.push(bytes.subarray(at, at + (1 << 20)));
    }
    const done = aggregator.finish();

    expect(problems).to.deep.equal([{ line: 2, reason: 'a record longer ' +
      `than ${MAX_RECORD_BYTES} bytes: a quoted field runs past it; its ` +
      'first line skipped' }]);
    expect(done.ok && done.value.counted).to.equal(1);
  });

  it('names three bad cells of a row and counts the others', () => {
    const text = `${header}\nr1,gremio,,0,x,9,7,5.0\nr2,,,x,1,1,1,1\n`;

    const { problems } = read(text);

    expect(problems).to.deep.equal([
      { line: 2, reason: '6 cells cannot be read: unknown segment ' +
        '"gremio" (expected academia, public, private, civil-society or ' +
        'empty); column "a1": rating 0 is outside 1 to 6; column "a2": ' +
        '"x" is not a rating (1 to 6, or empty for don\'t know); and 3 ' +
        'more' },
      { line: 3, reason: 'column "a1": "x" is not a rating (1 to 6, or ' +
        'empty for don\'t know)' },
    ]);
  });

  it('says which line repeats the header, quoted or not', () => {
    const quoted = header.split(',').map((name) => `"${name}"`).join(',');
    const text = `${header}\n${rows[0]}\n\ufeff${header}\n${rows[1]}\n` +
      `${quoted}\n ${header.replaceAll(',', ' , ')}\n${rows[2]}\n`;

    const { responses, problems, unknownAnswers } = read(text);

    expect(responses.map((r) => r.id)).to.deep.equal(['r1', 'r2', 'r3']);
    expect(problems).to.deep.equal([3, 5, 6].map((line) => ({ line,
      reason: 'this line repeats the header (were files joined ' +
        'together?)' })));
    expect(unknownAnswers.answers).to.deep.equal([]);
  });
});

describe('QuickRows', () => {
  const kinds = Int32Array.from([OTHER_COLUMN, SEGMENT_COLUMN, 0, 1]);

  /** What `QuickRows` reads of `text`: the segment and ratings, or -1. */
  function quick(text: string) {
    const ratings = new Int32Array(2);
    const rows = new QuickRows(kinds, ratings, 6, 44);
    const bytes = new TextEncoder().encode(text);
    const next = rows.read(bytes, 0);
    return next < 0 ? -1 : [rows.segment, ...ratings, next];
  }

  it('reads quoted fields that hold no quote and no line break', () => {
    expect(quick('"r,1","public","5",""\n')).to.deep.equal([1, 5, 0, 22]);
    expect(quick('r1,"academia",,"6"\r\n')).to.deep.equal([0, 0, 6, 20]);
    expect(quick('"","","3","2"\n')).to.deep.equal([4, 3, 2, 14]);
  });

  it('leaves other quoted rows to the full reader', () => {
    for (const text of ['"r""1",public,5,\n', '"r\n1",public,5,\n',
      '"r1"x,public,5,\n', 'r1,"public",55,\n', 'r1,public,"7",\n',
      '"","","",""\n', 'r1,public,"5"\n', 'r1,public,5,"6']) {
      expect(quick(text), text).to.equal(-1);
    }
  });
});

/** A cell as a file may hold it: plain, quoted, or oddly quoted. */
const cellArb = fc.constantFrom('', '1', '6', '7', 'x', ' 2', '"3"', '""',
  '" "', '"4"x', '"a""b"', '"5\n"', '"', 'academia', '"public"');

/** A responses file of the tiny survey, of cells of every kind. */
const fileArb = fc.array(fc.record({
  cells: fc.array(cellArb, { minLength: 8, maxLength: 8 }),
  crlf: fc.boolean(),
}), { maxLength: 25 }).map((lines) => header + '\n' + lines.map((line) =>
  line.cells.join(',') + (line.crlf ? '\r\n' : '\n')).join(''));

/** Every row and problem `rules` read in `text`, as text. */
function readWith(text: string, plain: boolean): string[] {
  const seen: string[] = [];
  const reader = new ResponseCsvReader({
    survey,
    levels: 6,
    rules: { ...plainRules(6), plain },
    row: (row) => seen.push(`${row.line} ${row.segment} ` +
      `${row.ratings.join()} ${row.id()} ${row.submittedAt()}`),
    problem: ({ line, reason }) => seen.push(`${line} ${reason}`),
  });
  reader.push(new TextEncoder().encode(text));
  reader.finish();
  return seen;
}

describe('ResponseCsvReader', () => {
  it('reads every row as the full reader does, quick path or not', () => {
    fc.assert(fc.property(fileArb, (text) => {
      expect(readWith(text, true)).to.deep.equal(readWith(text, false));
    }), { numRuns: 300 });
  });
});
