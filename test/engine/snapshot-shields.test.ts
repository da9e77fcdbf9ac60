import { expect } from '@open-wc/testing';
import type {
  IndexSnapshot,
} from '../../src/engine/schema/index-snapshot.ts';
import {
  LEVEL_COLORS,
  isPartial,
  levelBand,
  levelColor,
  toShieldsEndpoint,
} from '../../src/engine/shields.ts';

function snapshot(
  index = { score: 3.8, level: 4 },
  extra: Partial<IndexSnapshot> = {},
): IndexSnapshot {
  return {
    format: 'sctmm/index-snapshot@1',
    entity: { name: 'Alcaldía de Ejemplo' },
    edition: '2020',
    measuredAt: new Date().toISOString().slice(0, 10),
    index,
    ...extra,
  };
}

/** The WCAG contrast of a `#rrggbb` colour with white. */
function contrastWithWhite(hex: string): number {
  const [r, g, b] = hex.slice(1).match(/../g)!.map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

describe('toShieldsEndpoint', () => {
  it('writes schema version 1, label, message and colour in Spanish',
    () => {
      const endpoint = toShieldsEndpoint(snapshot());

      expect(endpoint).to.deep.equal({
        schemaVersion: 1,
        label: 'Índice CTI',
        message: 'Nivel 4 · 3,8',
        color: '#2e7d32',
      });
    });

  it('writes English with a decimal point', () => {
    const endpoint = toShieldsEndpoint(snapshot(), 'en');

    expect(endpoint.label).to.equal('SCT index');
    expect(endpoint.message).to.equal('Level 4 · 3.8');
  });

  it('writes whole scores with one decimal', () => {
    const endpoint = toShieldsEndpoint(snapshot({ score: 6, level: 6 }));

    expect(endpoint.message).to.equal('Nivel 6 · 6,0');
    expect(endpoint.color).to.equal('#004884');
  });

  it('says when the index is partial', () => {
    const partial = snapshot({ score: 3.4, level: 4 }, {
      parts: { perception: null, capacity: { score: 3.4, level: 4 } },
    });

    expect(toShieldsEndpoint(partial).message)
      .to.equal('Nivel 4 · 3,4 · parcial');
    expect(toShieldsEndpoint(partial, 'en').message)
      .to.equal('Level 4 · 3.4 · partial');
  });

  it('colours a 2021 snapshot by its 5-level scale', () => {
    const top = snapshot({ score: 4.5, level: 5 }, { edition: '2021' });

    expect(toShieldsEndpoint(top).color).to.equal(LEVEL_COLORS[5]);
  });
});

describe('toShieldsEndpoint with bad or old snapshots', () => {
  it('throws, listing the issues, rather than publish a wrong badge', () => {
    const wrongLevel = snapshot({ score: 5.5, level: 2 });

    const attempts = [wrongLevel, null, { index: { score: 'alto' } }]
      .map((bad) => () => toShieldsEndpoint(bad));

    expect(attempts[0]).to.throw(RangeError, 'index.level: expected 6');
    expect(attempts[1]).to.throw(RangeError, 'not a valid index snapshot');
    expect(attempts[2]).to.throw(RangeError, 'format');
  });

  it('says "desactualizado" in grey once the measurement is older than ' +
    'maxAge days', () => {
    const measured = snapshot(undefined, { measuredAt: '2024-01-10' });
    const now = new Date('2025-02-14T12:00:00Z');

    const old = toShieldsEndpoint(measured, 'es', { now });
    const fresh = toShieldsEndpoint(measured, 'es', { now, maxAge: 500 });

    expect(old.message).to.equal('Nivel 4 · 3,8 · desactualizado');
    expect(old.color).to.equal('#595959');
    expect(fresh.message).to.equal('Nivel 4 · 3,8');
    expect(fresh.color).to.equal(LEVEL_COLORS[3]);
  });
});

describe('isPartial', () => {
  it('is true only when parts are listed and one is missing', () => {
    const part = { score: 3, level: 3 };

    expect(isPartial(snapshot())).to.equal(false);
    expect(isPartial(snapshot(undefined, { parts: {
      perception: part, results: part, capacity: part } }))).to.equal(false);
    expect(isPartial(snapshot(undefined, { parts: {
      perception: part, results: null, capacity: part } }))).to.equal(true);
    expect(isPartial(snapshot(undefined, { parts: {
      perception: part, capacity: part } }))).to.equal(true);
  });
});

describe('levelColor', () => {
  it('gives each of the six levels its own colour', () => {
    const colors = [1, 2, 3, 4, 5, 6].map((level) => levelColor(level, 6));

    expect(colors).to.deep.equal([...LEVEL_COLORS]);
    expect(new Set(colors).size).to.equal(6);
  });

  it('spreads five levels from the first band to the last', () => {
    const bands = [1, 2, 3, 4, 5].map((level) => levelBand(level, 5));

    expect(bands).to.deep.equal([1, 2, 4, 5, 6]);
  });

  it('keeps white text readable on every colour (WCAG AA, 4.5:1)', () => {
    for (const color of LEVEL_COLORS) {
      expect(contrastWithWhite(color), color).to.be.at.least(4.5);
    }
  });
});
