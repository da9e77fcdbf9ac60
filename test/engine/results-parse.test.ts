import { expect } from '@open-wc/testing';
import { blankIndicatorSet } from '../../src/engine/indicator-set.ts';
import {
  indicatorCatalogue2020,
  model2020,
} from '../../src/engine/model/index.ts';
import { parseIndicatorSet } from '../../src/engine/parse-indicators.ts';
import { periodMonths } from '../../src/engine/period.ts';
import { scoreResults } from '../../src/engine/results.ts';
import {
  IndicatorDefinitionSchema,
} from '../../src/engine/schema/indicators.ts';
import type { Issue } from '../../src/engine/schema/issues.ts';
import {
  copy,
  indicatorSet,
  measured,
  selfRated,
} from './results-builders.ts';

function good() {
  return indicatorSet([
    {
      ...measured({ id: 'a', baseline: 1, current: 2, target: 3 }),
      peerValues: [1, 2, 3],
    },
    measured({ id: 'b', baseline: 5, current: 4, average: 4.5, best: 1,
      polarity: 'lower', subdimension: 'seguridad' }),
    selfRated(4, 'c', 'salud'),
  ]);
}

function issuesOf(data: unknown): Issue[] {
  const result = parseIndicatorSet(data);
  return result.ok ? [] : result.issues;
}

function withIndicator(change: (i: Record<string, unknown>) => void) {
  const data = copy(good()) as unknown as {
    indicators: Record<string, unknown>[];
  };
  change(data.indicators[0]!);
  return data;
}

describe('parseIndicatorSet', () => {
  it('accepts a good set and gives it back', () => {
    const result = parseIndicatorSet(copy(good()));

    expect(result.ok && result.value).to.deep.equal(good());
  });

  it('accepts an entity and fills in the edition', () => {
    const { edition: _, ...data } = copy(good());

    const result = parseIndicatorSet({
      ...data,
      entity: { name: 'Medellín', divipola: '05001' },
    });

    expect(result.ok && result.value.edition).to.equal('2020');
    expect(result.ok && result.value.entity?.divipola).to.equal('05001');
  });

  it('accepts nulls for unknown values and periods', () => {
    const data = withIndicator((i) => {
      i.baseline = { value: null, period: null };
    });

    expect(issuesOf(data)).to.deep.equal([]);
  });

  it('names the path of a bad polarity, period and value', () => {
    const data = withIndicator((i) => {
      i.polarity = 'up';
      i.current = { value: '2,5', period: '2023-Q5' };
    });

    const issues = issuesOf(data);

    expect(issues.map((i) => i.path)).to.have.members([
      'indicators[0].polarity',
      'indicators[0].current.value',
      'indicators[0].current.period',
    ]);
    expect(issues.find((i) => i.path.endsWith('period'))?.message)
      .to.include('YYYY-Qn');
  });

  it('asks for measured values or a self-rating', () => {
    const data = withIndicator((i) => {
      delete i.current;
    });

    expect(issuesOf(data)).to.deep.equal([{
      path: 'indicators[0]',
      message: 'expected baseline and current, or selfRated',
    }]);
  });

  it('refuses peers and peer values together', () => {
    const data = withIndicator((i) => {
      i.peers = { average: 1, best: 2 };
    });

    expect(issuesOf(data)[0]?.path).to.equal('indicators[0].peerValues');
  });

  it('refuses a current period before the baseline', () => {
    const data = withIndicator((i) => {
      i.baseline = { value: 1, period: '2019-Q4' };
      i.current = { value: 2, period: '2019-07' };
    });

    expect(issuesOf(data)).to.deep.equal([{
      path: 'indicators[0].current.period',
      message: "expected no earlier than the baseline's 2019-Q4, " +
        'got 2019-07',
    }]);
  });

  it('refuses duplicate ids, unknown sub-dimensions, levels above 6', () => {
    const data = copy(good());
    data.indicators[1]!.id = 'a';
    data.indicators[1]!.subdimension = 'nowhere';
    data.indicators[2]!.selfRated!.level = 7;

    expect(issuesOf(data).map((i) => i.path)).to.deep.equal([
      'indicators[1].id',
      'indicators[1].subdimension',
      'indicators[2].selfRated.level',
    ]);
  });

  it('checks against the model it is given', () => {
    const data = copy(good());
    data.indicators[2]!.selfRated!.level = 6;

    const result = parseIndicatorSet(data, {
      ...model2020,
      levels: model2020.levels.slice(0, 5),
    });

    expect(result.ok).to.equal(false);
  });

  it('refuses another format', () => {
    expect(issuesOf({ ...good(), format: 'sctmm/indicator-set@2' })[0]?.path)
      .to.equal('format');
  });
});

describe('periodMonths', () => {
  it('spans years, quarters, semesters and months', () => {
    const y = 2023 * 12;

    expect(periodMonths('2023')).to.deep.equal({ first: y, last: y + 11 });
    expect(periodMonths('2023-Q3')).to.deep.equal({
      first: y + 6, last: y + 8,
    });
    expect(periodMonths('2023-S2')).to.deep.equal({
      first: y + 6, last: y + 11,
    });
    expect(periodMonths('2023-07')).to.deep.equal({
      first: y + 6, last: y + 6,
    });
  });

  it('throws a RangeError for a text that is no period', () => {
    expect(() => periodMonths('2023-13')).to.throw(RangeError);
  });
});

describe('indicatorCatalogue2020', () => {
  const known = new Set(model2020.dimensions.flatMap(
    (d) => d.subdimensions.map((s) => s.id),
  ));

  it('has at least three indicators in every dimension', () => {
    for (const dimension of model2020.dimensions) {
      const ids = new Set(dimension.subdimensions.map((s) => s.id));

      const count = indicatorCatalogue2020
        .filter((i) => ids.has(i.subdimension)).length;

      expect(count, dimension.id).to.be.at.least(3);
    }
  });

  it('tags each with a real sub-dimension, a unique id, valid fields',
    () => {
      const ids = indicatorCatalogue2020.map((i) => i.id);

      expect(new Set(ids).size).to.equal(ids.length);
      for (const indicator of indicatorCatalogue2020) {
        expect(known.has(indicator.subdimension), indicator.id)
          .to.equal(true);
        expect(IndicatorDefinitionSchema.safeParse(indicator).success,
          indicator.id).to.equal(true);
      }
    });
});

describe('blankIndicatorSet', () => {
  it('lists the catalogue with unknown values: a valid set, all null', () => {
    const set = blankIndicatorSet();

    const parsed = parseIndicatorSet(copy(set));
    const result = scoreResults(set);

    expect(set.indicators.length).to.equal(indicatorCatalogue2020.length);
    expect(parsed.ok).to.equal(true);
    expect(result.score).to.equal(null);
    expect(result.indicators.every((i) => i.reason === 'missing-data'))
      .to.equal(true);
  });

  it('carries the entity it is given', () => {
    const entity = { name: 'Buenavista', divipola: '63111' };

    expect(blankIndicatorSet(undefined, { entity }).entity)
      .to.deep.equal(entity);
  });
});
