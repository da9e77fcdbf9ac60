import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CsvAggregator } from '../../src/engine/csv-aggregator.ts';
import { aggregate } from '../../src/engine/perception.ts';
import {
  type CsvResponse,
  aggregateResponsesCsv,
  readResponsesCsv,
  responsesToCsv,
  templateHeader,
} from '../../src/engine/responses-csv.ts';
import { DONT_KNOW } from '../../src/engine/schema/survey.ts';
import { tinySurvey } from './perception-builders.ts';

const survey = tinySurvey();
const header = 'id,segment,submittedAt,a1,a2,p1,c1,x1';

/** The value of reading `text`, failing the test when the file fails. */
function read(text: string) {
  const result = readResponsesCsv(text, survey);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The issues of a file that cannot be read. */
function issuesOf(text: string) {
  const result = readResponsesCsv(text, survey);
  return result.ok ? [] : result.issues;
}

describe('readResponsesCsv', () => {
  it('reads a file separated by ; with a byte order mark', () => {
    const text = '\ufeffid;segment;submittedAt;a1;a2;p1;c1;x1\n' +
      'r1;academia;2026-03-01T10:00:00Z;6;;1;2;3\n';

    const { responses, problems } = read(text);

    expect(problems).to.deep.equal([]);
    expect(responses).to.deep.equal([{
      id: 'r1',
      segment: 'academia',
      submittedAt: '2026-03-01T10:00:00Z',
      answers: { a1: 6, a2: DONT_KNOW, p1: 1, c1: 2, x1: 3 },
    }]);
  });

  it('keeps commas and quotes inside quoted fields', () => {
    const text = `${header}\n"r,1","public","",` +
      '"5","4",3,"2","1"\n"r ""2""",,,1,1,1,1,1\n';

    const { responses } = read(text);

    expect(responses.map((r) => r.id)).to.deep.equal(['r,1', 'r "2"']);
    expect(responses[0]?.answers).to.deep.equal(
      { a1: 5, a2: 4, p1: 3, c1: 2, x1: 1 });
    expect(responses[1]?.segment).to.equal(null);
  });

  it('reads CRLF line ends, with or without a last line end', () => {
    const rows = ['r1,private,,1,2,3,4,5', 'r2,,,6,6,6,6,'];

    const ended = read(`${header}\r\n${rows.join('\r\n')}\r\n`);
    const open = read(`${header}\r\n${rows.join('\r\n')}`);

    expect(ended.responses).to.deep.equal(open.responses);
    expect(ended.responses[1]?.answers.x1).to.equal(DONT_KNOW);
    expect(ended.responses[0]?.answers.x1).to.equal(5);
  });

  it('skips a short row and names its line and field count', () => {
    const text = `${header}\nr1,public,,1,2,3,4,5\nr2,public,,1,2\n` +
      'r3,public,,1,2,3,4,5\n';

    const { responses, problems } = read(text);

    expect(responses.map((r) => r.id)).to.deep.equal(['r1', 'r3']);
    expect(problems).to.deep.equal([
      { line: 3, reason: 'expected 8 fields, got 5' },
    ]);
  });

  it('skips a rating of 7 on six levels and never counts it', () => {
    const text = `${header}\nr1,public,,7,2,3,4,5\nr2,public,,1,1,1,1,1\n`;

    const { responses, problems } = read(text);
    const counted = aggregateResponsesCsv(text, survey);

    expect(responses.map((r) => r.id)).to.deep.equal(['r2']);
    expect(problems).to.deep.equal([{
      line: 2,
      reason: 'column "a1": rating 7 is outside 1 to 6',
    }]);
    expect(counted.ok && counted.value.aggregate.segments.public)
      .to.deep.equal({
        respondents: 1,
        counts: { a1: [0, 1, 0, 0, 0, 0, 0], a2: [0, 1, 0, 0, 0, 0, 0],
          p1: [0, 1, 0, 0, 0, 0, 0], c1: [0, 1, 0, 0, 0, 0, 0],
          x1: [0, 1, 0, 0, 0, 0, 0] },
      });
  });

  it('skips a rating that is no number and a segment it does not know', () => {
    const text = `${header}\nr1,public,,5.0,2,3,4,5\n` +
      'r2,gremio,,1,1,1,1,1\nr3,Civil-Society, ,1, 2 ,1,1,1\n';

    const { responses, problems } = read(text);

    expect(problems.map((p) => p.line)).to.deep.equal([2, 3]);
    expect(problems[0]?.reason).to.equal('column "a1": "5.0" is not a ' +
      'rating (1 to 6, or empty for don\'t know)');
    expect(problems[1]?.reason).to.match(/^unknown segment "gremio"/);
    expect(responses[0]?.segment).to.equal('civil-society');
    expect(responses[0]?.answers.a2).to.equal(2);
  });

  it('fails an empty file, saying so', () => {
    for (const text of ['', '\ufeff', '\n\r\n  \n']) {
      expect(issuesOf(text)).to.deep.equal([{
        path: 'file',
        message: 'the file is empty: expected a header row and rows of ' +
          'responses',
      }]);
    }
  });

  it('fails a header that names no statement, or one twice', () => {
    expect(issuesOf('Marca temporal,Pregunta\nx,5\n')[0]?.message)
      .to.match(/^no column names a statement of survey "tiny"/);
    expect(issuesOf('id,a1,a1\n')).to.deep.equal([{
      path: 'line 1',
      message: 'columns 2 and 3 both hold "a1"',
    }]);
  });

  it('lists unknown columns and statements without a column', () => {
    const { plan, responses } = read('id,note,a1,c1\nr1,hi,3,\n');

    expect(plan.unknown).to.deep.equal(['note']);
    expect(plan.missing).to.deep.equal(['a2', 'p1', 'x1']);
    expect(responses[0]?.answers).to.deep.equal({ a1: 3, c1: DONT_KNOW });
  });

  it('counts file lines across quoted line breaks', () => {
    const text = `${header}\n"r\n1",,,1,1,1,1,1\nr2,,,1,1,1,1\n`;

    const { responses, problems } = read(text);

    expect(responses[0]?.id).to.equal('r\n1');
    expect(problems).to.deep.equal([
      { line: 4, reason: 'expected 8 fields, got 7' },
    ]);
  });

  it('skips the line of a quote never closed and reads on', () => {
    const text = `${header}\nr1,"public,,1,1,1,1,1\nr2,,,2,2,2,2,2\n`;

    const { responses, problems } = read(text);

    expect(problems).to.deep.equal([{ line: 2, reason: 'a quote opened ' +
      'on this line is never closed; line skipped' }]);
    expect(responses.map((r) => r.id)).to.deep.equal(['r2']);
  });

  it('skips blank rows silently and forgives empty fields at the end', () => {
    const text = `${header}\n,,,,,,,\n\nr1,,,1,1,1,1,1,,\n;;\n`;

    const { responses, problems } = read(text);

    expect(responses.map((r) => r.id)).to.deep.equal(['r1']);
    expect(problems).to.deep.equal([
      { line: 5, reason: 'expected 8 fields, got 1' },
    ]);
  });

  it('reads a quoted row as it reads the same row unquoted', () => {
    const plain = `${header}\nr1,academia,t,1,,6,2,\n`;
    const quoted = `${header}\n"r1","academia","t","1","","6","2",""\n`;

    expect(read(quoted).responses).to.deep.equal(read(plain).responses);
  });
});

/** A responses CSV of the tiny survey, from generated rows. */
const fileArb = fc.array(fc.record({
  segment: fc.constantFrom('', 'academia', 'public', 'private',
    'civil-society', 'gremio'),
  ratings: fc.array(fc.constantFrom('', '1', '3', '6', '7', 'x', ' 2'),
    { minLength: 5, maxLength: 5 }),
  quoted: fc.boolean(),
  crlf: fc.boolean(),
}), { maxLength: 30 }).map((rows) => header + '\n' + rows.map((row, i) => {
  const cells = [`r${i}`, row.segment, '', ...row.ratings];
  const text = row.quoted ? cells.map((c) => `"${c}"`).join(',')
    : cells.join(',');
  return text + (row.crlf ? '\r\n' : '\n');
}).join(''));

describe('aggregateResponsesCsv', () => {
  it('counts as aggregate counts the responses read', () => {
    fc.assert(fc.property(fileArb, (text) => {
      const counted = aggregateResponsesCsv(text, survey);
      const responses = read(text).responses;

      expect(counted.ok && counted.value.aggregate)
        .to.deep.equal(aggregate(responses, survey));
    }));
  });

  it('counts the same whatever the size of the chunks', () => {
    fc.assert(fc.property(fileArb, fc.integer({ min: 1, max: 40 }),
      (text, size) => {
        const bytes = new TextEncoder().encode(`\ufeff${text}`);
        const aggregator = new CsvAggregator(survey);
        for (let at = 0; at < bytes.length; at += size) {
          aggregator.push(bytes.subarray(at, at + size));
        }
        const chunked = aggregator.finish();
        const whole = aggregateResponsesCsv(bytes, survey);

        expect(chunked.ok && chunked.value.aggregate)
          .to.deep.equal(whole.ok && whole.value.aggregate);
      }));
  });
});

describe('responsesToCsv and templateHeader', () => {
  it('writes the header of a survey', () => {
    expect(templateHeader(survey)).to.equal(header);
    expect(templateHeader(survey, ';')).to.equal(header.replaceAll(',', ';'));
  });

  it('writes "don\'t know" and skipped answers as empty cells', () => {
    const text = responsesToCsv([{
      id: 'r;1', segment: null, submittedAt: '2026-03-01T10:00:00Z',
      answers: { a1: 4, a2: DONT_KNOW, x1: 6 },
    }], survey, { delimiter: ';', bom: true });

    expect(text).to.equal('\ufeffid;segment;submittedAt;a1;a2;p1;c1;x1\n' +
      '"r;1";;2026-03-01T10:00:00Z;4;;;;6\n');
  });

  it('writes what readResponsesCsv reads back', () => {
    const responses: CsvResponse[] = [
      { id: 'a', segment: 'public', submittedAt: 't',
        answers: { a1: 1, a2: 2, p1: 3, c1: 4, x1: DONT_KNOW } },
      { id: 'b, "c"', segment: null, submittedAt: '',
        answers: { a1: 6, a2: 6, p1: 6, c1: 6, x1: 6 } },
    ];

    const back = read(responsesToCsv(responses, survey));

    expect(back.responses).to.deep.equal(responses);
  });
});
