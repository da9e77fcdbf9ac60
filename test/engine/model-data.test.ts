import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scoreCapacity } from '../../src/engine/capacity.ts';
import { dsvFormat } from 'd3-dsv';
import { capacityResultToCsv } from '../../src/engine/csv.ts';
import { instrumentItems } from '../../src/engine/items.ts';
import {
  capacityInstrument2020,
  defaultInstrument,
  defaultModel,
  model2020,
  model2021,
} from '../../src/engine/model/index.ts';
import {
  parseInstrument,
  parseModel,
} from '../../src/engine/parse-instrument.ts';
import type { Instrument } from '../../src/engine/schema/instrument.ts';
import type {
  Answer,
  CapacityResponses,
} from '../../src/engine/schema/responses.ts';
import { axis, checklist, instrument, rubric } from './builders.ts';

const axisIds = [
  'institutionality-innovation',
  'digital-infrastructure-interoperability',
  'leadership-human-capital',
  'technology-standards',
  'analytics-data-management',
];

/** The Spanish names of the 2020 sub-dimensions, by dimension id. */
const subdimensionNames: Record<string, string[]> = {
  people: [
    'Sociedad incluyente', 'Educación', 'Cultura ciudadana', 'Equidad',
    'Cohesión social',
  ],
  governance: [
    'Gobierno abierto', 'Gobernanza multinivel', 'Participación ciudadana',
    'Colaboración entre ciudades y territorios', 'Gobierno digital',
  ],
  'quality-of-life': ['Bienestar', 'Seguridad', 'Salud', 'Ocio'],
  'economic-development': [
    'Emprendimiento e innovación', 'Economía del conocimiento',
    'Transformación digital', 'Entorno productivo y competitivo',
    'Economía circular', 'Empleo',
  ],
  environment: [
    'Gestión de recursos', 'Calidad ambiental', 'Gestión de riesgos',
    'Gestión de residuos', 'Cambio climático',
  ],
  habitat: [
    'Servicios públicos', 'Infraestructuras inteligentes',
    'Movilidad inteligente', 'Gestión del espacio público',
  ],
};

/** Kebab case of a Spanish name without accents. */
function kebab(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '-');
}

/** Every item of `asked` answered the same way. */
function answerAll(
  asked: Instrument,
  answer: (kind: 'rubric' | 'checklist') => Answer,
): CapacityResponses {
  return Object.fromEntries(
    instrumentItems(asked).map((item) => [item.id, answer(item.kind)]),
  );
}

describe('model2020', () => {
  it('has six levels named Básico to Optimizado', () => {
    const names = model2020.levels.map((info) => info.name.es);

    expect(names).to.deep.equal([
      'Básico', 'Aislado', 'Coordinado', 'Conectado', 'Integrado',
      'Optimizado',
    ]);
    expect(model2020.levels.map((info) => info.level))
      .to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it('has the six dimensions of the architecture', () => {
    const ids = model2020.dimensions.map((d) => d.id);

    expect(ids).to.have.members(Object.keys(subdimensionNames));
    expect(ids).to.have.length(6);
  });

  it('has 29 sub-dimensions with unique ids', () => {
    const ids = model2020.dimensions.flatMap((d) =>
      d.subdimensions.map((s) => s.id),
    );

    expect(ids).to.have.length(5 + 5 + 4 + 6 + 5 + 4);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('names sub-dimensions by their Spanish names in kebab case', () => {
    const found = Object.fromEntries(
      model2020.dimensions.map((d) => [
        d.id,
        d.subdimensions.map((s) => s.id),
      ]),
    );

    for (const [dimension, names] of Object.entries(subdimensionNames)) {
      expect(found[dimension], dimension)
        .to.have.members(names.map(kebab));
    }
  });

  it('has the five enabling axes of the architecture', () => {
    const ids = model2020.axes.map((a) => a.id);

    expect(ids).to.have.members(axisIds);
    expect(ids).to.have.length(5);
  });

  it('has three scales of six descriptors', () => {
    const scales = model2020.scales;

    expect(Object.keys(scales)).to.have.members([
      'perception', 'results', 'capacity',
    ]);
    expect(scales.perception).to.have.length(6);
    expect(scales.results).to.have.length(6);
    expect(scales.capacity).to.have.length(6);
  });

  it('passes parseModel', () => {
    const result = parseModel(model2020);

    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('is the default model', () => {
    expect(defaultModel).to.equal(model2020);
  });
});

describe('model2021', () => {
  it('has five levels and scales of five', () => {
    expect(model2021.levels.map((info) => info.level))
      .to.deep.equal([1, 2, 3, 4, 5]);
    expect(model2021.scales.perception).to.have.length(5);
    expect(model2021.scales.results).to.have.length(5);
    expect(model2021.scales.capacity).to.have.length(5);
  });

  it('keeps the axes of 2020', () => {
    expect(model2021.axes.map((a) => a.id)).to.have.members(axisIds);
  });

  it('passes parseModel', () => {
    const result = parseModel(model2021);

    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });
});

describe('defaultInstrument', () => {
  it('is the 2020 capacity instrument', () => {
    expect(defaultInstrument).to.equal(capacityInstrument2020);
  });

  it('passes parseInstrument against model2020 with no issues', () => {
    const result = parseInstrument(defaultInstrument, model2020);

    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('asks at least three capacities on each of the five axes', () => {
    const axes = defaultInstrument.axes;

    expect(axes.map((a) => a.id)).to.have.members(axisIds);
    for (const asked of axes) {
      expect(asked.capacities.length, asked.id).to.be.at.least(3);
    }
  });

  it('is refused by the 5-level model2021', () => {
    const result = parseInstrument(defaultInstrument, model2021);

    expect(result.ok ? [] : result.issues.map((i) => i.path))
      .to.deep.equal(['levels']);
  });

  it('scores k everywhere when every rubric is answered k', () => {
    for (let k = 1; k <= 6; k++) {
      const responses = answerAll(defaultInstrument, () => k);

      const result = scoreCapacity(defaultInstrument, responses);

      expect(result.score, `answered ${k}`).to.be.closeTo(k, 1e-9);
      expect(result.level).to.equal(k);
      expect(result.missing).to.deep.equal([]);
      for (const scoredAxis of result.axes) {
        expect(scoredAxis.level).to.equal(k);
      }
    }
  });

  it('names the level in the CSV with the model\'s level names', () => {
    const responses = answerAll(defaultInstrument, () => 3);
    const result = scoreCapacity(defaultInstrument, responses);

    const csv = capacityResultToCsv(result, defaultInstrument, model2020);

    expect(dsvFormat(';').parseRows(csv)[1])
      .to.deep.equal(['total', '', '', '3,0', '3', 'Coordinado']);
  });
});

describe('the example checklist instrument', () => {
  async function load(): Promise<unknown> {
    const response = await fetch('/examples/checklist-instrument.json');
    expect(response.ok).to.equal(true);
    return response.json();
  }

  it('passes parseInstrument against model2020', async () => {
    const data = await load();

    const result = parseInstrument(data, model2020);

    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('scores a response set with the staged rule', async () => {
    const parsed = parseInstrument(await load(), model2020);
    if (!parsed.ok) throw new Error('the example does not parse');
    const asked = parsed.value;
    const responses: CapacityResponses = {
      'ii-arch-1': 'met',
      'ii-arch-2': 'met',
      'ii-arch-3': 'met',
      'ii-arch-4': 'not-met',
      ...Object.fromEntries(
        ['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => [
          `di-ix-${n}`,
          'met',
        ]),
      ),
      'lh-skills-1': 'not-met',
      'lh-skills-2': 'met',
      'ts-iot-1': 'met',
      'ts-iot-2': 'met',
      'ts-iot-3': 'met',
      'ts-iot-4': 'na',
      'ts-iot-5': 'met',
      'ts-iot-6': 'not-met',
      ...Object.fromEntries(
        ['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => [
          `ad-open-${n}`,
          'na',
        ]),
      ),
    };

    const result = scoreCapacity(asked, responses);

    expect(asked.checklistRule).to.equal('staged');
    expect(asked.axes.map((a) => a.capacities.map((c) =>
      c.kind === 'checklist' ? c.statements.map((s) => s.level) : [],
    ))).to.deep.equal([
      [[1, 2, 3, 3, 4, 5, 6]],
      [[1, 2, 3, 4, 4, 5, 5, 6]],
      [[1, 2, 3, 4, 4, 5, 6]],
      [[1, 1, 3, 3, 4, 5, 6]],
      [[1, 2, 3, 4, 4, 5, 5, 6]],
    ]);
    expect(result.axes.map((a) => a.score)).to.deep.equal([
      2 + 1 / 2, 6, 0 + 0 / 1, 4 + 0 / 1, null,
    ]);
    expect(result.missing).to.deep.equal(['analytics-data-management']);
    expect(result.score).to.be.closeTo((2.5 + 6 + 0 + 4) / 4, 1e-9);
    expect(result.level).to.equal(4);
  });
});

describe('a 5-level instrument against model2021', () => {
  function fiveLevel(): Instrument {
    return instrument(5, model2021.axes.map((a, i) =>
      axis(a.id, [
        rubric(`${a.id}-r`, 5),
        checklist(`${a.id}-c`, [1, 2, 3, 4, 5].slice(0, i + 1)),
      ]),
    ));
  }

  it('passes parseInstrument', () => {
    const result = parseInstrument(fiveLevel(), model2021);

    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('is refused by the 6-level model2020', () => {
    const result = parseInstrument(fiveLevel(), model2020);

    expect(result.ok ? [] : result.issues.map((i) => i.path))
      .to.deep.equal(['levels']);
  });

  it('gives levels in 1..5 for any answers', () => {
    const asked = fiveLevel();
    const items = instrumentItems(asked);
    const answers = fc.tuple(...items.map((item) =>
      item.kind === 'rubric'
        ? fc.constantFrom<Answer>(1, 2, 3, 4, 5, 'na')
        : fc.constantFrom<Answer>('met', 'not-met', 'na'),
    ));

    fc.assert(
      fc.property(answers, (list) => {
        const responses = Object.fromEntries(
          list.map((answer, i) => [items[i]!.id, answer]),
        );

        const result = scoreCapacity(asked, responses);

        const parts = [result, ...result.axes];
        for (const part of parts) {
          if (part.level === null) continue;
          expect(part.level).to.be.within(1, 5);
          expect(part.score).to.be.within(0, 5);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('scores every item met or level 5 as 5', () => {
    const asked = fiveLevel();
    const responses = answerAll(asked, (kind) =>
      kind === 'rubric' ? 5 : 'met',
    );

    const result = scoreCapacity(asked, responses);

    expect(result.score).to.equal(5);
    expect(result.level).to.equal(5);
  });
});
