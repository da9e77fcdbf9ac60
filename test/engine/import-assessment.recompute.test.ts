import { expect } from '@open-wc/testing';
import { importAssessment } from '../../src/engine/import-assessment.ts';
import type { Assessment } from '../../src/engine/schema/assessment.ts';
import type { Issue } from '../../src/engine/schema/issues.ts';
import { capacityOnly, complete, copy } from './assessment-builders.ts';

function settle(json: unknown): { value: Assessment; notes: Issue[] } {
  const result = importAssessment(json);
  if (!result.ok) throw new Error(`not imported: ${result.reason}`);
  return result;
}

describe('importAssessment: scores recomputed from the parts', () => {
  it('replaces a measurement score that is not the mean of its axes', () => {
    const given = copy(capacityOnly());
    given.capacity!.score = 5.9;
    given.capacity!.level = 6;

    const { value, notes } = settle(given);

    // (1 + 2 + 3 + 5 + 6) / 5 = 3.4 -> level 4.
    expect(value.capacity).to.deep.include({ score: 3.4, level: 4 });
    expect(notes).to.deep.equal([
      { path: 'capacity.score', message: 'was 5.9; 3.4 from its axes' },
      { path: 'capacity.level', message: 'was 6; 4, the level of 3.4' },
    ]);
  });

  it('keeps a score within rounding of the mean of its parts', () => {
    const given = copy(capacityOnly());
    given.capacity!.score = 3.5;

    const { value, notes } = settle(given);

    expect(value.capacity!.score).to.equal(3.5);
    expect(notes).to.deep.equal([]);
  });

  it('gives each part the level of its score', () => {
    const given = copy(capacityOnly());
    given.capacity!.axes[2]!.level = 6;

    const { value, notes } = settle(given);

    expect(value.capacity!.axes[2]!.level).to.equal(3);
    expect(notes).to.deep.equal([{ path: 'capacity.axes[2].level',
      message: 'was 6; 3, the level of 3' }]);
  });

  it('recomputes a dimension from its sub-dimensions and the measurement ' +
    'from its dimensions', () => {
    const given = copy(complete());
    given.perception!.dimensions[0]!.subdimensions[1]!.score = 5;
    given.perception!.dimensions[0]!.subdimensions[1]!.level = 5;

    const { value, notes } = settle(given);

    // Governance (2 + 5) / 2 = 3.5; perception (3.5 + 4) / 2 = 3.75
    // -> 3.8, level 4.
    expect(value.perception!.dimensions[0]).to.deep.include({
      score: 3.5, level: 4 });
    expect(value.perception).to.deep.include({ score: 3.8, level: 4,
      n: 120 });
    expect(notes.map((n) => n.path)).to.deep.equal([
      'perception.dimensions[0].score',
      'perception.dimensions[0].level',
      'perception.score',
    ]);
  });

  it('keeps the score of a part listed without parts of its own', () => {
    const given = copy(complete());
    given.results!.dimensions[1]!.subdimensions = [];

    const { value, notes } = settle(given);

    expect(value.results!.dimensions[1]).to.deep.equal({
      id: 'people', score: 2.2, level: 3, subdimensions: [] });
    expect(notes).to.deep.equal([]);
  });

  it('leaves a measurement without a score when none of its parts has ' +
    'one, never a zero', () => {
    const given = copy(capacityOnly());
    for (const axis of given.capacity!.axes) {
      axis.score = null;
      axis.level = null;
    }

    const { value } = settle(given);

    expect(value.capacity).to.deep.include({ score: null, level: null });
  });

  it('never lets the answers change a score', () => {
    const given = {
      ...capacityOnly(),
      instrument: { id: 'sctmm-capacity', version: '1.0.0' },
      responses: { 'mission-architecture': 6, 'public-innovation': 6 },
    };

    const { value } = settle(given);

    expect(value.capacity!.axes[0]).to.deep.equal({
      id: 'institutionality-innovation', score: 1, level: 1 });
  });

  it('recomputes the index extra from the measurements', () => {
    const given = { ...complete(), index: { score: 5, level: 5 } };

    const { value, notes } = settle(given);

    // (3.3 + 3.5 + 3.4) / 3 = 3.4, level 4.
    expect(value.index).to.deep.equal({ score: 3.4, level: 4 });
    expect(notes).to.deep.equal([{ path: 'index',
      message: 'was 5 (level 5); 3.4 (level 4) from the measurements' }]);
  });

  it('leaves out roadmap steps the model does not have', () => {
    const given = {
      ...capacityOnly(),
      roadmap: { steps: { strategy: 'done', 'launch-rocket': 'done' } },
    };

    const { value, notes } = settle(given);

    expect(value.roadmap).to.deep.equal({ steps: { strategy: 'done' } });
    expect(notes).to.deep.equal([{ path: 'roadmap.steps.launch-rocket',
      message: 'not a step of the roadmap; left out' }]);
  });

  it('refuses a roadmap status it does not know', () => {
    const given = {
      ...capacityOnly(),
      roadmap: { steps: { strategy: 'almost' } },
    };

    const result = importAssessment(given);

    expect(result.ok || result.issues.map((i) => i.path))
      .to.deep.equal(['roadmap.steps.strategy']);
  });
});
