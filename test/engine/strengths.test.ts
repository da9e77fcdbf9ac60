import { expect } from '@open-wc/testing';
import {
  assessedParts,
  weakestAndStrongest,
} from '../../src/engine/strengths.ts';
import { capacityOnly, complete, copy } from './assessment-builders.ts';

const ids = (parts: { measurement: string; id: string }[]) =>
  parts.map((part) => `${part.measurement}:${part.id}`);

describe('assessedParts', () => {
  it('lists dimensions of perception and results, then axes, in order',
    () => {
      const parts = assessedParts(complete());

      expect(ids(parts)).to.deep.equal([
        'perception:governance', 'perception:habitat',
        'results:environment', 'results:people',
        'capacity:institutionality-innovation',
        'capacity:digital-infrastructure-interoperability',
        'capacity:leadership-human-capital',
        'capacity:technology-standards',
        'capacity:analytics-data-management',
      ]);
      expect(parts[0]).to.deep.equal({ measurement: 'perception',
        kind: 'dimension', id: 'governance', score: 2.5, level: 3 });
      expect(parts[4]!.kind).to.equal('axis');
    });

  it('leaves out parts without a score', () => {
    const given = copy(capacityOnly());
    given.capacity!.axes[0]!.score = null;
    given.capacity!.axes[0]!.level = null;

    expect(assessedParts(given)).to.have.length(4);
  });
});

describe('weakestAndStrongest', () => {
  it('takes the three lowest and the three highest scores', () => {
    const { weakest, strongest, scored } = weakestAndStrongest(complete());

    // Scores: perception 2.5, 4; results 4.7, 2.2; axes 1, 2, 3, 5, 6.
    expect(scored).to.equal(9);
    expect(ids(weakest)).to.deep.equal([
      'capacity:institutionality-innovation',
      'capacity:digital-infrastructure-interoperability',
      'results:people',
    ]);
    expect(ids(strongest)).to.deep.equal([
      'capacity:analytics-data-management',
      'capacity:technology-standards',
      'results:environment',
    ]);
  });

  it('splits five parts two and two, so none is in both lists', () => {
    const { weakest, strongest } = weakestAndStrongest(capacityOnly());

    expect(weakest.map((p) => p.score)).to.deep.equal([1, 2]);
    expect(strongest.map((p) => p.score)).to.deep.equal([6, 5]);
  });

  it('keeps the order of the parts when scores are equal', () => {
    const given = copy(capacityOnly());
    for (const axis of given.capacity!.axes) axis.score = 3;

    const { weakest, strongest } = weakestAndStrongest(given);

    expect(ids(weakest)).to.deep.equal([
      'capacity:institutionality-innovation',
      'capacity:digital-infrastructure-interoperability',
    ]);
    expect(ids(strongest)).to.deep.equal([
      'capacity:leadership-human-capital',
      'capacity:technology-standards',
    ]);
  });

  it('lists nothing with a single part', () => {
    const given = copy(capacityOnly());
    given.capacity!.axes = given.capacity!.axes.slice(0, 1);

    const found = weakestAndStrongest(given);

    expect(found).to.deep.equal({ weakest: [], strongest: [], scored: 1 });
  });
});
