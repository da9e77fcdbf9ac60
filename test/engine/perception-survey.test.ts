import { expect } from '@open-wc/testing';
import {
  defaultModel,
  defaultSurvey,
  perceptionSurvey2020,
} from '../../src/engine/model/index.ts';
import {
  AGREEMENT_SCALES,
  agreementLabels,
  DONT_KNOW_LABEL,
  SEGMENT_LABELS,
} from '../../src/engine/perception-labels.ts';
import { parseSurvey } from '../../src/engine/perception.ts';
import { SEGMENT_KEYS } from '../../src/engine/schema/perception.ts';
import { tinySurvey } from './perception-builders.ts';

const subdimensionIds = defaultModel.dimensions.flatMap((dimension) =>
  dimension.subdimensions.map((sub) => sub.id));

describe('defaultSurvey', () => {
  it('is the 2020 perception survey and parses cleanly', () => {
    const result = parseSurvey(JSON.parse(JSON.stringify(defaultSurvey)));

    expect(defaultSurvey).to.equal(perceptionSurvey2020);
    expect(defaultSurvey).to.include(
      { format: 'sctmm/survey@1', id: 'perception-2020', version: '1' });
    expect(result.ok).to.equal(true);
  });

  it('asks about every one of the 29 sub-dimensions', () => {
    const asked = new Set(defaultSurvey.statements.map((s) => s.subdimension));

    expect(subdimensionIds).to.have.length(29);
    expect([...asked]).to.have.members(subdimensionIds);
    expect(defaultSurvey.statements.length).to.be.within(29, 50);
  });

  it('names statements with unique ids after their sub-dimension', () => {
    const ids = defaultSurvey.statements.map((s) => s.id);

    expect(new Set(ids).size).to.equal(ids.length);
    for (const { id, subdimension } of defaultSurvey.statements) {
      expect(id).to.match(new RegExp(`^${subdimension}-\\d+$`));
    }
  });

  it('words every statement in Spanish and in English, short', () => {
    for (const { id, text } of defaultSurvey.statements) {
      expect(text.es, id).to.match(/\S/);
      expect(text.en, id).to.match(/\S/);
      expect(text.es, id).to.not.equal(text.en);
      expect(text.es.length, id).to.be.at.most(120);
      expect(text.en.length, id).to.be.at.most(120);
    }
  });

  it('has a title and says it collects no personal data', () => {
    const { title, intro } = defaultSurvey;

    expect(title.es).to.match(/\S/);
    expect(title.en).to.match(/\S/);
    expect(intro?.es).to.include('ningún dato personal');
    expect(intro?.en).to.include('no personal data');
  });
});

describe('agreementLabels', () => {
  it('names the six points from strong disagreement to agreement', () => {
    expect(agreementLabels(6, 'es')).to.deep.equal([
      'Totalmente en desacuerdo', 'En desacuerdo', 'Algo en desacuerdo',
      'Algo de acuerdo', 'De acuerdo', 'Totalmente de acuerdo',
    ]);
    expect(agreementLabels(6, 'en')).to.deep.equal([
      'Strongly disagree', 'Disagree', 'Somewhat disagree',
      'Somewhat agree', 'Agree', 'Strongly agree',
    ]);
  });

  it('names five points with a neutral middle', () => {
    expect(agreementLabels(5, 'es')).to.deep.equal([
      'Totalmente en desacuerdo', 'En desacuerdo',
      'Ni de acuerdo ni en desacuerdo', 'De acuerdo',
      'Totalmente de acuerdo',
    ]);
    expect(agreementLabels(5, 'en')[2]).to.equal(
      'Neither agree nor disagree');
  });

  it('names the endpoints and numbers the middle of other scales', () => {
    expect(agreementLabels(4, 'en')).to.deep.equal(
      ['Strongly disagree', '2', '3', 'Strongly agree']);
    expect(agreementLabels(2, 'es')).to.deep.equal(
      ['Totalmente en desacuerdo', 'Totalmente de acuerdo']);
    expect(agreementLabels(7, 'es')).to.have.length(7);
  });

  it('prefers the survey\'s own wording when it fits the scale', () => {
    const own = ['Nada', 'Poco', 'Algo', 'Bastante', 'Mucho'].map(
      (es) => ({ es, en: `${es} (en)` }));
    const survey = { ...tinySurvey(), agreement: own };

    expect(agreementLabels(5, 'es', survey)).to.deep.equal(
      ['Nada', 'Poco', 'Algo', 'Bastante', 'Mucho']);
    expect(agreementLabels(6, 'es', survey)[0]).to.equal(
      'Totalmente en desacuerdo');
  });

  it('throws a RangeError for fewer than 2 points', () => {
    expect(() => agreementLabels(1, 'es')).to.throw(RangeError);
    expect(() => agreementLabels(Number.NaN, 'es')).to.throw(RangeError);
  });
});

describe('perception labels', () => {
  it('word "don\'t know" in both languages', () => {
    expect(DONT_KNOW_LABEL).to.deep.equal({ es: 'No sé', en: "Don't know" });
  });

  it('name every segment key in both languages', () => {
    expect(Object.keys(SEGMENT_LABELS)).to.have.members([...SEGMENT_KEYS]);
    expect(SEGMENT_LABELS.public).to.deep.equal(
      { es: 'Sector público', en: 'Public sector' });
    expect(SEGMENT_LABELS['civil-society'].es).to.equal('Sociedad civil');
  });

  it('give each named scale one text per point', () => {
    expect(AGREEMENT_SCALES[5]).to.have.length(5);
    expect(AGREEMENT_SCALES[6]).to.have.length(6);
  });
});
