import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scoreCapacity } from '../../src/engine/capacity.ts';
import { instrumentItems } from '../../src/engine/items.ts';
import { nextLevelGaps } from '../../src/engine/next-level.ts';
import type { Instrument } from '../../src/engine/schema/instrument.ts';
import type {
  Answer,
  CapacityResponses,
} from '../../src/engine/schema/responses.ts';
import type { AxisNextLevel } from '../../src/engine/next-level.ts';
import { axis, checklist, instrument, rubric } from './builders.ts';

function asked(rule?: 'staged' | 'share') {
  return instrument(
    6,
    [
      axis('alpha', [rubric('r1', 6), checklist('c1', [1, 2, 3, 3])]),
      axis('beta', [rubric('r2', 6)]),
      axis('gamma', [rubric('r3', 6)]),
      axis('delta', [rubric('r4', 6)]),
    ],
    rule,
  );
}

const responses: CapacityResponses = {
  r1: 2,
  'c1-s0': 'met',
  'c1-s1': 'not-met',
  'c1-s3': 'na',
  r2: 3,
  r4: 6,
};

/** The responses with every gap of `next` closed. */
function closeGaps(
  responses: CapacityResponses,
  next: AxisNextLevel[],
): CapacityResponses {
  const closed = { ...responses };
  for (const gap of next.flatMap((n) => n.gaps)) {
    if (gap.optionLevel !== undefined) {
      closed[gap.capacityId] = gap.optionLevel;
    }
    for (const id of gap.statementIds ?? []) closed[id] = 'met';
  }
  return closed;
}

describe('nextLevelGaps', () => {
  it('targets the level above each axis and lists what it lacks', () => {
    const result = scoreCapacity(asked(), responses);

    const next = nextLevelGaps(asked(), responses, result);

    expect(result.axes[0]?.level).to.equal(2);
    expect(next).to.deep.equal([
      {
        axisId: 'alpha',
        target: 2 + 1,
        gaps: [
          { capacityId: 'r1', optionLevel: 3 },
          { capacityId: 'c1', statementIds: ['c1-s1', 'c1-s2'] },
        ],
      },
      {
        axisId: 'beta',
        target: 3 + 1,
        gaps: [{ capacityId: 'r2', optionLevel: 4 }],
      },
      { axisId: 'gamma', target: null, gaps: [] },
      { axisId: 'delta', target: null, gaps: [] },
    ]);
  });

  it('leaves out capacities already at the target', () => {
    const answers: CapacityResponses = {
      ...responses,
      r1: 5,
      'c1-s1': 'met',
    };
    const result = scoreCapacity(asked(), answers);

    const next = nextLevelGaps(asked(), answers, result);

    const alpha = (5 + 2 + 0 / 1) / 2;
    expect(result.axes[0]?.score).to.be.closeTo(alpha, 1e-12);
    expect(next[0]).to.deep.equal({
      axisId: 'alpha',
      target: 4 + 1,
      gaps: [{ capacityId: 'c1', statementIds: ['c1-s2'] }],
    });
  });

  it('gives no target on the last level of a 5-level scale', () => {
    const five = instrument(5, [axis('alpha', [rubric('r1', 5)])]);
    const answers: CapacityResponses = { r1: 5 };
    const result = scoreCapacity(five, answers);

    const next = nextLevelGaps(five, answers, result);

    expect(next).to.deep.equal([{ axisId: 'alpha', target: null, gaps: [] }]);
  });

  it('reaches the target once the gaps are closed, staged rule', () => {
    fc.assert(
      fc.property(gappedCase('staged'), ({ instrument: asked, answers }) => {
        const before = scoreCapacity(asked, answers);
        const next = nextLevelGaps(asked, answers, before);

        const after = scoreCapacity(asked, closeGaps(answers, next));

        next.forEach((n, a) => {
          if (n.target === null) return;
          expect(after.axes[a]?.level, n.axisId)
            .to.be.at.least(n.target);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the target once the gaps are closed, share rule', () => {
    const share = instrument(
      6,
      [axis('alpha', [checklist('c1', [1, 6, 6, 6, 6, 6])])],
      'share',
    );
    const answers: CapacityResponses = { 'c1-s0': 'not-met' };
    const before = scoreCapacity(share, answers);
    const next = nextLevelGaps(share, answers, before);

    const after = scoreCapacity(share, closeGaps(answers, next));

    expect(next[0]?.target).to.equal(1 + 1);
    expect(after.axes[0]?.level).to.be.at.least(2);
  });
});

/** A random instrument of up to three axes and random answers to it. */
function gappedCase(rule: 'staged' | 'share') {
  return fc
    .record({
      levels: fc.integer({ min: 2, max: 7 }),
      shape: fc.array(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
        { minLength: 1, maxLength: 3 },
      ),
      statementSeed: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    })
    .map(({ levels, shape, statementSeed }): Instrument => {
      let seed = 0;
      const nextLevel = () =>
        1 + ((statementSeed[seed++ % statementSeed.length] ?? 0) % levels);
      return instrument(
        levels,
        shape.map((kinds, a) =>
          axis(`a${a}`, kinds.map((isRubric, c) =>
            isRubric
              ? rubric(`a${a}-c${c}`, levels)
              : checklist(`a${a}-c${c}`, [
                nextLevel(),
                nextLevel(),
                nextLevel(),
              ]),
          )),
        ),
        rule,
      );
    })
    .chain((built) => {
      const items = instrumentItems(built);
      return fc
        .tuple(...items.map((item) =>
          fc.option(
            item.kind === 'rubric'
              ? fc.constantFrom<Answer>(
                ...Array.from({ length: built.levels }, (_, i) => i + 1),
                'na',
              )
              : fc.constantFrom<Answer>('met', 'not-met', 'na'),
            { nil: undefined },
          ),
        ))
        .map((list) => ({
          instrument: built,
          answers: Object.fromEntries(
            list.flatMap((answer, i) =>
              answer === undefined ? [] : [[items[i]!.id, answer]],
            ),
          ) as CapacityResponses,
        }));
    });
}
