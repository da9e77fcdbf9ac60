import { expect } from '@open-wc/testing';
import { model2021 } from '../../src/engine/model/index.ts';
import {
  aggregate,
  parsePerceptionAggregate,
  parseSurvey,
  parseSurveyResponse,
} from '../../src/engine/perception.ts';
import type { Issue, ParseResult } from '../../src/engine/schema/issues.ts';
import { copy, response, tinySurvey } from './perception-builders.ts';

function issuesOf(result: ParseResult<unknown>): Issue[] {
  expect(result.ok).to.equal(false);
  const issues = result.ok ? [] : result.issues;
  for (const issue of issues) {
    expect(issue.path).to.be.a('string').and.not.equal('');
    expect(issue.message).to.be.a('string').and.not.equal('');
    expect(issue.message).not.to.include('Invalid input');
  }
  return issues;
}

function pathsOf(result: ParseResult<unknown>): string[] {
  return issuesOf(result).map((issue) => issue.path);
}

describe('parseSurvey', () => {
  it('accepts a good survey and gives it back', () => {
    const result = parseSurvey(copy(tinySurvey()));

    expect(result).to.deep.equal({ ok: true, value: tinySurvey() });
  });

  it('names a missing translation and a wrong format by path', () => {
    const data = copy(tinySurvey()) as Record<string, unknown>;
    data.format = 'sctmm/survey@9';
    (data.statements as { text: object }[])[1]!.text = { es: 'Hola' };

    const paths = pathsOf(parseSurvey(data));

    expect(paths).to.have.members(['format', 'statements[1].text.en']);
  });

  it('rejects duplicate ids and unknown sub-dimensions', () => {
    const data = copy(tinySurvey());
    data.statements[2]!.id = 'a1';
    data.statements[3]!.subdimension = 'teleportacion';

    const issues = issuesOf(parseSurvey(data));

    expect(issues).to.deep.equal([
      { path: 'statements[2].id', message: 'duplicate id "a1"' },
      {
        path: 'statements[3].subdimension',
        message: 'unknown sub-dimension "teleportacion"',
      },
    ]);
  });

  it('wants one agreement text per level of the model', () => {
    const data = copy(tinySurvey());
    data.agreement = [{ es: 'No', en: 'No' }, { es: 'Sí', en: 'Yes' }];

    const issues = issuesOf(parseSurvey(data));
    const withOwnModel = parseSurvey(data, { ...model2021, levels:
      model2021.levels.slice(0, 2) });

    expect(issues).to.deep.equal([{
      path: 'agreement',
      message: 'expected 6 texts, one per level, got 2',
    }]);
    expect(withOwnModel.ok).to.equal(true);
  });

  it('asks for the model of an edition it lacks', () => {
    const data = { ...copy(tinySurvey()), edition: '2030' };

    expect(pathsOf(parseSurvey(data))).to.deep.equal(['edition']);
    expect(parseSurvey(data, model2021).ok).to.equal(true);
  });
});

describe('parseSurveyResponse', () => {
  it('accepts a good response and gives it back', () => {
    const good = response('r1', 'civil-society', { a1: 6, x1: 'dont-know' });

    const result = parseSurveyResponse(copy(good), tinySurvey());

    expect(result).to.deep.equal({ ok: true, value: good });
  });

  it('names a bad segment, rating and date by path', () => {
    const data = {
      ...response('r1', null, { a1: 0, c1: 'maybe' as never }),
      segment: 'students',
      submittedAt: 'yesterday',
    };

    const paths = pathsOf(parseSurveyResponse(data));

    expect(paths).to.have.members(
      ['segment', 'submittedAt', 'answers.a1', 'answers.c1']);
  });

  it('checks the survey, its statements and the scale when given', () => {
    const data = {
      ...response('r1', null, { a1: 7, zz: 2 }),
      survey: { id: 'other', version: '1' },
    };

    const issues = issuesOf(parseSurveyResponse(data, tinySurvey()));
    const onFive = pathsOf(parseSurveyResponse(
      response('r2', null, { a1: 6 }), tinySurvey(), 5));

    expect(issues).to.deep.equal([
      { path: 'survey.id', message: 'expected "tiny", got "other"' },
      { path: 'answers.a1', message: 'expected at most 6, got 7' },
      { path: 'answers.zz', message: 'unknown statement "zz"' },
    ]);
    const noSurvey = pathsOf(parseSurveyResponse(
      response('r3', null, { a1: 6 }), undefined, 5));

    expect(onFive).to.deep.equal(['answers.a1']);
    expect(noSurvey).to.deep.equal(['answers.a1']);
  });
});

describe('parsePerceptionAggregate', () => {
  function counted() {
    return copy(aggregate([
      response('r1', 'academia', { a1: 6, a2: 3 }),
      response('r2', 'academia', { a1: 2 }),
    ], tinySurvey()));
  }

  it('accepts an aggregate and gives it back', () => {
    const result = parsePerceptionAggregate(counted(), tinySurvey());

    expect(result.ok).to.equal(true);
    expect(result.ok && result.value).to.deep.equal(counted());
  });

  it('wants levels + 1 counts per statement', () => {
    const data = counted();
    data.segments.academia!.counts.a2 = [0, 0, 1];

    const issues = issuesOf(parsePerceptionAggregate(data));

    expect(issues).to.deep.equal([{
      path: 'segments.academia.counts.a2',
      message: 'expected 7 counts (levels + 1), got 3',
    }]);
  });

  it('rejects more answers than respondents', () => {
    const data = counted();
    data.segments.academia!.counts.a1 = [0, 0, 2, 0, 0, 0, 1];

    const issues = issuesOf(parsePerceptionAggregate(data));

    expect(issues).to.deep.equal([{
      path: 'segments.academia.counts.a1',
      message: 'counts 3 answers, more than the 2 respondents of the ' +
        'segment',
    }]);
  });

  it('names bad counts, levels and segments by path', () => {
    const data = counted() as unknown as Record<string, unknown>;
    const segments = data.segments as Record<string, {
      counts: Record<string, unknown[]>;
    }>;
    segments.academia!.counts.a1![2] = -1;
    segments.students = { respondents: 1, counts: {} } as never;
    data.levels = 1;

    const paths = pathsOf(parsePerceptionAggregate(data));

    expect(paths).to.include.members(
      ['levels', 'segments.academia.counts.a1[2]']);
    expect(paths.some((path) => path.startsWith('segments'))).to.equal(true);
    expect(paths).to.have.length.greaterThan(2);
  });

  it('checks the survey when given', () => {
    const data = counted();
    data.survey.id = 'other';

    const issues = issuesOf(parsePerceptionAggregate(data, tinySurvey()));

    expect(issues).to.deep.equal([
      { path: 'survey.id', message: 'expected "tiny", got "other"' },
    ]);
  });
});
