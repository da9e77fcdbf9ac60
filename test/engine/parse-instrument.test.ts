import { expect } from '@open-wc/testing';
import {
  instrumentIssues,
  parseInstrument,
  parseModel,
} from '../../src/engine/parse-instrument.ts';
import type { Issue } from '../../src/engine/schema/issues.ts';
import {
  axis,
  checklist,
  instrument,
  model,
  rubric,
} from './builders.ts';

const axisIds = ['alpha', 'beta', 'gamma'];

function good(levels = 6) {
  return instrument(levels, [
    axis('alpha', [rubric('r1', levels), checklist('c1', [1, 2, levels])]),
    axis('beta', [rubric('r2', levels, 2)]),
    axis('gamma', [rubric('r3', levels), rubric('r4', levels)]),
  ]);
}

/** A deep copy of `value`, as JSON from a file would be. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function issuesOf(data: unknown, against?: ReturnType<typeof model>) {
  const result = parseInstrument(data, against);
  return result.ok ? [] : result.issues;
}

function expectReadable(issues: Issue[]) {
  expect(issues.length).to.be.greaterThan(0);
  for (const issue of issues) {
    expect(issue.path).to.be.a('string').and.not.equal('');
    expect(issue.message).to.be.a('string').and.not.equal('');
    expect(issue.message).not.to.include('Invalid input');
  }
}

describe('parseInstrument', () => {
  it('accepts a good instrument and gives it back', () => {
    const data = copy(good());

    const result = parseInstrument(data);

    expect(result.ok).to.equal(true);
    expect(result.ok && result.value).to.deep.equal(good());
  });

  it('accepts a good instrument against its model', () => {
    const data = copy(good());

    const result = parseInstrument(data, model(6, axisIds));

    expect(result.ok).to.equal(true);
  });

  it('accepts a 5-level instrument against a 5-level model', () => {
    const data = copy(good(5));

    const result = parseInstrument(data, model(5, axisIds));

    expect(result.ok).to.equal(true);
  });

  it('names a rubric with one option too few', () => {
    const data = copy(good());
    data.axes[2]!.capacities[0] = rubric('r3', 5);

    const issues = issuesOf(data);

    expect(issues).to.deep.equal([
      {
        path: 'axes[2].capacities[0].options',
        message: 'expected 6 options, got 5',
      },
    ]);
  });

  it('names a rubric with one option too many', () => {
    const data = copy(good());
    data.axes[1]!.capacities[0] = rubric('r2', 7);

    const issues = issuesOf(data);

    expect(issues).to.deep.equal([
      {
        path: 'axes[1].capacities[0].options',
        message: 'expected 6 options, got 7',
      },
    ]);
  });

  it('names rubric options out of order', () => {
    const data = copy(good());
    const options = (data.axes[0]!.capacities[0] as ReturnType<typeof rubric>)
      .options;
    [options[1]!.level, options[2]!.level] = [3, 2];

    const issues = issuesOf(data);

    expect(issues).to.deep.equal([
      {
        path: 'axes[0].capacities[0].options[1].level',
        message: 'expected 2, got 3',
      },
      {
        path: 'axes[0].capacities[0].options[2].level',
        message: 'expected 3, got 2',
      },
    ]);
  });

  it('names a statement above the last level', () => {
    const data = copy(good());
    data.axes[0]!.capacities[1] = checklist('c1', [1, 7]);

    const issues = issuesOf(data);

    expect(issues).to.deep.equal([
      {
        path: 'axes[0].capacities[1].statements[1].level',
        message: 'expected at most 6, got 7',
      },
    ]);
  });

  it('names a statement of level 0', () => {
    const data = copy(good());
    data.axes[0]!.capacities[1] = checklist('c1', [0, 2]);

    const issues = issuesOf(data);

    expect(issues.map((i) => i.path)).to.deep.equal([
      'axes[0].capacities[1].statements[0].level',
    ]);
    expectReadable(issues);
  });

  it('names a capacity id used twice', () => {
    const data = copy(good());
    data.axes[2]!.capacities[1] = rubric('r1', 6);

    const issues = issuesOf(data);

    expect(issues).to.deep.equal([
      { path: 'axes[2].capacities[1].id', message: 'duplicate id "r1"' },
    ]);
  });

  it('names a statement id that is also a capacity id', () => {
    const data = copy(good());
    data.axes[0]!.capacities[1] = checklist('r2', [1, 2]);
    data.axes[1]!.capacities[0] = rubric('r2-s1', 6);

    const issues = issuesOf(data);

    expect(issues).to.deep.equal([
      {
        path: 'axes[1].capacities[0].id',
        message: 'duplicate id "r2-s1"',
      },
    ]);
  });

  it('names an axis id used twice', () => {
    const data = copy(good());
    data.axes[1]!.id = 'alpha';

    const issues = issuesOf(data);

    expect(issues.map((i) => i.path)).to.deep.equal(['axes[1].id']);
    expect(issues[0]?.message).to.include('duplicate');
  });

  it('names an axis the model does not have', () => {
    const data = copy(good());
    data.axes[1]!.id = 'delta';

    const issues = issuesOf(data, model(6, axisIds));

    expect(issues).to.deep.equal([
      { path: 'axes[1].id', message: 'unknown axis "delta"' },
    ]);
  });

  it('accepts any axis ids without a model', () => {
    const data = copy(good());
    data.axes[1]!.id = 'delta';

    const result = parseInstrument(data);

    expect(result.ok).to.equal(true);
  });

  it('names a level count that differs from the model\'s', () => {
    const data = copy(good(6));

    const issues = issuesOf(data, model(5, axisIds));

    expect(issues.map((i) => i.path)).to.deep.equal(['levels']);
    expect(issues[0]?.message).to.include('expected 5');
    expect(issues[0]?.message).to.include('got 6');
  });

  it('lists every issue it finds, not only the first', () => {
    const data = copy(good());
    data.axes[0]!.id = 'delta';
    data.axes[2]!.capacities[0] = rubric('r3', 5);
    data.axes[2]!.capacities[1] = rubric('r1', 6);

    const issues = issuesOf(data, model(6, axisIds));

    expect(issues.map((i) => i.path)).to.have.members([
      'axes[0].id',
      'axes[2].capacities[0].options',
      'axes[2].capacities[1].id',
    ]);
  });

  it('never throws on garbage and names where it is wrong', () => {
    const garbage: unknown[] = [
      null, undefined, 42, '{}', '', true, [], [good()], {},
      { format: 'sctmm/instrument@1' }, { ...good(), axes: 'none' },
      { ...good(), axes: [null] }, { ...good(), axes: [{ id: 'a' }] },
      { ...good(), levels: Number.NaN },
    ];

    const results = garbage.map((data) => parseInstrument(data));

    for (const result of results) {
      expect(result.ok).to.equal(false);
      expectReadable(result.ok ? [] : result.issues);
    }
  });

  it('says what the document should be when it is not an object', () => {
    expect(issuesOf(null)).to.deep.equal([
      { path: '(document)', message: 'expected object, got null' },
    ]);
    expect(issuesOf(42)).to.deep.equal([
      { path: '(document)', message: 'expected object, got number' },
    ]);
    expect(issuesOf('{}')).to.deep.equal([
      { path: '(document)', message: 'expected object, got string' },
    ]);
    expect(issuesOf([])).to.deep.equal([
      { path: '(document)', message: 'expected object, got array' },
    ]);
  });

  it('writes readable messages for common type errors', () => {
    const data = copy(good()) as unknown as Record<string, unknown>;
    data.levels = '6';
    data.format = 'sctmm/instrument@2';
    data.checklistRule = 'average';
    data.id = 'My Instrument';
    delete data.title;

    const issues = issuesOf(data);

    expectReadable(issues);
    expect(issues.map((i) => i.path)).to.have.members([
      'levels', 'format', 'checklistRule', 'id', 'title',
    ]);
  });

  it('writes readable messages inside capacities', () => {
    const data = copy(good()) as unknown as {
      axes: { capacities: Record<string, unknown>[] }[];
    };
    data.axes[0]!.capacities[0]!.kind = 'slider';
    data.axes[0]!.capacities[1]!.statements = [];
    data.axes[1]!.capacities[0]!.weight = -1;
    data.axes[2]!.capacities[0]!.options = 'many';

    const issues = issuesOf(data);

    expectReadable(issues);
    const paths = issues.map((i) => i.path);
    expect(paths.some((p) => p.startsWith('axes[0].capacities[0]')))
      .to.equal(true);
    expect(paths).to.include.members([
      'axes[0].capacities[1].statements',
      'axes[1].capacities[0].weight',
      'axes[2].capacities[0].options',
    ]);
  });

  it('rejects a non-integer level count readably', () => {
    const data = { ...copy(good()), levels: 5.5 };

    const issues = issuesOf(data);

    expect(issues.map((i) => i.path)).to.deep.equal(['levels']);
    expectReadable(issues);
  });
});

describe('instrumentIssues', () => {
  it('gives no issues for a good instrument', () => {
    expect(instrumentIssues(good(), model(6, axisIds))).to.deep.equal([]);
  });
});

describe('parseModel', () => {
  it('accepts a good model', () => {
    const data = copy(model(6, axisIds));

    const result = parseModel(data);

    expect(result.ok).to.equal(true);
    expect(result.ok && result.value).to.deep.equal(model(6, axisIds));
  });

  it('names a scale with the wrong number of descriptors', () => {
    const data = copy(model(6, axisIds));
    data.scales.results = data.scales.results.slice(0, 5);

    const result = parseModel(data);

    expect(result.ok ? [] : result.issues).to.deep.equal([
      { path: 'scales.results', message: 'expected 6 descriptors, got 5' },
    ]);
  });

  it('names levels out of order', () => {
    const data = copy(model(5, axisIds));
    data.levels[3]!.level = 5;

    const result = parseModel(data);

    expect(result.ok ? [] : result.issues).to.deep.equal([
      { path: 'levels[3].level', message: 'expected 4, got 5' },
    ]);
  });

  it('never throws on garbage', () => {
    const garbage: unknown[] = [null, 42, '{}', [], {}, { levels: [] }];

    const results = garbage.map((data) => parseModel(data));

    for (const result of results) {
      expect(result.ok).to.equal(false);
      expectReadable(result.ok ? [] : result.issues);
    }
  });
});
