import { expect } from '@open-wc/testing';
import { draftMapping } from '../../src/engine/draft-mapping.ts';
import { defaultSurvey } from '../../src/engine/model/index.ts';
import {
  mappedRules,
  parseResponseMapping,
} from '../../src/engine/response-mapping.ts';
import { readResponsesCsv } from '../../src/engine/responses-csv.ts';
import { SEGMENT_KEYS } from '../../src/engine/schema/perception.ts';
import type {
  ResponseMapping,
} from '../../src/engine/schema/response-mapping.ts';
import { DONT_KNOW } from '../../src/engine/schema/survey.ts';
import { tinySurvey } from './perception-builders.ts';

const survey = tinySurvey();

/** A mapping of the tiny survey with the given parts. */
function mapping(parts: Partial<ResponseMapping> = {}): ResponseMapping {
  return { format: 'sctmm/response-mapping@1', columns: {}, ...parts };
}

/** The issues of a mapping document, as `path: message`. */
function issuesOf(data: unknown): string[] {
  const parsed = parseResponseMapping(data, survey, 6);
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
}

/** A segment's key, or the reason it is not one. */
function segmentOf(text: string, own?: ResponseMapping): string {
  const found = mappedRules(own ?? mapping(), 6).segment(text);
  return typeof found === 'number' ? SEGMENT_KEYS[found] as string : found;
}

describe('parseResponseMapping', () => {
  it('accepts columns, answers, segments and notes', () => {
    const doc = mapping({
      survey: { id: 'tiny' },
      columns: { 'Marca temporal': 'submittedAt', Sector: 'segment',
        P1: 'a1', Correo: 'ignore' },
      answers: { 'Muy bien': 6, 'Ni idea': DONT_KNOW },
      segments: { Estudiante: 'civil-society' },
      notes: { Correo: 'personal data' },
    });

    expect(issuesOf(doc)).to.deep.equal([]);
  });

  it('names a statement the survey lacks, one read twice, a rating ' +
    'above the scale and another survey', () => {
    const doc = mapping({
      survey: { id: 'other' },
      columns: { P1: 'a1', P2: 'a1', P3: 'zz', S: 'segment', T: 'segment' },
      answers: { Excelente: 7 },
    });

    expect(issuesOf(doc)).to.deep.equal([
      'survey.id: expected "tiny", got "other"',
      'columns["P2"]: "a1" is already read from "P1"',
      'columns["P3"]: unknown statement "zz"',
      'columns["T"]: "segment" is already read from "S"',
      'answers["Excelente"]: expected at most 6, got 7',
    ]);
  });

  it('names what is not a mapping', () => {
    expect(issuesOf({ format: 'sctmm/response-mapping@1',
      columns: { P1: 'Not An Id' } })[0]).to.match(/^columns\["P1"\]: /);
    expect(issuesOf({ columns: {} })[0]).to.match(/^format: /);
  });

  it('writes every path into the mapping\'s texts one way', () => {
    const doc = mapping({
      columns: { 'Marca temporal': 'Hora', P1: 'a1' },
      answers: { 'De acuerdo (5)': 'cinco' },
      segments: { 'Sector público': 'gobierno' },
      notes: { 'Sector público.': 3 },
    } as unknown as Partial<ResponseMapping>);
    const rejected = issuesOf(doc);
    const checked = issuesOf(mapping({ answers: { 'Sí (7)': 7 } }));

    expect([...rejected, ...checked].map((issue) => issue.split(': ')[0]))
      .to.deep.equal([
        'columns["Marca temporal"]',
        'answers["De acuerdo (5)"]',
        'segments["Sector público"]',
        'notes["Sector público."]',
        'answers["Sí (7)"]',
      ]);
  });
});

describe('mappedRules', () => {
  it('reads a leading number, "don\'t know" phrases and point labels', () => {
    const { rating } = mappedRules(mapping(), 6, survey);

    expect(rating('5 - De acuerdo')).to.equal(5);
    expect(rating(' 6. Totalmente de acuerdo ')).to.equal(6);
    expect(rating('3')).to.equal(3);
    expect(rating('Totalmente en desacuerdo')).to.equal(1);
    expect(rating('strongly agree')).to.equal(6);
    expect(rating('')).to.equal(0);
    expect(rating('No sé')).to.equal(0);
    expect(rating('NS/NR')).to.equal(0);
    expect(rating("Don't know")).to.equal(0);
  });

  it('names an answer outside the scale or not known', () => {
    const { rating } = mappedRules(mapping(), 6, survey);

    expect(rating('7 - Muy de acuerdo')).to.equal('rating 7 is outside 1 ' +
      'to 6');
    expect(rating('5,5')).to.match(/^answer "5,5" is not known/);
    expect(rating('Muy bien')).to.equal('answer "Muy bien" is not known');
  });

  it('reads a number in brackets at the end like a leading one', () => {
    const { rating } = mappedRules(mapping(), 6, survey);

    expect(rating('De acuerdo (5)')).to.equal(5);
    expect(rating(' Totalmente de acuerdo [6] ')).to.equal(6);
    expect(rating('En desacuerdo ( 2 )')).to.equal(2);
    expect(rating('Muy de acuerdo (7)')).to.equal('rating 7 is outside 1 ' +
      'to 6');
    expect(rating('(5) De acuerdo')).to.match(/is not known$/);
    expect(rating('De acuerdo (5,5)')).to.match(/is not known$/);
  });

  it('reads the mapping\'s own answers first, ignoring case and accents',
    () => {
      const own = mapping({ answers: { 'Muy bien': 6, '1': DONT_KNOW } });
      const { rating } = mappedRules(own, 6, survey);

      expect(rating('MUY BIÉN')).to.equal(6);
      expect(rating('1')).to.equal(0);
    });

  it('reads segments by key, label or words, and the mapping\'s own', () => {
    const own = mapping({ segments: { Estudiante: 'academia' } });

    expect(segmentOf('Sector público')).to.equal('public');
    expect(segmentOf('Universidad Nacional')).to.equal('academia');
    expect(segmentOf('Empresa privada')).to.equal('private');
    expect(segmentOf('Sociedad civil')).to.equal('civil-society');
    expect(segmentOf('civil-society')).to.equal('civil-society');
    expect(segmentOf('')).to.equal('unspecified');
    expect(segmentOf('Prefiero no decirlo')).to.equal('unspecified');
    expect(segmentOf('Estudiante', own)).to.equal('academia');
    expect(segmentOf('Estudiante')).to.match(/^segment "Estudiante" is not/);
    expect(segmentOf('Sector público o privado')).to.match(/is not known/);
  });
});

/** The header of an export as Google Forms writes one of the tiny survey. */
const formsHeader = [
  'Marca temporal',
  'Dirección de correo electrónico',
  '¿A qué sector pertenece?',
  'Statement a1',
  'Indique su grado de acuerdo [Statement a2]',
  '3. Statement p1 *',
  'Statement c1',
  '¿Algo más que quiera contarnos?',
];

describe('draftMapping', () => {
  it('drafts a mapping from a Google Forms header', () => {
    const draft = draftMapping(formsHeader, survey);

    expect(draft.columns).to.deep.equal({
      'Marca temporal': 'submittedAt',
      'Dirección de correo electrónico': 'ignore',
      '¿A qué sector pertenece?': 'segment',
      'Statement a1': 'a1',
      'Indique su grado de acuerdo [Statement a2]': 'a2',
      '3. Statement p1 *': 'p1',
      'Statement c1': 'c1',
      '¿Algo más que quiera contarnos?': 'ignore',
    });
    expect(draft.survey).to.deep.equal({ id: 'tiny', version: '1' });
    expect(draft.notes?.['Dirección de correo electrónico'])
      .to.match(/personal data/);
    expect(draft.notes?.['¿Algo más que quiera contarnos?'])
      .to.match(/^not matched: write a statement id/);
    expect(parseResponseMapping(draft, survey, 6).ok).to.equal(true);
  });

  it('fills in answers from sample rows and notes texts it cannot read',
    () => {
      const rows = [
        ['t', '', 'Sector público', '5 - De acuerdo', 'De acuerdo (5)',
          'No sé', '1', 'x'],
        ['t', '', 'Academia', 'Muy bien', 'Totalmente de acuerdo',
          '5 - De acuerdo', '', 'Muy bien'],
      ];

      const draft = draftMapping(formsHeader, survey, rows);

      expect(draft.answers).to.deep.equal({ '5 - De acuerdo': 5,
        'De acuerdo (5)': 5, 'No sé': DONT_KNOW,
        'Totalmente de acuerdo': 6 });
      expect(draft.notes?.['Statement a1']).to.equal('answers the ' +
        'defaults do not read: "Muy bien"; give each a value in "answers"');
      expect(parseResponseMapping(draft, survey, 6).ok).to.equal(true);
    });

  it('finds the id and time of a KoboToolbox export', () => {
    const draft = draftMapping(['start', 'end', 'Statement x1', '_id',
      '_uuid', '_submission_time'], survey);

    expect(draft.columns).to.deep.equal({
      start: 'ignore', end: 'ignore', 'Statement x1': 'x1', _id: 'id',
      _uuid: 'ignore', _submission_time: 'submittedAt',
    });
  });

  it('matches reworded statements of the default survey and notes them',
    () => {
      const [first, second] = defaultSurvey.statements;
      const reworded = `${first?.text.es.slice(0, -1)} siempre?`;

      const draft = draftMapping([reworded, `${second?.text.en}`],
        defaultSurvey);

      expect(draft.columns[reworded]).to.equal(first?.id);
      expect(draft.columns[`${second?.text.en}`]).to.equal(second?.id);
      expect(draft.notes?.[reworded]).to.match(/^read as ".+" \(similarity/);
    });
});

describe('readResponsesCsv with a mapping', () => {
  it('reads a Google Forms export through its drafted mapping', () => {
    const quoted = (cells: string[]) =>
      cells.map((cell) => `"${cell}"`).join(',');
    const text = [
      quoted(formsHeader),
      quoted(['2024/03/15 10:23:45 a. m. GMT-5', 'a@b.co', 'Sector público',
        '5 - De acuerdo', '6 - Totalmente de acuerdo', 'No sé',
        '1 - Totalmente en desacuerdo', 'Gracias']),
      quoted(['2024/03/15 11:00:00 a. m. GMT-5', '', 'Academia', '', 'NS/NR',
        '2', 'Muy bien', '']),
      quoted(['2024/03/15 11:05:00 a. m. GMT-5', '', 'Estudiante', '5', '5',
        '5', '5', '']),
    ].join('\r\n');
    const draft = draftMapping(formsHeader, survey);

    const read = readResponsesCsv(text, survey, { mapping: draft });

    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.responses).to.deep.equal([{
      id: '',
      segment: 'public',
      submittedAt: '2024/03/15 10:23:45 a. m. GMT-5',
      answers: { a1: 5, a2: 6, p1: DONT_KNOW, c1: 1 },
    }]);
    expect(read.value.problems).to.deep.equal([
      { line: 3, reason: 'column "Statement c1": answer "Muy bien" is not ' +
        'known' },
      { line: 4, reason: 'segment "Estudiante" is not known; name it in ' +
        'the mapping\'s "segments"' },
    ]);
    expect(read.value.plan.missing).to.deep.equal(['x1']);
    expect(read.value.unknownAnswers).to.deep.equal({
      answers: [{ text: 'Muy bien', cells: 1 }],
      others: 0,
    });
  });

  it('counts each unknown answer over the file, most frequent first', () => {
    const rows = ['Bien', 'Muy bien', 'Muy bien', 'De acuerdo (5)', '9',
      'Bien ', 'Muy bien'];
    const text = ['Statement a1', ...rows].join('\n');

    const read = readResponsesCsv(text, survey,
      { mapping: draftMapping(['Statement a1'], survey) });

    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.unknownAnswers.answers).to.deep.equal([
      { text: 'Muy bien', cells: 3 },
      { text: 'Bien', cells: 2 },
    ]);
    expect(read.value.responses).to.have.length(1);
    expect(read.value.problems.map((p) => p.line))
      .to.deep.equal([2, 3, 4, 6, 7, 8]);
  });
});
