import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scoreCapacity } from '../../src/engine/capacity.ts';
import { instrumentItems, keepValidAnswers } from '../../src/engine/items.ts';
import { levelOf } from '../../src/engine/levels.ts';
import { parseInstrument } from '../../src/engine/parse-instrument.ts';
import type {
  Capacity,
  ChecklistRule,
  Instrument,
} from '../../src/engine/schema/instrument.ts';
import type {
  Answer,
  CapacityResponses,
} from '../../src/engine/schema/responses.ts';
import type { CapacityResult } from '../../src/engine/schema/result.ts';
import {
  axis,
  checklist,
  instrument,
  numbersIn,
  rubric,
} from './builders.ts';

const tolerance = 1e-9;
const runs = { numRuns: 300 };

const weightArb = fc.option(fc.constantFrom(0, 0.5, 1, 2, 3), {
  nil: undefined,
});

function capacityArb(id: string, levels: number): fc.Arbitrary<Capacity> {
  return fc.oneof(
    weightArb.map((weight) => rubric(id, levels, weight)),
    fc.tuple(
      fc.array(fc.integer({ min: 1, max: levels }), {
        minLength: 1,
        maxLength: 8,
      }),
      weightArb,
    ).map(([statementLevels, weight]) =>
      checklist(id, statementLevels, weight),
    ),
  );
}

/** Valid instruments: 2..7 levels, 1..5 axes of rubrics and checklists. */
function instrumentArb(rule: ChecklistRule): fc.Arbitrary<Instrument> {
  return fc
    .record({
      levels: fc.integer({ min: 2, max: 7 }),
      shape: fc.array(fc.integer({ min: 1, max: 4 }), {
        minLength: 1,
        maxLength: 5,
      }),
    })
    .chain(({ levels, shape }) =>
      fc
        .tuple(
          ...shape.map((count, a) =>
            fc.tuple(
              ...Array.from({ length: count }, (_, c) =>
                capacityArb(`a${a}-c${c}`, levels),
              ),
            ),
          ),
        )
        .map((axes) =>
          instrument(
            levels,
            axes.map((capacities, a) => axis(`a${a}`, capacities)),
            rule,
          ),
        ),
    );
}

/** Valid responses to `asked`: any item may be unanswered or "na". */
function responsesArb(asked: Instrument): fc.Arbitrary<CapacityResponses> {
  const items = instrumentItems(asked);
  const answerArbs = items.map((item) =>
    fc.option(
      item.kind === 'rubric'
        ? fc.oneof(
          fc.integer({ min: 1, max: asked.levels }),
          fc.constant<Answer>('na'),
        )
        : fc.constantFrom<Answer>('met', 'not-met', 'na'),
      { nil: undefined, freq: 3 },
    ),
  );
  return fc.tuple(...answerArbs).map((answers) => {
    const responses: CapacityResponses = {};
    answers.forEach((answer, i) => {
      if (answer !== undefined) responses[items[i]!.id] = answer;
    });
    return responses;
  });
}

function caseArb(rule: ChecklistRule) {
  return instrumentArb(rule).chain((asked) =>
    responsesArb(asked).map((responses) => ({ asked, responses })),
  );
}

/** Every score and level of a result, with where it comes from. */
function scored(result: CapacityResult) {
  return [
    result,
    ...result.axes,
    ...result.axes.flatMap((a) => a.capacities),
  ];
}

function expectNotLower(
  before: number | null | undefined,
  after: number | null | undefined,
) {
  if (before === null || before === undefined) return;
  expect(after).to.be.a('number');
  expect(after as number).to.be.at.least(before - tolerance);
}

/** The checklist statements of `asked`, as [axis, capacity, id]. */
function statementsOf(asked: Instrument) {
  return asked.axes.flatMap((a, ai) =>
    a.capacities.flatMap((c, ci) =>
      c.kind === 'checklist'
        ? c.statements.map((s) => [ai, ci, s.id] as const)
        : [],
    ),
  );
}

describe('generated instruments', () => {
  it('pass parseInstrument', () => {
    fc.assert(
      fc.property(instrumentArb('staged'), (asked) => {
        const result = parseInstrument(asked);

        expect(result.ok ? [] : result.issues).to.deep.equal([]);
      }),
      runs,
    );
  });
});

for (const rule of ['staged', 'share'] as const) {
  describe(`scoreCapacity with the ${rule} rule`, () => {
    it('keeps every score in [0, L] or null, never NaN', () => {
      fc.assert(
        fc.property(caseArb(rule), ({ asked, responses }) => {
          const result = scoreCapacity(asked, responses);

          expect(numbersIn(result).every(Number.isFinite)).to.equal(true);
          for (const part of scored(result)) {
            if (part.score === null) continue;
            expect(part.score).to.be.within(0, asked.levels);
          }
        }),
        runs,
      );
    });

    it('gives every level as null or a whole number in 1..L', () => {
      fc.assert(
        fc.property(caseArb(rule), ({ asked, responses }) => {
          const result = scoreCapacity(asked, responses);

          for (const part of scored(result)) {
            if (part.level === null) continue;
            expect(Number.isInteger(part.level)).to.equal(true);
            expect(part.level).to.be.within(1, asked.levels);
          }
        }),
        runs,
      );
    });

    it('gives a null level exactly when the score is null', () => {
      fc.assert(
        fc.property(caseArb(rule), ({ asked, responses }) => {
          const result = scoreCapacity(asked, responses);

          for (const part of scored(result)) {
            expect(part.level === null).to.equal(part.score === null);
          }
        }),
        runs,
      );
    });

    it('lists as missing exactly the axes with a null score', () => {
      fc.assert(
        fc.property(caseArb(rule), ({ asked, responses }) => {
          const result = scoreCapacity(asked, responses);

          const nullAxes = result.axes
            .filter((a) => a.score === null)
            .map((a) => a.id);
          expect(result.missing).to.deep.equal(nullAxes);
          expect(result.score === null)
            .to.equal(nullAxes.length === result.axes.length);
        }),
        runs,
      );
    });

    it('never lowers a scored checklist, its axis or the whole ' +
      'when a statement becomes met', () => {
      const arb = caseArb(rule).chain(({ asked, responses }) => {
        const open = statementsOf(asked).filter(([, , id]) =>
          responses[id] !== 'met' && responses[id] !== 'na');
        return fc.record({
          asked: fc.constant(asked),
          responses: fc.constant(responses),
          statement: open.length
            ? fc.constantFrom(...open)
            : fc.constant(null),
        });
      });

      fc.assert(
        fc.property(arb, ({ asked, responses, statement }) => {
          if (statement === null) return;
          const [a, c, id] = statement;
          const before = scoreCapacity(asked, responses);

          const after = scoreCapacity(asked, { ...responses, [id]: 'met' });

          const capacityBefore = before.axes[a]!.capacities[c]!.score;
          const capacityAfter = after.axes[a]!.capacities[c]!.score;
          expect(capacityAfter).to.be.a('number');
          expectNotLower(capacityBefore, capacityAfter);
          if (capacityBefore === null) return;
          expectNotLower(before.axes[a]!.score, after.axes[a]!.score);
          expectNotLower(before.score, after.score);
        }),
        runs,
      );
    });

    it('never lowers a checklist\'s score when a met statement is added',
      () => {
        const arb = caseArb(rule)
          .filter(({ asked }) => statementsOf(asked).length > 0)
          .chain(({ asked, responses }) =>
            fc.record({
              asked: fc.constant(asked),
              responses: fc.constant(responses),
              at: fc.constantFrom(...statementsOf(asked)),
              level: fc.integer({ min: 1, max: asked.levels }),
            }),
          );

        fc.assert(
          fc.property(arb, ({ asked, responses, at, level }) => {
            const [a, c] = at;
            const grown = structuredClone(asked);
            const capacity = grown.axes[a]!.capacities[c]!;
            if (capacity.kind !== 'checklist') return;
            const id = `${capacity.id}-added`;
            capacity.statements.push({
              id,
              level,
              text: { es: 'Añadida', en: 'Added' },
            });
            const before = scoreCapacity(asked, responses);

            const after = scoreCapacity(grown, { ...responses, [id]: 'met' });

            expectNotLower(
              before.axes[a]!.capacities[c]!.score,
              after.axes[a]!.capacities[c]!.score,
            );
          }),
          runs,
        );
      });

    it('answers only the items asked after keepValidAnswers', () => {
      const arb = instrumentArb(rule).chain((asked) =>
        fc.record({
          asked: fc.constant(asked),
          junk: fc.dictionary(
            fc.constantFrom(
              ...instrumentItems(asked).map((i) => i.id),
              'stray',
            ),
            fc.oneof(
              fc.integer({ min: -2, max: 9 }),
              fc.double(),
              fc.constantFrom('met', 'not-met', 'na', 'yes', null),
            ),
          ),
        }),
      );

      fc.assert(
        fc.property(arb, ({ asked, junk }) => {
          const responses = keepValidAnswers(asked, junk);

          const result = scoreCapacity(asked, responses);

          for (const part of scored(result)) {
            if (part.score === null) continue;
            expect(part.score).to.be.within(0, asked.levels);
          }
          expect(keepValidAnswers(asked, responses))
            .to.deep.equal(responses);
        }),
        runs,
      );
    });
  });
}

describe('levelOf, properties', () => {
  it('never lowers the level when the score rises', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }),
        fc.double({ min: -1, max: 8, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (levels, score, rise) => {
          const low = levelOf(score, levels) as number;
          const high = levelOf(score + rise, levels) as number;

          expect(high).to.be.at.least(low);
        },
      ),
      runs,
    );
  });

  it('gives level k to every score whose tenth rounds into (k-1, k]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((levels) =>
          fc.record({
            levels: fc.constant(levels),
            tenths: fc.integer({ min: 1, max: levels * 10 }),
            offset: fc.double({ min: -0.0499, max: 0.0499, noNaN: true }),
          }),
        ),
        ({ levels, tenths, offset }) => {
          const score = tenths / 10 + offset;

          const level = levelOf(score, levels);

          expect(level).to.equal(Math.ceil(tenths / 10));
        },
      ),
      runs,
    );
  });
});
