import { expect } from '@open-wc/testing';
import {
  ASSESSMENT_VERSION,
  formatStanding,
} from '../../src/engine/assessment-format.ts';

describe('formatStanding', () => {
  it('recognizes the version this library reads', () => {
    expect(formatStanding({ format: 'sctmm/assessment@1' }))
      .to.deep.equal({ status: 'current' });
    expect(ASSESSMENT_VERSION).to.equal(1);
  });

  it('tells older and newer versions apart, with their number', () => {
    const tags = ['sctmm/assessment@0', 'sctmm/assessment@2',
      'sctmm/assessment@10'];

    const standings = tags.map((format) => formatStanding({ format }));

    expect(standings).to.deep.equal([
      { status: 'older', version: 0 },
      { status: 'newer', version: 2 },
      { status: 'newer', version: 10 },
    ]);
  });

  it('names another kind of document by its tag', () => {
    const tags = ['sctmm/index-snapshot@1', 'sctmm/assessment', 'otro'];

    const standings = tags.map((format) => formatStanding({ format }));

    expect(standings).to.deep.equal(tags.map((found) =>
      ({ status: 'other', found })));
  });

  it('finds no tag in a document without one, or that is no object',
    () => {
      const values = [{}, { format: 1 }, [], 'sctmm/assessment@1', null,
        undefined, 3];

      const standings = values.map((value) => formatStanding(value));

      expect(standings).to.deep.equal(values.map(() =>
        ({ status: 'none' })));
    });
});
