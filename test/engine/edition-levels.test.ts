import { expect } from '@open-wc/testing';
import {
  editionLevels,
  levelsForEdition,
} from '../../src/engine/edition-levels.ts';
import { editions } from '../../src/engine/editions.ts';

describe('editionLevels', () => {
  it('names the same editions as editions', () => {
    expect(Object.keys(editionLevels))
      .to.have.members(Object.keys(editions));
  });

  it('holds the very level lists of each edition’s model', () => {
    for (const [name, model] of Object.entries(editions)) {
      expect(editionLevels[name]).to.equal(model.levels);
    }
  });
});

describe('levelsForEdition', () => {
  it('gives six levels for 2020 and five for 2021', () => {
    expect(levelsForEdition('2020')?.length).to.equal(6);
    expect(levelsForEdition('2021')?.length).to.equal(5);
  });

  it('gives undefined for an edition it lacks or an inherited name', () => {
    const names = ['2019', '', 'toString', '__proto__', 'constructor'];

    const found = names.map((name) => levelsForEdition(name));

    expect(found).to.deep.equal(names.map(() => undefined));
  });
});
