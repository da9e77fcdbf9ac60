import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { model2021 } from '../../src/engine/model/index.ts';
import type { Assessment } from '../../src/engine/schema/assessment.ts';
import {
  IndexSnapshotSchema,
  levelledScoreIssues,
} from '../../src/engine/schema/index-snapshot.ts';
import { safeParse } from '../../src/engine/schema/issues.ts';
import {
  parseSnapshot,
  snapshotFromAssessment,
} from '../../src/engine/snapshot.ts';

/** The example of architecture.md and the README. */
function example(): Record<string, unknown> {
  return {
    format: 'sctmm/index-snapshot@1',
    entity: { name: 'Alcaldía de Ejemplo', divipola: '05001' },
    edition: '2020',
    measuredAt: '2026-06-30',
    index: { score: 3.8, level: 4 },
    parts: {
      perception: { score: 3.5, level: 4 },
      results: { score: 4.1, level: 5 },
      capacity: { score: 3.8, level: 4 },
    },
    source: 'https://www.ejemplo.gov.co/transparencia/indice-cti.json',
  };
}

/** The example with `change` applied to a copy. */
function exampleWith(change: (doc: Record<string, any>) => void) {
  const doc = example();
  change(doc);
  return doc;
}

/** The issues of a document as `path: message` lines. */
function issuesOf(data: unknown): string[] {
  const parsed = parseSnapshot(data);
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('parseSnapshot and the parts of the index', () => {
  it('names an index that no weighted mean of its parts can give', () => {
    const doc = exampleWith((d) => { d.index = { score: 0.4, level: 1 }; });

    expect(issuesOf(doc)).to.deep.equal([
      'index.score: expected a score from 3.5 to 4.1, a weighted mean of ' +
        'the parts, got 0.4',
    ]);
  });

  it('names an index with a score whose parts are all unmeasured', () => {
    const doc = exampleWith((d) => {
      d.parts = { perception: null, results: null, capacity: null };
    });

    expect(issuesOf(doc)).to.deep.equal([
      'parts: expected at least one measured part for an index with a ' +
        'score',
    ]);
  });

  it('accepts an index at the edge of its parts, within rounding', () => {
    const doc = exampleWith((d) => { d.index = { score: 4.1, level: 5 }; });

    expect(issuesOf(doc)).to.deep.equal([]);
  });
});

describe('parseSnapshot', () => {
  it('accepts the documented example as it is', () => {
    const parsed = parseSnapshot(example());

    expect(parsed).to.deep.equal({ ok: true, value: example() });
  });

  it('accepts the example the demo publishes', async () => {
    const response = await fetch('/examples/index-snapshot.json');

    const parsed = parseSnapshot(await response.json());

    expect(parsed.ok ? [] : parsed.issues).to.deep.equal([]);
  });

  it('accepts a snapshot without the optional fields, edition 2020', () => {
    const doc = exampleWith((d) => {
      delete d.edition;
      delete d.parts;
      delete d.source;
      delete d.entity.divipola;
    });

    const parsed = parseSnapshot(doc);

    expect(parsed.ok && parsed.value.edition).to.equal('2020');
  });

  it('accepts null and absent parts, and a department code', () => {
    const doc = exampleWith((d) => {
      d.parts = { perception: null, capacity: { score: 3.8, level: 4 } };
      d.entity.divipola = '76';
    });

    expect(issuesOf(doc)).to.deep.equal([]);
  });

  it('names a null score', () => {
    const doc = exampleWith((d) => { d.index.score = null; });

    expect(issuesOf(doc)).to.deep.equal([
      'index.score: expected number, got null',
    ]);
  });

  it('names a score that is a word', () => {
    const doc = exampleWith((d) => { d.index.score = 'alto'; });

    expect(issuesOf(doc)).to.deep.equal([
      'index.score: expected number, got string',
    ]);
  });

  it('names a level above the scale', () => {
    const doc = exampleWith((d) => { d.index.level = 9; });

    expect(issuesOf(doc)).to.deep.equal([
      'index.level: expected at most 6',
    ]);
  });

  it('names a score above the scale', () => {
    const doc = exampleWith((d) => { d.index = { score: 6.5, level: 6 }; });

    expect(issuesOf(doc)).to.deep.equal([
      'index.score: expected at most 6',
    ]);
  });

  it('names a level that is not the level of its score', () => {
    const doc = exampleWith((d) => { d.parts.results.level = 4; });

    expect(issuesOf(doc)).to.deep.equal([
      'parts.results.level: expected 5, the level of score 4.1, got 4',
    ]);
  });

  it('checks levels at the edges of the bands', () => {
    const at = (score: number, level: number) =>
      issuesOf(exampleWith((d) => {
        d.index = { score, level };
        delete d.parts;
      }));

    expect(at(0, 1)).to.deep.equal([]);
    expect(at(1, 1)).to.deep.equal([]);
    expect(at(1.1, 2)).to.deep.equal([]);
    expect(at(1.04, 1)).to.deep.equal([]);
    expect(at(1.05, 2)).to.deep.equal([]);
    expect(at(6, 6)).to.deep.equal([]);
    expect(at(1, 2)).to.have.length(1);
    expect(at(0, 0)).to.deep.equal(['index.level: expected at least 1']);
    expect(at(-1, 2)).to.deep.equal(['index.score: expected at least 0']);
    expect(at(3.5, 3.5)).to.deep.equal([
      'index.level: expected int, got number',
    ]);
  });

  it('uses the scale of the edition: 5 levels in 2021', () => {
    const at = (score: number, level: number) =>
      issuesOf(exampleWith((d) => {
        d.edition = '2021';
        d.index = { score, level };
        delete d.parts;
      }));

    expect(at(4.5, 5)).to.deep.equal([]);
    expect(at(5.5, 5)).to.deep.equal(['index.score: expected at most 5']);
    expect(at(5, 6)).to.deep.equal(['index.level: expected at most 5']);
  });

  it('names an edition the library does not ship', () => {
    const doc = exampleWith((d) => { d.edition = '2019'; });

    expect(issuesOf(doc)).to.deep.equal([
      'edition: expected one of 2020, 2021',
    ]);
  });

  it('names the format, DIVIPOLA code, date and source', () => {
    const doc = exampleWith((d) => {
      d.format = 'sctmm/index-snapshot@2';
      d.entity.divipola = 5001;
      d.measuredAt = '30/06/2026';
      d.source = 'javascript:alert(1)';
    });

    expect(issuesOf(doc)).to.deep.equal([
      'format: expected one of sctmm/index-snapshot@1',
      'entity.divipola: expected string, got number',
      'measuredAt: expected a date as YYYY-MM-DD',
      'source: expected an http or https URL',
    ]);
  });

  it('names a DIVIPOLA code of the wrong length and a date that is not',
    () => {
      const doc = exampleWith((d) => {
        d.entity.divipola = '5001';
        d.measuredAt = '2026-02-30';
      });

      expect(issuesOf(doc)).to.deep.equal([
        'entity.divipola: expected 2 or 5 digits',
        'measuredAt: expected a date as YYYY-MM-DD',
      ]);
    });

  it('names a missing entity name and index', () => {
    const doc = exampleWith((d) => {
      d.entity = {};
      delete d.index;
    });

    expect(issuesOf(doc)).to.deep.equal([
      'entity.name: expected string, got nothing',
      'index: expected object, got nothing',
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (data) => {
      const parsed = parseSnapshot(data);

      expect(parsed.ok).to.equal(false);
    }), { numRuns: 300 });
  });
});

describe('levelledScoreIssues', () => {
  it('names paths under the prefix given', () => {
    const issues = levelledScoreIssues({ score: 2, level: 3 }, 6,
      ['parts', 'capacity']);

    expect(issues).to.deep.equal([{
      path: 'parts.capacity.level',
      message: 'expected 2, the level of score 2, got 3',
    }]);
  });

  it('names both a score and a level above the scale', () => {
    const issues = levelledScoreIssues({ score: 7, level: 7 }, 6);

    expect(issues.map((i) => i.path)).to.deep.equal(['score', 'level']);
  });
});

/** An assessment with the scores given, rounded as exports are. */
function assessment(scores: {
  perception?: number | null;
  results?: number | null;
  capacity?: number | null;
}, edition = '2020'): Assessment {
  const dimensional = (score: number | null | undefined) =>
    score == null ? null : { score, level: 1, dimensions: [] };
  return {
    format: 'sctmm/assessment@1',
    edition,
    entity: { name: 'Municipio de Ejemplo', divipola: '25899' },
    measuredAt: '2026-11-30',
    capacity: scores.capacity == null ? null
      : { score: scores.capacity, level: 1, axes: [] },
    perception: dimensional(scores.perception),
    results: dimensional(scores.results),
  };
}

describe('snapshotFromAssessment', () => {
  it('makes a partial snapshot of a self-diagnosis (capacity only)', () => {
    const snapshot = snapshotFromAssessment(assessment({ capacity: 3.4 }));

    expect(snapshot).to.deep.equal({
      format: 'sctmm/index-snapshot@1',
      entity: { name: 'Municipio de Ejemplo', divipola: '25899' },
      edition: '2020',
      measuredAt: '2026-11-30',
      index: { score: 3.4, level: 4 },
      parts: {
        perception: null,
        results: null,
        capacity: { score: 3.4, level: 4 },
      },
    });
    expect(safeParse(IndexSnapshotSchema, snapshot).ok).to.equal(true);
  });

  it('averages the three measurements and rounds to one decimal', () => {
    const full = assessment({ perception: 3.5, results: 4.1, capacity: 3.9 });

    const snapshot = snapshotFromAssessment(full);

    // (3.5 + 4.1 + 3.9) / 3 = 3.8333… → 3.8, level 4
    expect(snapshot?.index).to.deep.equal({ score: 3.8, level: 4 });
    expect(snapshot?.parts?.results).to.deep.equal({ score: 4.1, level: 5 });
    expect(parseSnapshot(snapshot).ok).to.equal(true);
  });

  it('gives the level of the rounded index score', () => {
    const near = assessment({ perception: 2, results: 2.1 });

    const snapshot = snapshotFromAssessment(near);

    // (2 + 2.1) / 2 = 2.05 → 2.1, level 3
    expect(snapshot?.index.score).to.be.closeTo(2.1, 1e-12);
    expect(snapshot?.index.level).to.equal(3);
  });

  it('uses the weights and options given', () => {
    const full = assessment({ perception: 2, results: 4, capacity: 6 });

    const snapshot = snapshotFromAssessment(full, {
      weights: { capacity: 2 },
      entity: { name: 'Gobernación de Ejemplo', divipola: '76' },
      measuredAt: '2026-12-01',
      source: 'https://www.ejemplo.gov.co/indice.json',
    });

    // (2 + 4 + 6 × 2) / 4 = 4.5, level 5
    expect(snapshot?.index).to.deep.equal({ score: 4.5, level: 5 });
    expect(snapshot?.entity.name).to.equal('Gobernación de Ejemplo');
    expect(snapshot?.measuredAt).to.equal('2026-12-01');
    expect(snapshot?.source).to.equal('https://www.ejemplo.gov.co/indice.json');
    expect(parseSnapshot(snapshot).ok).to.equal(true);
  });

  it('scores a 2021 assessment on 5 levels', () => {
    const snapshot = snapshotFromAssessment(
      assessment({ capacity: 4.5 }, '2021'));

    expect(snapshot?.edition).to.equal('2021');
    expect(snapshot?.index).to.deep.equal({ score: 4.5, level: 5 });
    expect(parseSnapshot(snapshot).ok).to.equal(true);
  });

  it('gives null when no measurement has a score', () => {
    expect(snapshotFromAssessment(assessment({}))).to.equal(null);
  });

  it('throws a RangeError for an edition it has no model of', () => {
    expect(() => snapshotFromAssessment(assessment({ capacity: 3 }, '2019')))
      .to.throw(RangeError, 'no model of edition "2019"');
  });

  it('takes the model given for an edition it lacks', () => {
    const snapshot = snapshotFromAssessment(
      assessment({ capacity: 3 }, '2019'), { model: model2021 });

    expect(snapshot?.edition).to.equal('2021');
  });
});
