import type {
  Capacity,
  ChecklistCapacity,
  ChecklistRule,
  Instrument,
  InstrumentAxis,
  RubricCapacity,
} from '../../src/engine/schema/instrument.ts';
import type { Model } from '../../src/engine/schema/model.ts';

/** A localized text that reads the same in both languages. */
export function text(value: string) {
  return { es: value, en: value };
}

/** A rubric capacity with one option per level, 1..`levels`. */
export function rubric(
  id: string,
  levels: number,
  weight?: number,
): RubricCapacity {
  return {
    kind: 'rubric',
    id,
    title: text(`Title ${id}`),
    question: text(`Question ${id}`),
    ...(weight === undefined ? {} : { weight }),
    options: Array.from({ length: levels }, (_, i) => ({
      level: i + 1,
      text: text(`Option ${i + 1}`),
    })),
  };
}

/**
 * A checklist capacity whose statements have the given levels; statement
 * `i` is named `${id}-s${i}`.
 */
export function checklist(
  id: string,
  statementLevels: number[],
  weight?: number,
): ChecklistCapacity {
  return {
    kind: 'checklist',
    id,
    title: text(`Title ${id}`),
    ...(weight === undefined ? {} : { weight }),
    statements: statementLevels.map((level, i) => ({
      id: `${id}-s${i}`,
      level,
      text: text(`Statement ${i} of ${id}`),
    })),
  };
}

export function axis(id: string, capacities: Capacity[]): InstrumentAxis {
  return { id, capacities };
}

/** An instrument of `levels` levels with the given axes. */
export function instrument(
  levels: number,
  axes: InstrumentAxis[],
  checklistRule?: ChecklistRule,
): Instrument {
  return {
    format: 'sctmm/instrument@1',
    id: 'test-instrument',
    version: '1',
    edition: '2020',
    levels,
    title: text('Test instrument'),
    ...(checklistRule ? { checklistRule } : {}),
    axes,
  };
}

/** A small model of `levels` levels whose axes have the given ids. */
export function model(levels: number, axisIds: string[]): Model {
  const scale = Array.from({ length: levels }, (_, i) =>
    text(`Descriptor ${i + 1}`),
  );
  return {
    format: 'sctmm/model@1',
    edition: `test-${levels}`,
    name: text('Test model'),
    levels: Array.from({ length: levels }, (_, i) => ({
      level: i + 1,
      name: text(`Level ${i + 1}`),
    })),
    scales: { perception: scale, results: scale, capacity: scale },
    dimensions: [
      {
        id: 'governance',
        name: text('Governance'),
        description: text('Governance'),
        subdimensions: [
          {
            id: 'gobierno-abierto',
            name: text('Open government'),
            description: text('Open government'),
          },
        ],
      },
    ],
    axes: axisIds.map((id) => ({
      id,
      name: text(`Axis ${id}`),
      description: text(`Axis ${id}`),
    })),
  };
}

/** Every number found anywhere inside `value`, depth first. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}
