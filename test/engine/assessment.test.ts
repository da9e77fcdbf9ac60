import { expect } from '@open-wc/testing';
import { csvParseRows, dsvFormat } from 'd3-dsv';
import {
  capacityAssessment,
  exportScore,
} from '../../src/engine/assessment.ts';
import { scoreCapacity } from '../../src/engine/capacity.ts';
import { capacityResultToCsv } from '../../src/engine/csv.ts';
import { levelOf } from '../../src/engine/levels.ts';
import { AssessmentSchema } from '../../src/engine/schema/assessment.ts';
import { safeParse } from '../../src/engine/schema/issues.ts';
import type { Model } from '../../src/engine/schema/model.ts';
import type { CapacityResponses } from '../../src/engine/schema/responses.ts';
import {
  axis,
  checklist,
  instrument,
  model,
  rubric,
} from './builders.ts';

function asked() {
  return instrument(6, [
    axis('alpha', [rubric('r1', 6), checklist('c1', [1, 2, 2, 2])]),
    axis('beta', [rubric('r2', 6)]),
    axis('gamma', [rubric('r3', 6)]),
  ]);
}

const responses: CapacityResponses = {
  r1: 5,
  'c1-s0': 'met',
  'c1-s1': 'met',
  'c1-s2': 'not-met',
  'c1-s3': 'not-met',
  r2: 2,
};

/** A model whose Spanish and English names differ. */
function bilingual(): Model {
  const base = model(6, ['alpha', 'beta', 'gamma']);
  return {
    ...base,
    levels: base.levels.map((info) => ({
      level: info.level,
      name: { es: `Nivel ${info.level}`, en: `Level ${info.level}` },
    })),
    axes: base.axes.map((a) => ({
      ...a,
      name: { es: `Eje ${a.id}`, en: `Axis ${a.id}` },
    })),
  };
}

describe('exportScore', () => {
  it('rounds to one decimal, as the level rule does, and keeps null', () => {
    expect(exportScore(1 + 1 / 3)).to.be.closeTo(1.3, 1e-12);
    expect(exportScore(2 / 3)).to.be.closeTo(0.7, 1e-12);
    expect(exportScore(2 + 1 / 22)).to.be.closeTo(2.0, 1e-12);
    expect(exportScore(6)).to.equal(6);
    expect(exportScore(null)).to.equal(null);
  });
});

describe('capacityAssessment', () => {
  it('gives an assessment that AssessmentSchema accepts', () => {
    const result = scoreCapacity(asked(), responses);

    const assessment = capacityAssessment({
      result,
      instrument: asked(),
      entity: { name: 'Municipio de Ejemplo', divipola: '05001' },
      measuredAt: '2026-11-30',
      responses,
    });

    const parsed = safeParse(AssessmentSchema, assessment);
    expect(parsed.ok ? [] : parsed.issues).to.deep.equal([]);
    expect(parsed.ok && parsed.value).to.deep.equal(assessment);
  });

  it('holds the capacity scores rounded, levels and null axes', () => {
    const result = scoreCapacity(asked(), responses);

    const assessment = capacityAssessment({
      result,
      instrument: asked(),
      entity: { name: 'Municipio de Ejemplo' },
      measuredAt: '2026-11-30',
    });

    const alpha = (5 + 1 + 1 / 3) / 2;
    const capacity = assessment.capacity;
    expect(capacity?.score)
      .to.be.closeTo(Math.round(((alpha + 2) / 2) * 10) / 10, 1e-12);
    expect(capacity?.level).to.equal(3);
    expect(capacity?.axes).to.deep.equal([
      { id: 'alpha', score: Math.round(alpha * 10) / 10, level: 4 },
      { id: 'beta', score: 2, level: 2 },
      { id: 'gamma', score: null, level: null },
    ]);
  });

  it('names the format, edition, entity, date and instrument', () => {
    const result = scoreCapacity(asked(), responses);

    const assessment = capacityAssessment({
      result,
      instrument: asked(),
      entity: { name: 'Municipio de Ejemplo', divipola: '25899' },
      measuredAt: '2026-11-30',
    });

    expect(assessment.format).to.equal('sctmm/assessment@1');
    expect(assessment.edition).to.equal('2020');
    expect(assessment.entity.divipola).to.equal('25899');
    expect(assessment.measuredAt).to.equal('2026-11-30');
    expect(assessment.instrument).to.deep.equal({
      id: 'test-instrument',
      version: '1',
    });
    expect(assessment.perception).to.equal(null);
    expect(assessment.results).to.equal(null);
  });

  it('holds the responses only when given', () => {
    const result = scoreCapacity(asked(), responses);
    const input = {
      result,
      instrument: asked(),
      entity: { name: 'Municipio de Ejemplo' },
      measuredAt: '2026-11-30',
    };

    const without = capacityAssessment(input);
    const withResponses = capacityAssessment({ ...input, responses });

    expect('responses' in without).to.equal(false);
    expect(withResponses.responses).to.deep.equal(responses);
  });

  it('gives levels that its own rounded scores give back', () => {
    const levels = [1, 2, ...Array.from({ length: 22 }, () => 3)];
    const asked = instrument(6, [axis('alpha', [checklist('c1', levels)])]);
    const answers: CapacityResponses = {
      'c1-s0': 'met',
      'c1-s1': 'met',
      'c1-s2': 'met',
    };
    const result = scoreCapacity(asked, answers);

    const assessment = capacityAssessment({
      result,
      instrument: asked,
      entity: { name: 'Municipio de Ejemplo' },
      measuredAt: '2026-11-30',
    });

    expect(result.score).to.be.closeTo(2 + 1 / 22, 1e-12);
    const capacity = assessment.capacity!;
    expect(capacity.level).to.equal(levelOf(capacity.score, 6));
    for (const part of capacity.axes) {
      expect(part.level).to.equal(levelOf(part.score, 6));
    }
  });

  it('is accepted with nothing answered', () => {
    const result = scoreCapacity(asked(), {});

    const assessment = capacityAssessment({
      result,
      instrument: asked(),
      entity: { name: 'Municipio de Ejemplo' },
      measuredAt: '2026-11-30',
    });

    expect(assessment.capacity?.score).to.equal(null);
    expect(safeParse(AssessmentSchema, assessment).ok).to.equal(true);
  });
});

const parseSemicolonRows = (csv: string) => dsvFormat(';').parseRows(csv);

/** One decimal with a decimal comma, as Colombian spreadsheets read. */
function comma(value: number): string {
  return point(value).replace('.', ',');
}

/** One decimal with a decimal point. */
function point(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

describe('capacityResultToCsv', () => {
  it('writes Spanish rows with ";" and decimal commas by default', () => {
    const result = scoreCapacity(asked(), responses);

    const csv = capacityResultToCsv(result, asked(), bilingual());

    const alpha = (5 + 1 + 1 / 3) / 2;
    const overall = (alpha + 2) / 2;
    expect(parseSemicolonRows(csv)).to.deep.equal([
      ['tipo', 'id', 'nombre', 'puntaje', 'nivel', 'nombre del nivel'],
      ['total', '', '', comma(overall), '3', 'Nivel 3'],
      ['eje', 'alpha', 'Eje alpha', comma(alpha), '4', 'Nivel 4'],
      ['capacidad', 'r1', 'Title r1', '5,0', '5', 'Nivel 5'],
      ['capacidad', 'c1', 'Title c1', comma(1 + 1 / 3), '2', 'Nivel 2'],
      ['eje', 'beta', 'Eje beta', '2,0', '2', 'Nivel 2'],
      ['capacidad', 'r2', 'Title r2', '2,0', '2', 'Nivel 2'],
      ['eje', 'gamma', 'Eje gamma', '', '', ''],
      ['capacidad', 'r3', 'Title r3', '', '', ''],
    ]);
  });

  it('writes English rows with "," and decimal points', () => {
    const result = scoreCapacity(asked(), responses);

    const csv = capacityResultToCsv(result, asked(), bilingual(), 'en');

    const alpha = (5 + 1 + 1 / 3) / 2;
    const overall = (alpha + 2) / 2;
    expect(csvParseRows(csv)).to.deep.equal([
      ['kind', 'id', 'name', 'score', 'level', 'level name'],
      ['overall', '', '', point(overall), '3', 'Level 3'],
      ['axis', 'alpha', 'Axis alpha', point(alpha), '4', 'Level 4'],
      ['capacity', 'r1', 'Title r1', '5.0', '5', 'Level 5'],
      ['capacity', 'c1', 'Title c1', point(1 + 1 / 3), '2', 'Level 2'],
      ['axis', 'beta', 'Axis beta', '2.0', '2', 'Level 2'],
      ['capacity', 'r2', 'Title r2', '2.0', '2', 'Level 2'],
      ['axis', 'gamma', 'Axis gamma', '', '', ''],
      ['capacity', 'r3', 'Title r3', '', '', ''],
    ]);
  });

  it('round-trips titles with commas, quotes and line breaks', () => {
    const tricky = asked();
    tricky.axes[1]!.capacities[0]!.title = {
      es: 'Datos; "abiertos"\ny más',
      en: 'Data, "open"\nand more',
    };
    const result = scoreCapacity(tricky, responses);

    const es = capacityResultToCsv(result, tricky, bilingual());
    const en = capacityResultToCsv(result, tricky, bilingual(), 'en');

    const esRows = parseSemicolonRows(es);
    const enRows = csvParseRows(en);
    const count = 1 + 1 + (1 + 2) + (1 + 1) + (1 + 1);
    expect(esRows).to.have.length(count);
    expect(enRows).to.have.length(count);
    expect(esRows[6]?.[2]).to.equal('Datos; "abiertos"\ny más');
    expect(enRows[6]?.[2]).to.equal('Data, "open"\nand more');
  });

  it('names an axis the model lacks by its id', () => {
    const result = scoreCapacity(asked(), responses);

    const csv = capacityResultToCsv(
      result,
      asked(),
      model(6, ['alpha', 'beta']),
    );

    expect(parseSemicolonRows(csv)[7]?.[2]).to.equal('gamma');
  });
});
