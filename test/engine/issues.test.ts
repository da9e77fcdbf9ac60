import { expect } from '@open-wc/testing';
import {
  formatPath,
  issueToString,
  safeParse,
} from '../../src/engine/schema/issues.ts';
import { AssessmentSchema } from '../../src/engine/schema/assessment.ts';
import {
  CapacityResponsesSchema,
} from '../../src/engine/schema/responses.ts';

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['axes', 2, 'capacities', 0, 'id']))
      .to.equal('axes[2].capacities[0].id');
  });

  it('starts with an index when the document is an array', () => {
    expect(formatPath([0, 'id'])).to.equal('[0].id');
  });

  it('names the document when the path is empty', () => {
    expect(formatPath([])).to.equal('(document)');
  });
});

describe('issueToString', () => {
  it('joins path and message', () => {
    const issue = { path: 'levels', message: 'expected 6, got 5' };

    expect(issueToString(issue)).to.equal('levels: expected 6, got 5');
  });
});

describe('safeParse', () => {
  it('gives the value when it parses', () => {
    const result = safeParse(CapacityResponsesSchema, { a: 'met', b: 3 });

    expect(result).to.deep.equal({ ok: true, value: { a: 'met', b: 3 } });
  });

  it('names each bad answer by its key', () => {
    const result = safeParse(CapacityResponsesSchema, {
      a: 'maybe',
      b: 0,
      c: 2.5,
    });

    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.path)).to.deep.equal(['a', 'b', 'c']);
    for (const issue of issues) {
      expect(issue.message).not.to.include('Invalid input');
    }
  });

  it('writes a readable message for a key that is not an id', () => {
    const result = safeParse(CapacityResponsesSchema, { 'Bad Key': 'met' });

    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.path)).to.deep.equal(['Bad Key']);
    expect(issues[0]?.message).not.to.include('Invalid input');
  });

  it('writes readable messages for a bad assessment', () => {
    const result = safeParse(AssessmentSchema, {
      format: 'sctmm/assessment@1',
      entity: { name: 'Municipio', divipola: '5001' },
      measuredAt: '30/11/2026',
      capacity: null,
      perception: null,
      results: null,
    });

    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.path)).to.deep.equal([
      'entity.divipola',
      'measuredAt',
    ]);
    for (const issue of issues) {
      expect(issue.message).not.to.include('Invalid input');
    }
  });

  it('never throws on garbage', () => {
    const garbage: unknown[] = [null, undefined, 42, 'x', [], {}];

    const results = garbage.map((data) => safeParse(AssessmentSchema, data));

    expect(results.every((r) => !r.ok)).to.equal(true);
  });
});
