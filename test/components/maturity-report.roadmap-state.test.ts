import { expect } from '@open-wc/testing';
import {
  pickRoadmap,
} from '../../src/components/maturity-report/internal/roadmap-state.ts';
import type { Roadmap } from '../../src/engine/schema/roadmap.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function dated(updatedAt: string | undefined, step = 'strategy'): Roadmap {
  return { ...(updatedAt ? { updatedAt } : {}), steps: { [step]: 'done' } };
}

describe('pickRoadmap', () => {
  it('takes the newer of the file\'s and the saved one', () => {
    const file = dated('2026-11-30T00:00:00Z', 'baseline');
    const saved = dated('2026-11-01T00:00:00Z');

    expect(pickRoadmap(file, { roadmap: saved }, false, NOW)).to.equal(file);
    expect(pickRoadmap(saved, { roadmap: file }, false, NOW)).to.equal(file);
  });

  it('counts a time in the future as now, so that it never beats a ' +
    'change made later', () => {
    const future = dated('2999-01-01T00:00:00Z', 'baseline');
    const later = dated(new Date(NOW).toISOString());
    const earlier = dated('2026-11-01T00:00:00Z');

    expect(pickRoadmap(future, { roadmap: later }, false, NOW))
      .to.equal(later);
    expect(pickRoadmap(future, { roadmap: earlier }, false, NOW))
      .to.equal(future);
  });

  it('keeps two times in the future as a tie, which the saved one wins',
    () => {
      const file = dated('2999-01-01T00:00:00Z', 'baseline');
      const saved = dated('2998-01-01T00:00:00Z');

      expect(pickRoadmap(file, { roadmap: saved }, false, NOW))
        .to.equal(saved);
    });

  it('keeps changes the user made after loading this very file, ' +
    'whatever its date', () => {
    const file = dated('2999-01-01T00:00:00Z', 'baseline');
    const saved = dated('2026-01-01T00:00:00Z');

    const picked = pickRoadmap(file,
      { roadmap: saved, basedOn: '2999-01-01T00:00:00Z' }, false, NOW);

    expect(picked).to.equal(saved);
  });

  it('takes a file the user imported, and an undated one only alone',
    () => {
      const file = dated(undefined, 'baseline');
      const saved = dated('2026-11-01T00:00:00Z');

      expect(pickRoadmap(file, { roadmap: saved }, true, NOW))
        .to.equal(file);
      expect(pickRoadmap(file, { roadmap: saved }, false, NOW))
        .to.equal(saved);
      expect(pickRoadmap(file, undefined, false, NOW)).to.equal(file);
      expect(pickRoadmap(undefined, undefined, false, NOW))
        .to.deep.equal({ steps: {} });
    });
});
