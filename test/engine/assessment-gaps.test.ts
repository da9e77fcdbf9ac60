import { expect } from '@open-wc/testing';
import { assessmentGaps } from '../../src/engine/assessment-gaps.ts';
import { capacityAssessment } from '../../src/engine/assessment.ts';
import { scoreCapacity } from '../../src/engine/capacity.ts';
import { defaultInstrument } from '../../src/engine/model/index.ts';
import type { CapacityResponses } from '../../src/engine/schema/responses.ts';
import { capacityOnly } from './assessment-builders.ts';

/** Every question of the default instrument answered with `level`. */
function allAt(level: number): CapacityResponses {
  return Object.fromEntries(defaultInstrument.axes.flatMap((axis) =>
    axis.capacities.map((capacity) => [capacity.id, level])));
}

function exported(responses: CapacityResponses) {
  return capacityAssessment({
    result: scoreCapacity(defaultInstrument, responses),
    instrument: defaultInstrument,
    entity: { name: 'Municipio de Prueba' },
    measuredAt: '2026-11-30',
    responses,
  });
}

describe('assessmentGaps', () => {
  it('asks every rubric for the option of the next level', () => {
    const gaps = assessmentGaps(exported(allAt(3)), [defaultInstrument]);

    expect(gaps).to.have.length(5);
    expect(gaps![0]).to.deep.equal({
      axisId: 'institutionality-innovation',
      target: 4,
      gaps: defaultInstrument.axes[0]!.capacities.map((capacity) => ({
        capacityId: capacity.id, optionLevel: 4 })),
    });
  });

  it('has no target for an axis at the top level', () => {
    const gaps = assessmentGaps(exported(allAt(6)), [defaultInstrument]);

    expect(gaps!.map((g) => g.target)).to.deep.equal(
      [null, null, null, null, null]);
  });

  it('is undefined without answers or without their instrument', () => {
    const answered = exported(allAt(2));

    expect(assessmentGaps(capacityOnly(), [defaultInstrument]))
      .to.equal(undefined);
    expect(assessmentGaps(answered, [])).to.equal(undefined);
  });

  it('leaves out an axis whose answers do not give its level', () => {
    const answered = exported(allAt(2));
    answered.capacity!.axes[1]!.score = 5;
    answered.capacity!.axes[1]!.level = 5;

    const gaps = assessmentGaps(answered, [defaultInstrument]);

    expect(gaps!.map((g) => g.axisId)).to.not.include(
      'digital-infrastructure-interoperability');
    expect(gaps).to.have.length(4);
  });
});
