import { expect } from '@open-wc/testing';
import { editions, modelForEdition } from '../../src/engine/editions.ts';
import { model2020, model2021 } from '../../src/engine/model/index.ts';

describe('modelForEdition', () => {
  it('gives the model of each shipped edition', () => {
    expect(modelForEdition('2020')).to.equal(model2020);
    expect(modelForEdition('2021')).to.equal(model2021);
  });

  it('gives undefined for an edition it lacks', () => {
    expect(modelForEdition('2019')).to.equal(undefined);
    expect(modelForEdition('')).to.equal(undefined);
  });

  it('gives undefined for names inherited by every object', () => {
    const names = ['toString', 'constructor', '__proto__', 'hasOwnProperty'];

    const found = names.map((name) => modelForEdition(name));

    expect(found).to.deep.equal([undefined, undefined, undefined, undefined]);
  });
});

describe('editions', () => {
  it('lists the 2020 and 2021 editions by their own edition name', () => {
    const entries = Object.entries(editions);

    expect(entries.map(([name]) => name)).to.have.members(['2020', '2021']);
    for (const [name, model] of entries) {
      expect(model.edition).to.equal(name);
    }
  });
});
