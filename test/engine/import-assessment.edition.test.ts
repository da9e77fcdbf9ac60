import { expect } from '@open-wc/testing';
import { importAssessment } from '../../src/engine/import-assessment.ts';
import { model2020, model2021 } from '../../src/engine/model/index.ts';
import type { Model } from '../../src/engine/schema/model.ts';
import { capacityOnly, complete } from './assessment-builders.ts';

/** A 2021 assessment: five levels, axes scored 1, 2, 3, 4 and 5. */
function of2021() {
  const given = { ...capacityOnly(), edition: '2021' };
  given.capacity!.axes.forEach((axis, i) => {
    axis.score = i + 1;
    axis.level = i + 1;
  });
  given.capacity!.score = 3;
  given.capacity!.level = 3;
  return given;
}

/** A made-up later edition with the 2020 scale and parts. */
const twin: Model = { ...model2020, edition: '2020-b' };

describe('importAssessment: editions', () => {
  it('reads an assessment in its own edition when none is asked for', () => {
    const result = importAssessment(of2021());

    expect(result).to.deep.equal({ ok: true, value: of2021(), notes: [] });
  });

  it('reads an assessment of the edition asked for as it is', () => {
    const result = importAssessment(complete(), { edition: '2020' });

    expect(result).to.deep.equal({ ok: true, value: complete(), notes: [] });
  });

  it('refuses to put a 5-level assessment on the 6-level scale, and ' +
    'says why', () => {
    const result = importAssessment(of2021(), { edition: '2020' });

    expect(result).to.deep.include({
      ok: false,
      code: 'edition',
      edition: '2021',
      target: '2020',
      barrier: { why: 'levels', from: 5, to: 6 },
    });
    expect(result.ok || result.reason).to.equal('edition 2021 scores on 5 ' +
      'levels and edition 2020 on 6: a score cannot move to another ' +
      'scale without changing what its level means');
  });

  it('refuses to put a 6-level assessment on the 5-level scale', () => {
    const result = importAssessment(capacityOnly(), { edition: '2021' });

    expect(result).to.deep.include({ ok: false, code: 'edition',
      barrier: { why: 'levels', from: 6, to: 5 } });
  });

  it('carries an assessment over to an edition with the same scale and ' +
    'parts', () => {
    const models = { '2020': model2020, '2020-b': twin };

    const result = importAssessment(complete(), { edition: '2020-b',
      models });

    expect(result).to.deep.equal({
      ok: true,
      value: { ...complete(), edition: '2020-b' },
      notes: [],
      migratedFrom: '2020',
    });
  });

  it('names the parts an edition lacks', () => {
    const lean: Model = { ...twin, axes: model2020.axes.slice(1) };
    const models = { '2020': model2020, '2020-b': lean };

    const result = importAssessment(capacityOnly(), { edition: '2020-b',
      models });

    expect(result).to.deep.include({ ok: false, code: 'edition',
      barrier: { why: 'parts', ids: ['institutionality-innovation'] } });
    expect(result.ok || result.reason).to.equal('edition 2020-b has no ' +
      'part "institutionality-innovation", which edition 2020 scores');
  });

  it('names an edition the library does not know', () => {
    const result = importAssessment({ ...capacityOnly(), edition: '2019' });

    expect(result).to.deep.include({ ok: false, code: 'unknown-edition',
      edition: '2019' });
    expect(result.ok || result.reason).to.match(/known: 2020, 2021$/);
  });

  it('throws when asked for an edition it does not have', () => {
    expect(() => importAssessment(capacityOnly(), { edition: '1999' }))
      .to.throw(RangeError, /no model of edition "1999"/);
  });

  it('uses the levels of the 2021 scale for a 2021 assessment', () => {
    const given = of2021();
    given.capacity!.axes[4]!.level = 4;

    const result = importAssessment(given);

    expect(result.ok && result.value.capacity!.axes[4]!.level).to.equal(5);
    expect(model2021.levels).to.have.length(5);
  });
});
